// Careless and hostile inputs: each is a clear CS error or a sane outcome, never a silent wrong result.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/check.ts";
import { loadSpecModule } from "../../src/checker/loadSpec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { simulate } from "../../src/checker/simulate.ts";
import { ClusterspecError, describeValue } from "../../src/core/errors.ts";
import { defineSpec, param, t } from "../../src/dsl/index.ts";
import { runCli } from "./run.ts";

const F = "test/fixtures";
const base = {
  name: "h",
  description: "A bit.",
  state: () => t.struct({ b: t.boolean }),
  init: () => ({ b: false }),
  actions: { flip: { apply: (s: { b: boolean }) => ({ b: !s.b }) } },
  invariants: { any: { statement: "Trivially true.", check: () => true } },
};

const error = (f: () => unknown): ClusterspecError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ClusterspecError) return e;
    throw e;
  }
  throw new Error("expected a ClusterspecError");
};
const asyncError = async (f: () => Promise<unknown>): Promise<ClusterspecError> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof ClusterspecError) return e;
    throw e;
  }
  throw new Error("expected a ClusterspecError");
};

describe("hostile and careless inputs", () => {
  for (const name of ["__proto__", "constructor", "toString"])
    it(`--param ${name}=3 is an unknown parameter`, async () => {
      const r = await runCli("check", `${F}/counter.cspec.ts`, "--param", `${name}=3`, "--json");
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS110", where: { param: name } });
    });

  it("a parameter default outside its own range is CS111 at definition", () => {
    const e = error(() => defineSpec({ ...base, params: { N: param.int(9, { min: 1, max: 4 }) } }));
    expect(e.code).toBe("CS111");
    expect(e.message).toContain("default 9 is not an integer within 1..4");
    expect(error(() => defineSpec({ ...base, params: { M: param.enum("c" as never, ["a", "b"] as const) } })).code).toBe("CS111");
  });

  it("a throwing sets() or state() is CS286 naming the function", async () => {
    const sets = await asyncError(() => checkSpec(defineSpec({ ...base, sets: (() => { throw new Error("no sets today"); }) as never })));
    expect(sets).toMatchObject({ code: "CS286", where: { function: "sets" } });
    expect(sets.message).toContain("no sets today");
    const state = await asyncError(() => checkSpec(defineSpec({ ...base, state: () => { throw new Error("bad schema"); } })));
    expect(state).toMatchObject({ code: "CS286", where: { function: "state" } });
  });

  it("a spec with no actions, or `guard: true`, is CS103 naming the key (not an internal error)", () => {
    const { actions: _a, ...noActions } = base;
    expect(error(() => defineSpec(noActions as never))).toMatchObject({ code: "CS103", where: { key: "actions" } });
    const guardTrue = error(() => defineSpec({ ...base, actions: { flip: { ...base.actions.flip, guard: true } } } as never));
    expect(guardTrue).toMatchObject({ code: "CS103", where: { key: "actions.flip.guard" } });
    expect(guardTrue.message).toContain("Expected a function");
  });

  it("--workers 1000 is capped at the CPUs available", async () => {
    const r = await runCli("check", `${F}/counter.cspec.ts`, "--workers", "1000", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).workers).toBeLessThanOrEqual(availableParallelism());
  });

  it("a spec leaving a setInterval does not keep the process alive", () => {
    // Without the explicit exit the child never ends and spawnSync's timeout kills it (status null).
    const r = spawnSync(process.execPath, ["bin/clusterspec.js", "check", `${F}/leaves-timer.cspec.ts`, "--json"], { encoding: "utf8", timeout: 100_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: "ok", distinctStates: 2 });
  });
});

