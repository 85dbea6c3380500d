import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import { defineSpec, extendSpec, t } from "../../src/dsl/index.ts";
import counter from "../fixtures/counter.cspec.ts";

describe("liveness", () => {
  it("holds under weak fairness of the step action", async () => {
    const r = await checkSpec(counter, {});
    expect(r.result).toBe("ok");
    expect(r.liveness).toEqual([{ name: "reachesMax", holds: true }]);
  });

  it("fails without fairness, with a stuttering lasso", async () => {
    const unfair = extendSpec(counter, { name: "unfair", fairness: [] });
    const r = await checkSpec(unfair, {});
    expect(r.result).toBe("violation");
    expect(r.violation?.kind).toBe("liveness");
    expect(r.violation?.trace).toHaveLength(1);
    expect(r.violation?.loopStart).toBe(0);
  });

  it("finds a fair cycle that avoids the goal", async () => {
    // A toggle that can loop forever between 0 and 1 without reaching 2; the loop is fair for `flip`.
    const spec = defineSpec({
      name: "toggle",
      description: "Flip between 0 and 1, or escape to 2.",
      state: () => t.struct({ x: t.int(0, 2) }),
      init: () => ({ x: 0 }),
      actions: {
        flip: { guard: (s) => s.x < 2, apply: (s) => ({ x: 1 - s.x }) },
        escape: { guard: (s) => s.x < 2, apply: () => ({ x: 2 }) },
      },
      liveness: { reachesTwo: { kind: "eventually", statement: "x eventually becomes 2.", check: (s) => s.x === 2 } },
      fairness: ["flip"],
      deadlock: false,
    });
    const r = await checkSpec(spec, {});
    expect(r.violation?.kind).toBe("liveness");
    const xs = r.violation!.trace.map((s) => (s.state as { x: number }).x);
    expect(xs).toEqual([0, 1, 0]);
    expect(r.violation?.loopStart).toBe(0);
    // With escape weakly fair as well, the cycle is unfair: escape is enabled all along it and never taken.
    const fair = extendSpec(spec, { name: "toggle-fair", fairness: ["flip", "escape"] });
    expect((await checkSpec(fair, {})).result).toBe("ok");
  });

  it("checks leadsTo from every reachable trigger state", async () => {
    const spec = defineSpec({
      name: "request",
      description: "Requests are granted, unless the server can drop them.",
      state: () => t.struct({ req: t.boolean, granted: t.boolean }),
      init: () => ({ req: false, granted: false }),
      actions: {
        ask: { guard: (s) => !s.req, apply: () => ({ req: true, granted: false }) },
        grant: { guard: (s) => s.req && !s.granted, apply: (s) => ({ ...s, granted: true }) },
        done: { guard: (s) => s.granted, apply: () => ({ req: false, granted: false }) },
      },
      liveness: { answered: { kind: "leadsTo", statement: "Every request is granted.", from: (s) => s.req, to: (s) => s.granted } },
      fairness: ["grant"],
    });
    expect((await checkSpec(spec, {})).liveness).toEqual([{ name: "answered", holds: true }]);
    const lossy = extendSpec(spec, { name: "lossy", actions: { drop: { guard: (s) => s.req && !s.granted, apply: () => ({ req: false, granted: false }) } } });
    // Dropping and re-asking forever is fair for `grant` only if grant is disabled somewhere on the loop: it is (req=false).
    const r = await checkSpec(lossy, {});
    expect(r.violation?.kind).toBe("liveness");
    expect(r.violation?.invariant).toBe("answered");
  });
});

describe("liveness: weak fairness ignores stuttering steps", () => {
  it("a fair action with a self-loop instance must still take its real step", async () => {
    const spec = defineSpec({
      name: "stutter",
      description: "A can stutter (k=0) or move (k=1); WF(A) forces the move.",
      state: () => t.struct({ x: t.int(0, 1) }),
      init: () => ({ x: 0 }),
      actions: {
        A: { over: { k: [0, 1] }, guard: (s) => s.x === 0, apply: (s, { k }) => ({ x: k === 0 ? s.x : 1 }) },
        Idle: { guard: (s) => s.x === 1, apply: (s) => s },
      },
      liveness: { one: { kind: "eventually", statement: "x becomes 1.", check: (s) => s.x === 1 } },
      fairness: ["A"],
    });
    expect((await checkSpec(spec, {})).liveness).toEqual([{ name: "one", holds: true }]);
  });
});

describe("liveness: fairness per argument", () => {
  // Two workers each finish a job; the scheduler may always pick the same worker.
  const spec = defineSpec({
    name: "jobs",
    description: "Each worker finishes its job; Work(w) is enabled until it does.",
    sets: () => ({ W: ["a", "b"] as const }),
    state: ({ sets }) => t.struct({ done: t.set(sets.W), spins: t.int(0, 1) }),
    init: () => ({ done: new Set<never>(), spins: 0 }),
    actions: {
      Work: { over: { w: "W", finish: [true, false] }, guard: (s, { w }) => !s.done.has(w), apply: (s, { w, finish }) => (finish ? { ...s, done: new Set([...s.done, w]) } : { ...s, spins: 1 - s.spins }) },
    },
    liveness: { allDone: { kind: "eventually", statement: "Every worker finishes.", check: (s) => s.done.size === 2 } },
    fairness: ["Work"],
    deadlock: false,
  });

  it("one fair action for all arguments lets a worker starve", async () => {
    expect((await checkSpec(spec, {})).liveness).toEqual([{ name: "allDone", holds: false }]);
  });

  it("a fair action per worker and outcome forces every job to finish", async () => {
    const perWorker = extendSpec(spec, { name: "jobs-per", fairness: [{ action: "Work", per: ["w", "finish"] }] });
    expect((await checkSpec(perWorker, {})).liveness).toEqual([{ name: "allDone", holds: true }]);
  });
});
