// Benchmark of the reference cluster's simulation: simulated events/s and client operations/s at 3, 5 and
// 7 nodes, with and without faults. One run = one seeded workload of STEPS client operations (deterministic,
// so events per run are constant); events/s = runs/s × events per run. Run: npx tsx bench/cluster/run.ts
import b from "benny";
import { Cluster, runWorkload, type FaultClass } from "../../src/cluster/index.ts";

const STEPS = 2_000;
const FAULTS: FaultClass[] = ["crash", "partition", "pause", "slowIO", "loss", "duplicate", "delay", "pathLoss", "interconnect"];

interface Case {
  readonly name: string;
  readonly nodes: number;
  readonly faults: FaultClass[];
  events: number;
  operations: number;
}

const cases: Case[] = [3, 5, 7].flatMap((nodes) => [
  { name: `${nodes} nodes, no faults`, nodes, faults: [], events: 0, operations: 0 },
  { name: `${nodes} nodes, faults`, nodes, faults: FAULTS, events: 0, operations: 0 },
]);

/** The sink: every run adds its events here, so the benchmark fails loudly if nothing was simulated. */
let sink = 0;

function runOnce(c: Case): void {
  const cluster = new Cluster({ seed: 42, nodes: c.nodes, recordChoices: false });
  const summary = runWorkload(cluster, { steps: STEPS, faults: c.faults, faultEvery: 50, audit: false });
  c.events = summary.events;
  c.operations = summary.operations.total;
  sink += summary.events;
}

async function main(): Promise<void> {
  for (const c of cases) runOnce(c); // warm-up, and fixes the per-run counts
  const results: Array<{ name: string; runsPerSecond: number; eventsPerSecond: number; operationsPerSecond: number; eventsPerRun: number }> = [];
  await b.suite(
    "reference cluster simulation",
    ...cases.map((c) => b.add(c.name, () => runOnce(c))),
    b.cycle(),
    b.complete((summary) => {
      for (const r of summary.results) {
        const c = cases.find((x) => x.name === r.name);
        if (c === undefined) continue;
        results.push({ name: c.name, runsPerSecond: r.ops, eventsPerRun: c.events, eventsPerSecond: r.ops * c.events, operationsPerSecond: r.ops * c.operations });
      }
    }),
  );
  if (sink === 0 || results.length === 0) throw new Error("benchmark measured nothing (sink is 0)");
  console.log(`\n${"case".padEnd(22)} ${"events/run".padStart(11)} ${"events/s".padStart(12)} ${"client ops/s".padStart(13)}`);
  for (const r of results)
    console.log(`${r.name.padEnd(22)} ${String(r.eventsPerRun).padStart(11)} ${Math.round(r.eventsPerSecond).toLocaleString("en-US").padStart(12)} ${Math.round(r.operationsPerSecond).toLocaleString("en-US").padStart(13)}`);
  console.log(`(one run = ${STEPS} client operations, seed 42; sink=${sink})`);
}

await main();
