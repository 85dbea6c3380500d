/** Spawns `measureOnce.ts` in a fresh Node process and reads its one JSON line. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "./environment.ts";
import type { MeasureOnceResult } from "./measureOnce.ts";

export const MEASURE_ENTRY = "src/report/measureOnce.ts";

/** The command line (from the repository root) that reproduces one measurement. */
export function measureCommand(file: string, workers: number, params: Readonly<Record<string, unknown>>): string {
  return ["node --import tsx", MEASURE_ENTRY, file, String(workers), ...Object.entries(params).map(([k, v]) => `${k}=${String(v)}`)].join(" ");
}

/** Runs one measurement; rejects with the child's message when it fails. `file` is absolute. */
export function runMeasure(file: string, workers: number, params: Readonly<Record<string, unknown>>): Promise<MeasureOnceResult> {
  const args = ["--import", "tsx", join(packageRoot, MEASURE_ENTRY), file, String(workers), ...Object.entries(params).map(([k, v]) => `${k}=${String(v)}`)];
  return new Promise((resolve, reject) => {
    // cwd at the package root, so `--import tsx` resolves to this package's tsx.
    execFile(process.execPath, args, { cwd: packageRoot, maxBuffer: 1 << 20, env: { ...process.env, NODE_OPTIONS: "" } }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr.trim().split("\n")[0] || err.message));
      try {
        resolve(JSON.parse(stdout.trim().split("\n").at(-1)!) as MeasureOnceResult);
      } catch {
        reject(new Error(`measurement printed no result: ${stdout.slice(0, 200)}`));
      }
    });
  });
}
