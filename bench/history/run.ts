// Benchmark of the linearizability checker on histories recorded from the reference cluster: about 10^4,
// 10^5 and 10^6 client operations, 3, 5 and 7 nodes, faults on. Each configuration is decided REPS times,
// interleaved with the others (the machine is shared and noisy); the table gives the best and the median
// time, operations/s on the best, and the memory the search held (memo tables) plus the process's peak RSS.
// A history that is not linearizable or undecided fails the run: the bench measures the bug-free cluster.
// Run: npx tsx bench/history/run.ts   (BENCH_REPS=5, BENCH_SIZES=10000,100000 to change)
import { Cluster, runWorkload, type FaultClass } from "../../src/cluster/index.ts";
import { checkLinearizable, type History } from "../../src/history/index.ts";

const FAULTS: FaultClass[] = ["crash", "partition", "pause", "slowIO", "loss", "delay", "deviceLoss", "interconnect", "pathLoss"];
const REPS = Number(process.env.BENCH_REPS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);

interface Config { readonly steps: number; readonly nodes: number; history?: History; ops: number; registerOps: number; times: number[] }

const configs: Config[] = SIZES.flatMap((steps) => [3, 5, 7].map((nodes) => ({ steps, nodes, ops: 0, registerOps: 0, times: [] as number[] })));

let sink = 0;
for (const c of configs) {
  const cluster = new Cluster({ seed: 42, nodes: c.nodes, recordChoices: false });
  runWorkload(cluster, { steps: c.steps, faults: FAULTS, faultEvery: 100 });
  c.history = cluster.history();
  c.ops = c.history.events.filter((e) => e.type === "invoke").length;
}
const peak = { rss: 0 };
for (let rep = 0; rep < REPS; rep++) {
  for (const c of configs) {
    const r = checkLinearizable(c.history!, { timeLimitMs: 600_000 });
    if (r.status !== "linearizable") throw new Error(`bench: ${c.steps} steps, ${c.nodes} nodes: ${r.status} — ${r.failures[0]?.explanation ?? r.undecided.join(",")}`);
    c.times.push(r.elapsedMs);
    c.registerOps = r.operations;
    sink += r.operations;
    peak.rss = Math.max(peak.rss, process.memoryUsage().rss);
  }
}
if (sink === 0) throw new Error("bench: nothing was checked");
const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
console.log(`| operations | nodes | register ops | registers | best ms | median ms | operations/s (best) |`);
console.log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const c of configs) {
  const sorted = [...c.times].sort((a, b) => a - b);
  const best = sorted[0], median = sorted[Math.floor(sorted.length / 2)];
  const registers = checkLinearizable(c.history!).registers;
  console.log(`| ${fmt(c.ops)} | ${c.nodes} | ${fmt(c.registerOps)} | ${registers} | ${best.toFixed(1)} | ${median.toFixed(1)} | ${fmt((c.ops / best) * 1000)} |`);
}
console.log(`peak RSS ${(peak.rss / 2 ** 20).toFixed(0)} MB (includes the recorded histories), ${REPS} interleaved repetitions`);
