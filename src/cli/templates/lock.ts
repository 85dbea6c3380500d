/** The files `clusterspec init` writes: a lock spec, a mutant of it, a vitest test, and a config. */

export interface InitFile {
  readonly path: string;
  readonly content: string;
}

const spec = `// A lock shared by clients: at most one holds it. Check it with \`npx clusterspec check\`.
import { defineSpec, param, t } from "clusterspec";

export default defineSpec({
  name: "lock",
  description: "Clients take and release one lock; at most one holds it.",
  params: { C: param.int(2, { min: 1, max: 5, doc: "number of clients" }) },
  sets: (p) => ({ Client: Array.from({ length: p.C }, (_, i) => \`c\${i + 1}\`) }),
  state: ({ sets }) => t.struct({ holding: t.record(sets.Client, t.boolean) }),
  init: ({ sets }) => ({ holding: Object.fromEntries(sets.Client.map((c) => [c, false])) }),
  actions: {
    Take: {
      doc: "A client takes the lock when nobody holds it.",
      over: { c: "Client" },
      guard: (s) => Object.values(s.holding).every((h) => !h),
      apply: (s, { c }) => ({ holding: { ...s.holding, [c]: true } }),
    },
    Release: {
      doc: "The holder releases the lock.",
      over: { c: "Client" },
      guard: (s, { c }) => s.holding[c] === true,
      apply: (s, { c }) => ({ holding: { ...s.holding, [c]: false } }),
    },
  },
  invariants: {
    mutualExclusion: { statement: "At most one client holds the lock.", check: (s) => Object.values(s.holding).filter(Boolean).length <= 1 },
  },
  sometimes: { taken: { statement: "Some client holds the lock.", check: (s) => Object.values(s.holding).some(Boolean) } },
});
`;

const mutant = (ext: string) => `// A mutant: Take forgets to check that the lock is free. The checker must refute it (see ${"clusterspec.config.json"}).
import { extendSpec } from "clusterspec";
import lock from "../lock.cspec.${ext === "ts" ? "js" : "mjs"}";

export default extendSpec(lock, {
  name: "lock-m1",
  description: "Take ignores the current holder, so two clients can hold the lock.",
  actions: { Take: { guard: (s, { c }) => s.holding[c] === false } },
});
`;

const test = (ext: string) => {
  const js = ext === "ts" ? "js" : "mjs";
  return `import { describe, expect, it } from "vitest";
import { checkSpec } from "clusterspec";
import lock from "./lock.cspec.${js}";
import lockM1 from "./mutants/lock-m1.cspec.${js}";

describe("lock", () => {
  it("holds for 1 to 3 clients", async () => {
    for (const C of [1, 2, 3]) {
      const r = await checkSpec(lock, { params: { C } });
      expect(r.result).toBe("ok");
      expect(r.witnesses.every((w) => w.count > 0)).toBe(true);
    }
  });

  it("refutes the mutant with a two-step counterexample", async () => {
    const r = await checkSpec(lockM1);
    expect(r.result).toBe("violation");
    expect(r.violation?.invariant).toBe("mutualExclusion");
    expect(r.violation?.trace.map((step) => step.action)).toEqual([null, "Take", "Take"]);
  });
});
`;
};

const config = (ext: string) =>
  JSON.stringify({ specs: [`*.cspec.${ext}`, `mutants/*.cspec.${ext}`], expect: { [`mutants/*.cspec.${ext}`]: "violation" } }, null, 2) + "\n";

/** `ext` is `ts` in an ES module package, `mts` in a CommonJS one. */
export function initFiles(ext: "ts" | "mts"): InitFile[] {
  return [
    { path: `lock.cspec.${ext}`, content: spec },
    { path: `mutants/lock-m1.cspec.${ext}`, content: mutant(ext) },
    { path: `lock.test.${ext}`, content: test(ext) },
    { path: "clusterspec.config.json", content: config(ext) },
  ];
}
