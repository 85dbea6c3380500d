// Benchmark of the linearizability checker on histories recorded from the reference cluster: about 10^4,
// 10^5 and 10^6 client operations, 3, 5 and 7 nodes, faults on. Each configuration runs in its own child
// process (so one history is in memory at a time and the peak RSS belongs to it): it records the history,
// then decides it REPS times. The table gives the CPU time spent recording the history (apart from deciding it), the best and the median CPU time of one decision (CPU time, not
// wall-clock: the machine is shared and noisy), operations per second on the best (all recorded operations,
// as the check reads them all), the typed arrays the check allocated, the process's RSS with the history
// loaded, and the RSS the checking added on top of it (sampled right after each decision). The verdict is
// printed (a not-linearizable one includes finding and minimising the window); an undecided one fails the run.
// Run: npx tsx bench/history/run.ts   (BENCH_REPS=5, BENCH_SIZES=10000,100000,1000000, BENCH_NODES=3,5,7)
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Cluster, runWorkload, type FaultClass } from "../../src/cluster/index.ts";
import { checkLinearizable } from "../../src/history/index.ts";

const FAULTS: FaultClass[] = ["crash", "partition", "pause", "slowIO", "loss", "delay", "deviceLoss", "interconnect", "pathLoss"];
const REPS = Number(process.env.BENCH_REPS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const NODES = (process.env.BENCH_NODES ?? "3,5,7").split(",").map(Number);

interface Row {
  steps: number; nodes: number; status: string; ops: number; registerOps: number; registers: number; searched: number;
  cpuMs: number[]; workingMB: number; rssMB: number; checkPeakMB: number;
  /** CPU time to record the history on the reference cluster (not part of the decision). */
  generateMs: number;
}

const mb = (bytes: number): number => bytes / 2 ** 20;

function one(steps: number, nodes: number): Row {
  const generating = process.cpuUsage();
  const cluster = new Cluster({ seed: 42, nodes, recordChoices: false });
  runWorkload(cluster, { steps, faults: FAULTS, faultEvery: 100 });
  const history = cluster.history();
  const generated = process.cpuUsage(generating);
  const generateMs = (generated.user + generated.system) / 1000;
  const ops = history.events.filter((e) => e.type === "invoke").length;
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const cpuMs: number[] = [];
  // Small histories decide in milliseconds: more repetitions there, so the best is past the JIT's warm-up.
  const reps = Math.max(REPS, Math.min(50, Math.round(REPS * 100_000 / steps)));
  let registerOps = 0, registers = 0, working = 0, searched = 0, status = "";
  for (let rep = 0; rep < reps; rep++) {
    const cpu = process.cpuUsage();
    const r = checkLinearizable(history, { timeLimitMs: 600_000 });
    const used = process.cpuUsage(cpu);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss); // right after: the check's arrays are not yet collected
    if (r.status === "unknown") throw new Error(`bench: ${steps} steps, ${nodes} nodes: undecided — ${r.undecided.join(",")}`);
    status = r.status;
    cpuMs.push((used.user + used.system) / 1000);
    registerOps = r.operations; registers = r.registers; working = r.workingBytes; searched = r.decisions.searched;
  }
  return { steps, nodes, status, ops, registerOps, registers, searched, cpuMs, workingMB: mb(working), rssMB: mb(rssBefore), checkPeakMB: mb(rssPeak - rssBefore), generateMs };
}

if (process.argv[2] === "--one") {
  console.log(JSON.stringify(one(Number(process.argv[3]), Number(process.argv[4]))));
} else {
  const self = fileURLToPath(import.meta.url);
  const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
  console.log("| operations | nodes | generate CPU ms | verdict | register ops | registers | searched | best CPU ms | median CPU ms | operations/s (best) | check arrays MB | RSS with history MB | RSS added by checking MB |");
  console.log("| ---: | ---: | ---: | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const steps of SIZES) {
    for (const nodes of NODES) {
      const out = execFileSync(process.execPath, [...process.execArgv, "--max-old-space-size=8192", self, "--one", String(steps), String(nodes)], { encoding: "utf8", maxBuffer: 1 << 20 });
      const row = JSON.parse(out.trim().split("\n").pop()!) as Row;
      const sorted = [...row.cpuMs].sort((a, b) => a - b);
      const best = sorted[0], median = sorted[Math.floor(sorted.length / 2)];
      console.log(`| ${fmt(row.ops)} | ${row.nodes} | ${fmt(row.generateMs)} | ${row.status} | ${fmt(row.registerOps)} | ${fmt(row.registers)} | ${fmt(row.searched)} | ${best.toFixed(1)} | ${median.toFixed(1)} | ${fmt((row.ops / best) * 1000)} | ${row.workingMB.toFixed(1)} | ${fmt(row.rssMB)} | ${fmt(row.checkPeakMB)} |`);
    }
  }
  console.log(`${REPS} decisions per configuration (up to 50 on the smaller ones), each configuration in its own process (seed 42, faults ${FAULTS.join(",")} every 100 operations).`);
}
