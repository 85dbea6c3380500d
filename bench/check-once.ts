/**
 * One measured checker run in a fresh process (so peak memory is this run's alone):
 * `node --import tsx bench/check-once.ts <spec-file> <workers> k=v ...` prints one JSON line.
 */
import { checkSpec, loadSpec } from "../src/checker/index.ts";

const [file, workersArg, ...kv] = process.argv.slice(2);
if (!file) throw new Error("usage: check-once.ts <spec-file> <workers> [k=v ...]");
const params = Object.fromEntries(kv.map((p) => p.split("=") as [string, string]));
const spec = await loadSpec(file);
const r = await checkSpec(spec, { file, params, workers: Number(workersArg ?? 1), liveness: false });
const { coverage: _c, witnesses: _w, ...stats } = r;
console.log(JSON.stringify({ ...stats, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
