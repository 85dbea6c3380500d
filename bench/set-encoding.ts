/**
 * Set encoding cost against the universe size: a 200,000-state spec whose one set holds at most one element
 * of a universe of 8 … 1000 values. Encoding and decoding should cost what is present, not the universe, so
 * the times should stay close across universe sizes.
 * `npx tsx bench/set-encoding.ts [universe ...]` prints one line per universe (best of BENCH_REPS runs).
 */
import { checkSpec } from "../src/checker/index.ts";
import { defineSpec, ids, t } from "../src/dsl/index.ts";

const N = 100_000;

const specOver = (size: number) =>
  defineSpec({
    name: `set-of-${size}`,
    description: "A counter and a set holding at most one element of a large universe.",
    sets: () => ({ U: ids("u", size) }),
    state: ({ sets }) => t.struct({ n: t.int(0, N - 1), xs: t.set(sets.U) }),
    init: () => ({ n: 0, xs: new Set<`u${number}`>() }),
    actions: {
      Tick: { guard: (s) => s.n < N - 1 && s.xs.size === 0, apply: (s) => ({ ...s, n: s.n + 1 }) },
      Toggle: { apply: (s, _a, { sets }) => ({ ...s, xs: s.xs.size === 0 ? new Set([sets.U[s.n % sets.U.length]!]) : new Set<`u${number}`>() }) },
    },
    deadlock: false,
  });

const sizes = process.argv.slice(2).map(Number);
const reps = Number(process.env.BENCH_REPS ?? 3);
let sink = 0;
for (const size of sizes.length ? sizes : [8, 144, 500, 700, 1000]) {
  const spec = specOver(size);
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    const res = await checkSpec(spec, { liveness: false });
    best = Math.min(best, performance.now() - t0);
    if (res.distinctStates !== 2 * N) throw new Error(`set-of-${size}: ${res.distinctStates} distinct states, expected ${2 * N}`);
    sink += res.distinctStates;
  }
  console.log(`universe ${String(size).padStart(5)}: ${(best / 1000).toFixed(2)} s for ${2 * N} distinct states (best of ${reps})`);
}
if (sink === 0) throw new Error("measured nothing");
