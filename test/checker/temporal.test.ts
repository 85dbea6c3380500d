import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import { defineSpec, extendSpec, ids, param, t } from "../../src/dsl/index.ts";

/** x toggles 0 ↔ 1 for ever; Go is enabled only at 1 and ends in 2. WF(Go) allows toggling for ever, SF(Go) does not. */
const toggler = defineSpec({
  name: "toggler",
  description: "Strong versus weak fairness.",
  state: () => t.struct({ x: t.int(0, 2) }),
  init: () => ({ x: 0 }),
  actions: {
    Toggle: { guard: (s) => s.x < 2, apply: (s) => ({ x: 1 - s.x }) },
    Go: { guard: (s) => s.x === 1, apply: () => ({ x: 2 }) },
  },
  liveness: { done: { kind: "eventually", statement: "x reaches 2.", check: (s) => s.x === 2 } },
  fairness: ["Toggle", "Go"],
  deadlock: false,
});

/** x goes 0 → 1 and may stay; Flip (when FLIP) goes back to 0. */
const settler = defineSpec({
  name: "settler",
  description: "<>[] under fairness.",
  params: { FLIP: param.bool(false) },
  state: () => t.struct({ x: t.int(0, 3) }),
  init: () => ({ x: 0 }),
  actions: {
    Set: { guard: (s) => s.x === 0, apply: () => ({ x: 1 }) },
    Flip: { guard: (s, _a, { params }) => params.FLIP && s.x === 1, apply: () => ({ x: 0 }) },
    Climb: { guard: (s) => s.x >= 1 && s.x < 3, apply: (s) => ({ x: s.x + 1 }) },
    Reset: { guard: (s, _a, { params }) => params.FLIP && s.x === 3, apply: () => ({ x: 0 }) },
  },
  liveness: {
    settles: { kind: "eventuallyAlways", statement: "x ends up at 1 or above for good.", check: (s) => s.x >= 1 },
    high: { kind: "stable", statement: "Once x is 2 or more it stays so.", check: (s) => s.x >= 2 },
  },
  fairness: ["Set", "Flip", "Climb", "Reset"],
  deadlock: false,
});

/** Per-node requests, granted by a fair Grant per node; ONLY=n1 grants n1 alone. */
const grants = defineSpec({
  name: "grants",
  description: "A quantified leadsTo.",
  params: { N: param.int(2, { min: 1, max: 4 }), ONLY: param.bool(false) },
  sets: (p) => ({ Node: ids("n", p.N) }),
  state: ({ sets }) => t.struct({ req: t.record(sets.Node, t.boolean), grant: t.record(sets.Node, t.boolean) }),
  init: ({ sets }) => ({ req: Object.fromEntries(sets.Node.map((n) => [n, false])), grant: Object.fromEntries(sets.Node.map((n) => [n, false])) }),
  actions: {
    Request: { over: { n: "Node" }, guard: (s, { n }) => !s.req[n], apply: (s, { n }) => ({ ...s, req: { ...s.req, [n]: true } }) },
    Grant: {
      over: { n: "Node" },
      guard: (s, { n }, { params }) => s.req[n]! && !s.grant[n] && (!params.ONLY || n === "n1"),
      apply: (s, { n }) => ({ ...s, grant: { ...s.grant, [n]: true } }),
    },
  },
  liveness: {
    served: { kind: "leadsTo", per: "Node", statement: "A request of node n is granted.", from: (s, _c, n) => s.req[n]!, to: (s, _c, n) => s.grant[n]! },
    asked: { kind: "eventually", per: "Node", statement: "Node n eventually requests.", check: (s, _c, n) => s.req[n]! },
  },
  fairness: [{ action: "Grant", per: ["n"] }, { action: "Request", per: ["n"] }],
  deadlock: false,
});

const holds = (r: Awaited<ReturnType<typeof checkSpec>>) => Object.fromEntries((r.liveness ?? []).map((l) => [l.name, l.holds]));

describe("temporal properties", () => {
  it("strong fairness: enabled infinitely often means taken", async () => {
    const weak = await checkSpec(toggler, {});
    expect(holds(weak)).toEqual({ done: false });
    // The lasso toggles: Go is enabled at 1 and disabled at 0, so WF(Go) is satisfied without taking it.
    expect(weak.violation!.trace.slice(weak.violation!.loopStart!).map((s) => (s.state as { x: number }).x)).toEqual([0, 1, 0]);
    const strong = await checkSpec(extendSpec(toggler, { name: "toggler-sf", fairness: ["Toggle"], strongFairness: ["Go"] }), {});
    expect(holds(strong)).toEqual({ done: true });
    expect(strong.result).toBe("ok");
  });

  it("strong fairness per argument, and an unknown action is refused", () => {
    expect(() => extendSpec(toggler, { name: "bad-sf", strongFairness: ["Gone"] })).toThrow(/Gone/);
  });

  it("eventuallyAlways: holds under fairness, fails by stuttering without it, fails on a fair cycle through ¬P", async () => {
    expect(holds(await checkSpec(settler, {}))).toEqual({ settles: true });
    const unfair = await checkSpec(extendSpec(settler, { name: "settler-unfair", fairness: [] }), {});
    expect(holds(unfair)).toEqual({ settles: false });
    expect(unfair.violation!.trace.at(-1)!.state).toEqual({ x: 0 });
    expect(unfair.violation!.loopStart).toBe(unfair.violation!.trace.length - 1);
    // With FLIP the fair cycle 0 → 1 → 0 visits x = 0 for ever; first `stable` is violated, by Reset from 3.
    const flip = await checkSpec(settler, { params: { FLIP: true } });
    expect(flip.violation!.kind).toBe("transition");
    expect(flip.violation!.invariant).toBe("high");
    expect(flip.violation!.trace.at(-1)!.action).toBe("Reset");
    const flipLive = await checkSpec(extendSpec(settler, { name: "settler-flip", liveness: { high: null } }), { params: { FLIP: true } });
    expect(holds(flipLive)).toEqual({ settles: false });
    const loop = flipLive.violation!.trace.slice(flipLive.violation!.loopStart!).map((s) => (s.state as { x: number }).x);
    expect(loop).toContain(0);
  });

  for (const N of [2, 3])
    it(`quantified leadsTo/eventually follow the set's size (N=${N})`, async () => {
      const names = ids("n", N);
      const ok = await checkSpec(grants, { params: { N } });
      expect(holds(ok)).toEqual(Object.fromEntries(names.flatMap((n) => [[`served[${n}]`, true], [`asked[${n}]`, true]])));
      const only = await checkSpec(grants, { params: { N, ONLY: true } });
      // Only n1 is ever granted: every other node's request waits for ever.
      expect(holds(only)).toEqual(Object.fromEntries(names.flatMap((n) => [[`served[${n}]`, n === "n1"], [`asked[${n}]`, true]])));
      expect(only.violation!.invariant).toBe("served[n2]");
    });

  it("liveness under symmetry is decided on the full graph (same verdicts with and without)", async () => {
    const sym = extendSpec(grants, { name: "grants-sym", symmetry: ["Node"] });
    for (const ONLY of [false, true]) {
      const a = await checkSpec(sym, { params: { N: 3, ONLY } });
      const b = await checkSpec(sym, { params: { N: 3, ONLY }, symmetry: false });
      expect(a.symmetry).toBe(true);
      expect(a.liveness).toEqual(b.liveness);
    }
  });
});
