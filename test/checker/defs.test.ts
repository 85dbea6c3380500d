import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import { defineSpec, ids, param, t } from "../../src/dsl/index.ts";

/** N flags that may be raised one at a time until all are up; `allUp` is used by every guard and the invariant. */
function flags(counter: { calls: number }) {
  return defineSpec({
    name: "defs-flags",
    description: "A per-state definition shared by guards and an invariant.",
    params: { N: param.int(3, { min: 1, max: 5 }) },
    sets: (p) => ({ Node: ids("n", p.N) }),
    state: ({ sets }) => t.struct({ up: t.record(sets.Node, t.boolean), done: t.boolean }),
    init: ({ sets }) => ({ up: Object.fromEntries(sets.Node.map((n) => [n, false])), done: false }),
    defs: { allUp: (s, { sets }) => (counter.calls++, sets.Node.every((n) => s.up[n])) },
    actions: {
      Raise: { over: { n: "Node" }, guard: (s, { n }, { defs }) => !defs.allUp(s) && !s.up[n], apply: (s, { n }) => ({ ...s, up: { ...s.up, [n]: true } }) },
      Finish: { guard: (s, _a, { defs }) => defs.allUp(s) && !s.done, apply: (s) => ({ ...s, done: true }) },
    },
    invariants: { doneMeansAllUp: { statement: "done only when every flag is up.", check: (s, { defs }) => !s.done || defs.allUp(s) } },
    deadlock: false,
  });
}

describe("per-state definitions (defs)", () => {
  it("counts: 2^N + 1 distinct, N·2^(N-1) + 2 generated, depth N + 2; each definition computed at most once per state visit", async () => {
    for (const N of [1, 2, 3, 4]) {
      const counter = { calls: 0 };
      const r = await checkSpec(flags(counter), { params: { N } });
      // Subsets of raised flags, plus the one done state; from a subset of size k, N - k raises (plus Finish from the full one).
      expect({ result: r.result, distinct: r.distinctStates, generated: r.generatedStates, depth: r.depth }).toEqual({
        result: "ok",
        distinct: 2 ** N + 1,
        generated: 1 + N * 2 ** (N - 1) + 1,
        depth: N + 2,
      });
      // N + 1 guards and an invariant read allUp: uncached that is (N + 2) calls per state; cached at most one per
      // expanded state plus one per invariant check of a successor object.
      expect(counter.calls).toBeLessThanOrEqual(r.distinctStates + r.generatedStates);
      expect(counter.calls).toBeLessThan((N + 2) * r.distinctStates);
    }
  });

  it("a definition sees the context, including the other definitions; an unknown context key is refused", async () => {
    const spec = defineSpec({
      name: "defs-chain",
      description: "x",
      state: () => t.struct({ n: t.int(0, 3) }),
      init: () => ({ n: 0 }),
      defs: { twice: (s) => s.n * 2, big: (s, { defs }) => defs.twice(s) >= 4 },
      actions: { Inc: { guard: (s, _a, { defs }) => !defs.big(s), apply: (s) => ({ n: s.n + 1 }) } },
      deadlock: false,
    });
    const r = await checkSpec(spec, {});
    expect(r.distinctStates).toBe(3); // 0, 1, 2 (Inc disabled at 2: twice = 4)
    expect(() => defineSpec({ ...spec, name: "bad", actions: { Inc: { guard: (_s: unknown, _a: unknown, { def }: never) => def, apply: (s: unknown) => s } } } as never)).toThrow(
      expect.objectContaining({ code: "CS281" }),
    );
  });
});
