import { describe, expect, it } from "vitest";
import { checkSpec, loadSpecModule } from "../../src/checker/index.ts";
import { extendSpec, update } from "../../src/dsl/index.ts";

describe("update(s, path, v): TLA+'s EXCEPT", () => {
  const s = { acc: { n1: { mbal: 0, bal: 0 }, n2: { mbal: 1, bal: 1 } }, log: [1, 2, 3], flag: false };

  it("copies the path, shares the rest, never mutates", () => {
    const frozen = JSON.stringify(s);
    const t = update(s, ["acc", "n1", "mbal"], 2);
    expect(t).toEqual({ ...s, acc: { ...s.acc, n1: { mbal: 2, bal: 0 } } });
    expect(t.acc.n2).toBe(s.acc.n2);
    expect(t.log).toBe(s.log);
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it("a function value receives the old value (TLA+'s @); arrays are copied by slice", () => {
    expect(update(s, ["acc", "n2", "bal"], (b: number) => b + 1).acc.n2).toEqual({ mbal: 1, bal: 2 });
    const t = update(s, ["log", 1], 9);
    expect(t.log).toEqual([1, 9, 3]);
    expect(Array.isArray(t.log)).toBe(true);
    expect(update(s, ["flag"], true).flag).toBe(true);
  });

  it("a path through a non-object says where", () => {
    expect(() => update(s as never, ["flag", "x"], 1)).toThrow(/s\["flag"\] is false/);
    expect(() => update({ r: new Set([1]) } as never, ["r", 1], 1)).toThrow(/a set/);
  });

  it("the fixture's counts: 6^N distinct, 1 + N·6^N generated, depth 3N + 1 (per node (2,2) is 3 steps away: Raise, Raise, Accept), equal to the spread form", async () => {
    const file = "test/fixtures/nested-update.cspec.ts";
    const { spec } = await loadSpecModule(file);
    type St = { acc: Record<string, { mbal: number; bal: number }> };
    // The same protocol written with spreads: the counts must agree.
    const spread = extendSpec(spec as never, {
      name: "nested-spread",
      actions: {
        Raise: { apply: (s: St, { n }: { n: string }) => ({ ...s, acc: { ...s.acc, [n]: { ...s.acc[n]!, mbal: s.acc[n]!.mbal + 1 } } }) },
        Accept: { apply: (s: St, { n }: { n: string }) => ({ ...s, acc: { ...s.acc, [n]: { ...s.acc[n]!, bal: s.acc[n]!.mbal } } }) },
      },
    } as never);
    for (const N of [1, 2, 3]) {
      const want = { result: "ok", distinct: 6 ** N, generated: 1 + N * 6 ** N, depth: 3 * N + 1 };
      for (const sp of [spec, spread]) {
        const r = await checkSpec(sp, { file, params: { N } });
        expect({ result: r.result, distinct: r.distinctStates, generated: r.generatedStates, depth: r.depth }).toEqual(want);
      }
    }
  });
});