describe("spec functions that misbehave", () => {
  // incA mutates its input: without the audit the checker sees 10 states (real model: 16, with a violation).
  for (const extra of [[], ["--strict"], ["--workers", "2"], ["--dfs"]])
    it(`an apply that mutates its input is CS288 naming the action (${extra.join(" ") || "default"})`, async () => {
      const r = await runCli("check", `${F}/mutates-input.cspec.ts`, ...extra, "--json");
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS288", where: { action: "incA", state: '{"a":0,"b":0}' } });
    });

  // Math.random gives each run its own count; every shard re-runs its first spec applies and compares.
  for (const extra of [[], ["--workers", "2"], ["--dfs"]])
    it(`an apply using Math.random is CS289 naming the action (${extra.join(" ") || "default"})`, async () => {
      const r = await runCli("check", `${F}/nondeterministic.cspec.ts`, ...extra, "--json");
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS289", where: { action: "step" } });
    });

  it("a module constant that differs between threads is CS289 from the worker that loaded it", async () => {
    const file = `${F}/per-thread-module-state.cspec.ts`;
    const { spec } = await loadSpecModule(file);
    const e = await asyncError(() => checkSpec(spec, { file, workers: 2, awaitWorkers: true, liveness: false }));
    expect(e).toMatchObject({ code: "CS289", where: { worker: 1 } });
    // A spec whose module is the same in every thread passes the same probe.
    const counter = await loadSpecModule(`${F}/counter.cspec.ts`);
    expect((await checkSpec(counter.spec, { file: `${F}/counter.cspec.ts`, workers: 2, awaitWorkers: true })).result).toBe("ok");
  });

  it("a guard reading module state that the apply changes is CS289", async () => {
    let calls = 0;
    const spec = defineSpec({ ...base, actions: { flip: { guard: () => calls % 2 === 0, apply: (s: { b: boolean }) => (calls++, { b: !s.b }) } } } as never);
    const e = await asyncError(() => checkSpec(spec));
    expect(e).toMatchObject({ code: "CS289", where: { action: "flip" } });
    expect(e.message).toContain("its guard was false");
  });

  it("a throwing liveness predicate is CS287 naming the property", async () => {
    const spec = defineSpec({
      ...base,
      liveness: { l: { kind: "eventually", statement: "Never.", check: (s: { b: boolean }) => { if (s.b) throw new Error("boom"); return false; } } },
    } as never);
    const e = await asyncError(() => checkSpec(spec));
    expect(e).toMatchObject({ code: "CS287", where: { liveness: "l", state: '{"b":true}' } });
    expect(e.message).toContain("boom");
  });

  it("simulate reports a throwing guard, apply or invariant as check does (CS140–142)", () => {
    const throwing = (where: "guard" | "apply" | "check") => {
      const boom = () => { throw new Error(`${where} boom`); };
      return defineSpec({
        ...base,
        actions: { flip: { guard: where === "guard" ? boom : () => true, apply: where === "apply" ? boom : (s: { b: boolean }) => ({ b: !s.b }) } },
        invariants: { any: { statement: "x", check: (s: { b: boolean }) => (where === "check" && s.b ? boom() : true) } },
      } as never);
    };
    const run = (spec: ReturnType<typeof throwing>) => error(() => simulate(compileModel(spec), { seed: 1, runs: 2, depth: 4 }));
    expect(run(throwing("guard"))).toMatchObject({ code: "CS140", where: { function: "guard of action flip" } });
    expect(run(throwing("apply"))).toMatchObject({ code: "CS141", where: { function: "apply of action flip" } });
    expect(run(throwing("check"))).toMatchObject({ code: "CS142", where: { function: "invariant any" } });
  });

  it("NaN, Infinity and undefined are shown as themselves, not as JSON's null", () => {
    expect(describeValue({ a: NaN, b: [Infinity, undefined] })).toBe('{"a":NaN,"b":[Infinity,undefined]}');
    expect(describeValue(NaN)).toBe("NaN");
  });

  it("a NaN successor field is reported as NaN", async () => {
    const spec = defineSpec({ ...base, state: () => t.struct({ n: t.int(0, 3) }), init: () => ({ n: 0 }), actions: { bad: { apply: () => ({ n: NaN }) } } } as never);
    const e = await asyncError(() => checkSpec(spec));
    expect(e).toMatchObject({ code: "CS150", where: { field: "state.n", value: "NaN" } });
  });
});

