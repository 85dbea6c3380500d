import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/check.ts";
import { compileModel } from "../../src/checker/model.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
import { closest } from "../../src/dsl/closest.ts";
import { defineSpec, extendSpec, param, t } from "../../src/dsl/index.ts";
import { renderCheck } from "../../src/cli/render.ts";

/** The definition of a tiny lock spec, with `patch` merged in (the spec under test misspells or misuses something). */
const lock = (patch: Record<string, unknown> = {}) =>
  ({
    name: "lock",
    description: "Clients take one lock.",
    params: { C: param.int(2, { min: 1, max: 3 }) },
    sets: (p: { C: number }) => ({ Client: Array.from({ length: p.C }, (_, i) => `c${i + 1}`) }),
    state: ({ sets }: { sets: { Client: readonly string[] } }) => t.struct({ holder: t.option(t.id(sets.Client)) }),
    init: () => ({ holder: null }),
    actions: {
      Take: { over: { c: "Client" }, guard: (s: any) => s.holder === null, apply: (_s: any, { c }: any) => ({ holder: c }) },
      Release: { over: { c: "Client" }, guard: (s: any, { c }: any) => s.holder === c, apply: () => ({ holder: null }) },
    },
    invariants: { held: { statement: "Someone or no one holds it.", check: () => true } },
    ...patch,
  }) as never;

function codeOf(f: () => unknown): ClusterspecError {
  try {
    f();
  } catch (e) {
    if (e instanceof ClusterspecError) return e;
    throw e;
  }
  throw new Error("expected a ClusterspecError");
}

describe("spec definition validation", () => {
  it("names an unknown top-level key and the closest valid one", () => {
    const e = codeOf(() => defineSpec(lock({ invariant: {} })));
    expect(e.code).toBe("CS280");
    expect(e.message).toContain("`invariant`");
    expect(e.where).toMatchObject({ spec: "lock", key: "invariant", closest: "invariants" });
    expect(codeOf(() => defineSpec(lock({ livenes: {} }))).where.closest).toBe("liveness");
  });

  it("names an unknown key inside an action or property", () => {
    const spec = lock();
    const actions = { ...(spec as any).actions, Take: { ...(spec as any).actions.Take, gaurd: () => true } };
    const e = codeOf(() => defineSpec(lock({ actions })));
    expect(e.code).toBe("CS280");
    expect(e.where).toMatchObject({ key: "actions.Take.gaurd", closest: "guard" });
    const inv = codeOf(() => defineSpec(lock({ invariants: { held: { statment: "x", check: () => true } } })));
    expect(inv.code).toBe("CS280");
    expect(inv.where.closest).toBe("statement");
  });

  it("reports a missing apply or a wrong type as CS103 with its path", () => {
    const e = codeOf(() => defineSpec(lock({ actions: { Take: { guard: () => true } } })));
    expect(e.code).toBe("CS103");
    expect(e.where.key).toBe("actions.Take.apply");
    expect(codeOf(() => defineSpec(lock({ deadlock: "no" }))).where.key).toBe("deadlock");
  });

  it("rejects a guard or apply destructuring an argument not in `over`", () => {
    const bad = lock({ actions: { Take: { over: { c: "Client" }, guard: (s: any, { cc }: any) => s.holder === cc, apply: (s: any) => s } } });
    const e = codeOf(() => defineSpec(bad));
    expect(e.code).toBe("CS281");
    expect(e.message).toContain("`cc`");
    expect(e.message).toContain("did you mean `c`");
    expect(e.where).toMatchObject({ action: "Take", function: "guard", key: "cc" });
    const noOver = codeOf(() => defineSpec(lock({ actions: { Tick: { apply: (s: any, { n }: any) => ({ ...s, n }) } } })));
    expect(noOver.code).toBe("CS281");
    expect(noOver.where.function).toBe("apply");
  });

  it("rejects a context destructuring that names neither params nor sets", () => {
    const e = codeOf(() => defineSpec(lock({ invariants: { held: { statement: "x", check: (_s: any, { param }: any) => param !== undefined } } })));
    expect(e.code).toBe("CS281");
    expect(e.message).toContain("did you mean `params`");
  });

  it("checks the function form of `over` once the arguments are known", () => {
    const spec = defineSpec(lock({ actions: { Take: { over: () => [{ c: "c1" }], guard: (_s: any, { who }: any) => who !== undefined, apply: (s: any) => s } } }));
    expect(codeOf(() => compileModel(spec)).code).toBe("CS281");
    const fair = defineSpec(lock({ actions: { Take: { over: () => [{ c: "c1" }], apply: (s: any) => s } }, fairness: [{ action: "Take", per: ["n"] }] }));
    expect(codeOf(() => compileModel(fair)).code).toBe("CS282");
  });

  it("rejects fairness on an unknown action or per an unknown argument", () => {
    const per = codeOf(() => defineSpec(lock({ fairness: [{ action: "Release", per: ["client"] }] })));
    expect(per.code).toBe("CS282");
    expect(per.where).toMatchObject({ action: "Release", per: "client" });
    const action = codeOf(() => defineSpec(lock({ fairness: ["Relase"] })));
    expect(action.code).toBe("CS282");
    expect(action.message).toContain("did you mean Release");
  });

  it("validates extendSpec overrides too", () => {
    const base = defineSpec(lock());
    const e = codeOf(() => extendSpec(base, { name: "m", invariant: {} } as never));
    expect(e.code).toBe("CS280");
    expect(e.where.closest).toBe("invariants");
    const g = codeOf(() => extendSpec(base, { name: "m", actions: { Release: { guard: (s: any, { x }: any) => s.holder === x } } } as never));
    expect(g.code).toBe("CS281");
  });

  it("accepts every well-formed definition (the helper spec)", () => {
    expect(() => defineSpec(lock())).not.toThrow();
  });

  it("a spec with no invariants says so; the text lists what was checked", async () => {
    const none = defineSpec(lock({ invariants: undefined }));
    const r = await checkSpec(none);
    expect(r.result).toBe("ok");
    expect(r.checked.invariants).toEqual([]);
    expect(r.warnings.join(" ")).toContain("declares no invariants");
    const text = renderCheck(r, "x");
    expect(text).toContain("declares no invariants");
    expect(text).not.toContain("every invariant holds");
    const withInv = await checkSpec(defineSpec(lock()));
    expect(withInv.checked.invariants.map((i) => i.name)).toEqual(["held"]);
    expect(renderCheck(withInv, "x")).toContain("Checked: invariants held; deadlock freedom.");
  });
});

describe("closest", () => {
  it("finds near misspellings and nothing for unrelated names", () => {
    expect(closest("invariant", ["invariants", "sometimes"])).toBe("invariants");
    expect(closest("livenes", ["liveness", "fairness"])).toBe("liveness");
    expect(closest("zzzzzz", ["liveness", "fairness"])).toBeUndefined();
  });
});
