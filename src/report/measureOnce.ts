/**
 * One throughput measurement in a fresh process, so its peak memory is this run's alone:
 *   node --import tsx src/report/measureOnce.ts <spec-or-machine-file> <workers> [k=v ...]
 * prints one JSON line: distinct states, wall and CPU time, states/s, bytes per state and peak RSS in bytes.
 * The report spawns it for every row of its throughput tables; run by hand, it reproduces a row.
 */
import { checkSpec, loadSpecModule } from "../checker/index.ts";

export interface MeasureOnceResult {
  readonly result: "ok" | "violation" | "limit";
  readonly distinctStates: number;
  readonly elapsedMs: number;
  readonly cpuMs: number;
  readonly statesPerSecond: number;
  readonly bytesPerState: number;
  readonly peakRssBytes: number;
}

async function measure(file: string, workers: number, kv: readonly string[]): Promise<MeasureOnceResult> {
  const params = Object.fromEntries(kv.map((p) => p.split("=") as [string, string]));
  const { spec, exportName, machine } = await loadSpecModule(file);
  const cpu = process.cpuUsage();
  const r = await checkSpec(spec, { file, exportName, ...(machine ? { machine } : {}), params, workers, liveness: false });
  const used = process.cpuUsage(cpu);
  return {
    result: r.result,
    distinctStates: r.distinctStates,
    elapsedMs: r.elapsedMs,
    cpuMs: Math.round((used.user + used.system) / 1000),
    statesPerSecond: r.statesPerSecond,
    bytesPerState: r.bytesPerState + r.traceBytesPerState,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

const [file, workers, ...kv] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node --import tsx src/report/measureOnce.ts <spec-or-machine-file> <workers> [k=v ...]\n");
  process.exit(2);
}
try {
  process.stdout.write(JSON.stringify(await measure(file, Number(workers ?? 1), kv)) + "\n");
} catch (e) {
  process.stderr.write(`${(e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
}
