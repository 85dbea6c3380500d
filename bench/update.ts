/**
 * `update(s, path, v)` against the three levels of spreads it stands for, on the nested-update fixture's
 * state shape (N = 4): the successor an apply builds, and a whole check of the fixture written both ways.
 * Run: npx tsx bench/update.ts
 */
import b from "benny";
import { checkSpec } from "../src/checker/index.ts";
import { extendSpec, update } from "../src/dsl/index.ts";
import spec from "../test/fixtures/nested-update.cspec.ts";

type St = { acc: Record<string, { mbal: number; bal: number }> };
const s: St = { acc: { n1: { mbal: 0, bal: 0 }, n2: { mbal: 1, bal: 0 }, n3: { mbal: 2, bal: 1 }, n4: { mbal: 0, bal: 0 } } };
const spread = extendSpec(spec as never, {
  name: "nested-spread",
  actions: {
    Raise: { apply: (x: St, { n }: { n: string }) => ({ ...x, acc: { ...x.acc, [n]: { ...x.acc[n]!, mbal: x.acc[n]!.mbal + 1 } } }) },
    Accept: { apply: (x: St, { n }: { n: string }) => ({ ...x, acc: { ...x.acc, [n]: { ...x.acc[n]!, bal: x.acc[n]!.mbal } } }) },
  },
} as never);

let sink = 0;
await b.suite(
  "nested update of one successor (N=4)",
  b.add("update(s, [\"acc\", n, \"mbal\"], m => m + 1)", () => {
    sink ^= update(s, ["acc", "n2", "mbal"], (m: number) => m + 1).acc.n2!.mbal;
  }),
  b.add("update(s, [\"acc\", n, \"mbal\"], value)", () => {
    const n = "n2";
    sink ^= update(s, ["acc", n, "mbal"], s.acc[n]!.mbal + 1).acc.n2!.mbal;
  }),
  b.add("{ ...s, acc: { ...s.acc, [n]: { ...s.acc[n], mbal } } }", () => {
    const n = "n2";
    sink ^= ({ ...s, acc: { ...s.acc, [n]: { ...s.acc[n]!, mbal: s.acc[n]!.mbal + 1 } } }).acc.n2!.mbal;
  }),
  b.cycle(),
  b.complete(),
);
// Twice each, the second round reported: the first pays for compiling the model and warming V8 up.
for (const round of [1, 2, 3, 4]) for (const [name, sp] of [["update", spec], ["spreads", spread]] as const) {
  const t0 = performance.now();
  const r = await checkSpec(sp, { params: { N: 4 } });
  if (round > 1) console.log(`check N=4 with ${name}: ${r.distinctStates} distinct, ${r.generatedStates} generated in ${(performance.now() - t0).toFixed(0)} ms`);
}
if (sink === 0.5) console.log("unreachable");