describe("limits are exact and timely", () => {
  const grid = defineSpec({
    ...base,
    name: "grid",
    state: () => t.struct({ a: t.int(0, 30), b: t.int(0, 30) }),
    init: () => ({ a: 0, b: 0 }),
    actions: {
      a: { guard: (s: { a: number }) => s.a < 30, apply: (s: { a: number; b: number }) => ({ ...s, a: s.a + 1 }) },
      b: { guard: (s: { b: number }) => s.b < 30, apply: (s: { a: number; b: number }) => ({ ...s, b: s.b + 1 }) },
    },
    deadlock: false,
  } as never);
  for (const strategy of ["bfs", "dfs"] as const)
    it(`--max-states 10 on a 961-state spec stops at exactly 10 (${strategy})`, async () => {
      const r = await checkSpec(grid, { maxStates: 10, strategy, liveness: false });
      expect(r).toMatchObject({ result: "limit", limit: "states", distinctStates: 10 });
    });
  it("--max-states equal to the whole space is a complete check, one less is a limit", async () => {
    expect(await checkSpec(grid, { maxStates: 961 })).toMatchObject({ result: "ok", distinctStates: 961 });
    expect(await checkSpec(grid, { maxStates: 960 })).toMatchObject({ result: "limit", limit: "states", distinctStates: 960 });
  });
  // One state per level, each apply busy for 1 ms: 100,000 levels would take minutes without a timely check.
  const slowChain = defineSpec({
    ...base,
    name: "chain",
    state: () => t.struct({ n: t.int(0, 100_000) }),
    init: () => ({ n: 0 }),
    actions: { inc: { guard: (s: { n: number }) => s.n < 100_000, apply: (s: { n: number }) => { const end = performance.now() + 1; while (performance.now() < end); return { n: s.n + 1 }; } } },
    deadlock: false,
  } as never);
  for (const strategy of ["bfs", "dfs"] as const)
    it(`a one-state-per-level chain with a slow apply stops at --time-limit (${strategy})`, async () => {
      const r = await checkSpec(slowChain, { timeLimitMs: 200, strategy, liveness: false });
      expect(r).toMatchObject({ result: "limit", limit: "time" });
      expect(r.distinctStates).toBeLessThan(100_000);
    });
  // lease-lock has 181 states: the limit is exact for any worker count (the team claims slots of one shared count).
  for (const workers of ["1", "2", "3"])
    it(`--max-states is exact with ${workers} worker(s): 180 is a limit at 180, 181 is complete`, async () => {
      const at = async (n: number) => JSON.parse((await runCli("check", "spec/examples/lease-lock/lease-lock.cspec.ts", "--max-states", String(n), "--workers", workers, "--json")).stdout);
      expect(await at(180)).toMatchObject({ result: "limit", limit: "states", distinctStates: 180 });
      expect(await at(181)).toMatchObject({ result: "ok", distinctStates: 181 });
      expect(await at(10)).toMatchObject({ result: "limit", limit: "states", distinctStates: 10 });
    });

  it("with two workers too, the slow chain stops at --time-limit and at --max-states", async () => {
    const time = await runCli("check", `${F}/slow-chain.cspec.ts`, "--workers", "2", "--time-limit", "300ms", "--json");
    expect(JSON.parse(time.stdout)).toMatchObject({ result: "limit", limit: "time" });
    const states = await runCli("check", `${F}/slow-chain.cspec.ts`, "--workers", "2", "--max-states", "20", "--json");
    expect(JSON.parse(states.stdout)).toMatchObject({ result: "limit", limit: "states", distinctStates: 20 });
  });

  it("a chain stops at --max-states", async () => {
    const chain = defineSpec({ ...base, name: "fast-chain", state: () => t.struct({ n: t.int(0, 100_000) }), init: () => ({ n: 0 }), actions: { inc: { guard: (s: { n: number }) => s.n < 100_000, apply: (s: { n: number }) => ({ n: s.n + 1 }) } }, deadlock: false } as never);
    expect(await checkSpec(chain, { maxStates: 50, liveness: false })).toMatchObject({ result: "limit", limit: "states", distinctStates: 50 });
  });
});

