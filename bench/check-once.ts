/**
 * One measured checker run in a fresh process (so peak memory is this run's alone):
 * `node --import tsx bench/check-once.ts <spec-or-machine-file> <workers> k=v ...` prints one JSON line
 * (with `cpuMs`, the process's CPU time during the check: less sensitive to a shared machine than wall time).
 */
import { checkSpec, loadSpecModule } from "../src/checker/index.ts";

const [file, workersArg, ...kv] = process.argv.slice(2);
if (!file) throw new Error("usage: check-once.ts <spec-file> <workers> [k=v ...]");
const params = Object.fromEntries(kv.map((p) => p.split("=") as [string, string]));
const { spec, exportName, machine } = await loadSpecModule(file);
const cpu = process.cpuUsage();
const r = await checkSpec(spec, { file, exportName, machine, params, workers: Number(workersArg ?? 1), liveness: false });
const used = process.cpuUsage(cpu);
const { coverage: _c, witnesses: _w, ...stats } = r;
console.log(JSON.stringify({ ...stats, cpuMs: Math.round((used.user + used.system) / 1000), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
