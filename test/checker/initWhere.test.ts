import { describe, expect, it } from "vitest";
import { checkSpec, loadSpecModule } from "../../src/checker/index.ts";
import { compileModel } from "../../src/checker/model.ts";
import { defineSpec, extendSpec, t } from "../../src/dsl/index.ts";

describe("init as a predicate over the typed state space (init: { where })", () => {
  it("EWD840 with TLC's Init as a formula: TLC's counts (302 / 2,001 at N = 3; 1,566 / 15,986 at N = 4), depth as with the listed init", async () => {
    const file = "spec/examples/ewd840.cspec.ts";
    const { spec } = await loadSpecModule(file);
    // Init == active \in [Node -> BOOLEAN] /\ color \in [Node -> Color] /\ tpos \in Node /\ tcolor = "black"
    const byFormula = extendSpec(spec, { name: "ewd840-init-where", init: { where: (s: { tcolor: string }) => s.tcolor === "black" } } as never);
    for (const [N, distinct, generated] of [[3, 302, 2001], [4, 1566, 15986]] as const) {
      const listed = await checkSpec(spec, { file, params: { N }, liveness: false });
      const r = await checkSpec(byFormula, { file, params: { N }, liveness: false });
      expect({ distinct: r.distinctStates, generated: r.generatedStates }).toEqual({ distinct, generated });
      expect({ distinct: r.distinctStates, generated: r.generatedStates, depth: r.depth, result: r.result }).toEqual({
        distinct: listed.distinctStates,
        generated: listed.generatedStates,
        depth: listed.depth,
        result: listed.result,
      });
    }
  });

  it("each state once: an absent option's placeholder is not a second state", () => {
    const spec = defineSpec({
      name: "init-where-option",
      description: "x",
      state: () => t.struct({ box: t.option(t.struct({ v: t.int(0, 2) })), k: t.boolean, xs: t.set(["a", "b"]) }),
      init: { where: () => true },
      actions: {},
      deadlock: false,
    });
    const m = compileModel(spec);
    // (null or 3 boxes) × 2 flags × 4 subsets, each exactly once.
    expect(m.initStates.length).toBe(4 * 2 * 4);
    const keys = new Set(m.initStates.map((s) => JSON.stringify(s, (_k, x) => (x instanceof Set ? [...x].sort() : x))));
    expect(keys.size).toBe(32);
    const some = compileModel(extendSpec(spec, { name: "init-where-some", init: { where: (s) => s.box !== null && s.box.v === 2 && s.xs.has("a") } }));
    const sorted = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x, (_k, v) => (v instanceof Set ? [...v].sort() : v))).sort();
    expect(sorted(some.initStates)).toEqual(
      sorted([
        { box: { v: 2 }, k: false, xs: new Set(["a"]) },
        { box: { v: 2 }, k: true, xs: new Set(["a"]) },
        { box: { v: 2 }, k: false, xs: new Set(["a", "b"]) },
        { box: { v: 2 }, k: true, xs: new Set(["a", "b"]) },
      ]),
    );
  });

  it("no satisfying state is CS143; a space too large to enumerate is CS275; a throwing predicate is CS143", () => {
    const base = { description: "x", actions: {}, deadlock: false } as const;
    expect(() => compileModel(defineSpec({ ...base, name: "none", state: () => t.struct({ n: t.int(0, 3) }), init: { where: () => false } }))).toThrow(
      expect.objectContaining({ code: "CS143" }),
    );
    expect(() => compileModel(defineSpec({ ...base, name: "huge", state: () => t.struct({ a: t.int(0, 9999), b: t.int(0, 9999) }), init: { where: () => true } }))).toThrow(
      expect.objectContaining({ code: "CS275", where: expect.objectContaining({ spec: "huge", function: "init.where" }) }),
    );
    expect(() => compileModel(defineSpec({ ...base, name: "throws", state: () => t.struct({ n: t.int(0, 3) }), init: { where: () => { throw new Error("boom"); } } }))).toThrow(
      expect.objectContaining({ code: "CS143", message: expect.stringContaining("boom") }),
    );
    expect(() => defineSpec({ ...base, name: "bad", state: () => t.struct({ n: t.int(0, 3) }), init: { when: () => true } } as never)).toThrow();
  });
});