describe("sizes known up front", () => {
  it("symmetry over 13 elements is CS290 with the group size, not a heap-out-of-memory", async () => {
    const els = Array.from({ length: 13 }, (_, i) => `n${i}`);
    const spec = defineSpec({
      ...base,
      name: "sym13",
      sets: () => ({ Node: els }),
      state: ({ sets }: { sets: { Node: readonly string[] } }) => t.struct({ owner: t.id(sets.Node) }),
      init: () => ({ owner: "n0" }),
      actions: { move: { over: { to: "Node" }, apply: (_s: unknown, { to }: { to: string }) => ({ owner: to }) } },
      symmetry: ["Node"],
    } as never);
    const e = await asyncError(() => checkSpec(spec));
    expect(e).toMatchObject({ code: "CS290", where: { symmetry: "Node", permutations: "6.2e9" } });
    // The same spec without symmetry is fine.
    expect((await checkSpec(spec, { symmetry: false })).distinctStates).toBe(13);
  });

  it("an action with 10^9 argument combinations is CS290 naming the action", async () => {
    const digits = Array.from({ length: 10 }, (_, i) => i);
    const spec = defineSpec({
      ...base,
      actions: { ...base.actions, wide: { over: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`d${i}`, digits])), apply: (s: { b: boolean }) => s } },
    } as never);
    const e = await asyncError(() => checkSpec(spec));
    expect(e).toMatchObject({ code: "CS290", where: { action: "wide", combinations: "1.0e9" } });
  });
});

describe("a set element named __proto__", () => {
  it("decodes as a field, not a prototype: the checker finds the 2-step violation and the trace shows it", async () => {
    const r = await runCli("check", `${F}/proto-key.cspec.ts`, "--json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.distinctStates).toBe(5);
    expect(out.violation.trace.at(-1).state).toEqual({ last: "b", flags: Object.fromEntries([["__proto__", true], ["b", true]]), seen: ["__proto__", "b"] });
    expect(Object.hasOwn(out.violation.trace[0].state.flags, "__proto__")).toBe(true);
  });
});

describe("integer ranges at the 32-bit edge", () => {
  it("t.int(0, 2**32 - 1) decodes unsigned: a trace past 2^31 stays positive", async () => {
    const big = defineSpec({
      name: "big",
      description: "A counter crossing 2^31.",
      state: () => t.struct({ n: t.int(0, 2 ** 32 - 1) }),
      init: () => ({ n: 2 ** 31 - 1 }),
      actions: { inc: { guard: (s) => s.n < 2 ** 31 + 1, apply: (s) => ({ n: s.n + 1 }) } },
      invariants: { below: { statement: "n stays below 2^31 + 1.", check: (s) => s.n < 2 ** 31 + 1 } },
      deadlock: false,
    });
    const r = await checkSpec(big);
    expect(r.violation?.trace.map((step) => (step.state as { n: number }).n)).toEqual([2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1]);
  });
  for (const max of [2 ** 33, 2 ** 33 - 1])
    it(`t.int(0, ${max}) is a clear CS120 instead of aliasing values`, async () => {
      const wide = defineSpec({ ...base, name: "wide", state: () => t.struct({ n: t.int(0, max) }), init: () => ({ n: 0 }), actions: { same: { apply: (s: { n: number }) => s } } } as never);
      const e = await asyncError(() => checkSpec(wide));
      expect(e).toMatchObject({ code: "CS120", where: { field: "state.n" } });
    });
});
