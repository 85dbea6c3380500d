import { describe, expect, it } from "vitest";
import { checkSpec, loadSpecModule } from "../../src/checker/index.ts";
import { compileModel } from "../../src/checker/model.ts";
import { defineSpec, t } from "../../src/dsl/index.ts";

const file = "test/fixtures/per-invariant.cspec.ts";

/** Counts of the fixture computed independently: every vector in [0..MAX]^N is reachable; a state has one
 * successor per counter below MAX; depth is the longest path N·MAX plus the initial state. */
function expected(N: number, MAX: number) {
  const distinct = (MAX + 1) ** N;
  return { distinct, generated: 1 + N * MAX * (MAX + 1) ** (N - 1), depth: N * MAX + 1 };
}

describe("invariants quantified over a set (per)", () => {
  for (const [N, MAX] of [[1, 2], [2, 2], [3, 2], [4, 1]] as const)
    it(`one invariant per element, following --param N=${N} MAX=${MAX}`, async () => {
      const { spec } = await loadSpecModule(file);
      const params = { N, MAX, LIMIT: MAX };
      const r = await checkSpec(spec, { file, params });
      expect(r.result).toBe("ok");
      expect({ distinct: r.distinctStates, generated: r.generatedStates, depth: r.depth }).toEqual(expected(N, MAX));
      expect(r.checked.invariants.map((i) => i.name)).toEqual([...Array.from({ length: N }, (_, k) => `bounded[n${k + 1}]`), "total"]);
    });

  it("a violation names the instance; every worker count agrees", async () => {
    const { spec } = await loadSpecModule(file);
    for (const workers of [1, 2]) {
      const r = await checkSpec(spec, { file, params: { N: 3, MAX: 2, LIMIT: 1 }, workers, awaitWorkers: true });
      expect(r.result).toBe("violation");
      expect(r.violation!.invariant).toBe("bounded[n1]");
      // Shallowest first: n1 counted twice, nothing else.
      expect(r.violation!.trace.map((x) => (x.state as { c: Record<string, number> }).c)).toEqual([
        { n1: 0, n2: 0, n3: 0 },
        { n1: 1, n2: 0, n3: 0 },
        { n1: 2, n2: 0, n3: 0 },
      ]);
    }
  });

  it("the element reaches the check; an unknown set is CS122 naming the property", () => {
    const seen: unknown[] = [];
    const spec = defineSpec({
      name: "per-el",
      description: "x",
      sets: () => ({ Node: ["a", "b"] }),
      state: () => t.struct({ x: t.boolean }),
      init: () => ({ x: false }),
      actions: {},
      invariants: { p: { per: "Node", statement: "s", check: (_s, _c, n) => (seen.push(n), true) } },
    });
    const m = compileModel(spec);
    m.invariants.forEach((inv) => inv.check({ x: false }, m.ctx));
    expect(seen).toEqual(["a", "b"]);
    const bad = defineSpec({ ...spec, name: "per-bad", invariants: { p: { per: "Nodes", statement: "s", check: () => true } } } as never);
    expect(() => compileModel(bad)).toThrow(expect.objectContaining({ code: "CS122", where: expect.objectContaining({ property: "p", set: "Nodes" }) }));
  });
});
