// The reference-cluster sweep: seeds × fault sets (none, each kind alone, every pair, all together) × 3/5/7
// nodes, with no bug and with each catalog bug switched on alone. Runs in parallel worker processes, appends
// one JSON line per run to the results file and skips runs already there, so an interrupted sweep resumes.
// The summary is what bench/cluster/sweep-report.ts prints (run it on the file at any time).
//
//   node --import tsx bench/cluster/sweep.ts --seeds 1-42 --pairs --all --out sweep-bugfree.jsonl
//   node --import tsx bench/cluster/sweep.ts --bugs all --seeds 1-10 --all --out sweep-bugs.jsonl
import { fork } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { BUG_IDS, FAULT_CLASSES, isBugId, isFaultClass, type BugId, type FaultClass } from "../../src/cluster/index.ts";
import { renderReport, summarizeResults } from "./sweep-report.ts";
import { faultSets, jobKey, makeJobs, type SweepJob, type SweepResult } from "./sweep-run.ts";

export interface SweepArgs {
  seeds: number[];
  nodes: number[];
  bugs: Array<BugId | null>;
  classes: FaultClass[];
  pairs: boolean;
  all: boolean;
  steps: number;
  workers: number;
  out: string;
  json: boolean;
  members?: number;
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\nUsage: node --import tsx bench/cluster/sweep.ts [--seeds 1-42] [--nodes 3,5,7] [--bugs none|all|ID,...] [--faults kind,...] [--pairs] [--all] [--steps 2000] [--members m] [--workers n] [--out file.jsonl] [--json]\n`);
  process.exit(2);
}

function parseRange(raw: string): number[] {
  const out: number[] = [];
  for (const part of raw.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (m === null) fail(`bad range "${part}" (use 1-42 or 1,5,9)`);
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    for (let i = a; i <= b; i++) out.push(i);
  }
  return out;
}

export function parseArgs(argv: readonly string[]): SweepArgs {
  const a: SweepArgs = { seeds: parseRange("1-42"), nodes: [3, 5, 7], bugs: [null], classes: [...FAULT_CLASSES], pairs: false, all: false, steps: 2000, workers: Math.max(1, availableParallelism()), out: "sweep.jsonl", json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => argv[++i] ?? fail(`${flag} needs a value`);
    switch (flag) {
      case "--seeds": a.seeds = parseRange(value()); break;
      case "--nodes": a.nodes = parseRange(value()); if (a.nodes.some((n) => n < 2 || n > 64)) fail("--nodes must be in 2..64"); break;
      case "--bugs": {
        const v = value();
        a.bugs = v === "none" ? [null] : v === "all" ? [...BUG_IDS] : v.split(",").map((b) => (b === "none" ? null : isBugId(b) ? b : fail(`unknown bug "${b}"; ids are ${BUG_IDS.join(", ")}`)));
        break;
      }
      case "--faults": a.classes = value().split(",").map((f) => (isFaultClass(f) ? f : fail(`unknown fault "${f}"; known: ${FAULT_CLASSES.join(", ")}`))); break;
      case "--pairs": a.pairs = true; break;
      case "--all": a.all = true; break;
      case "--steps": a.steps = Number(value()); if (!Number.isInteger(a.steps) || a.steps < 1) fail("--steps must be a positive integer"); break;
      case "--members": a.members = Number(value()); if (!Number.isInteger(a.members) || a.members < 1 || a.members > 15) fail("--members must be in 1..15"); break;
      case "--workers": a.workers = Number(value()); if (!Number.isInteger(a.workers) || a.workers < 1) fail("--workers must be a positive integer"); break;
      case "--out": a.out = value(); break;
      case "--json": a.json = true; break;
      default: fail(`unknown option ${flag}`);
    }
  }
  return a;
}

/** The results in `file`, one per run (a run recorded twice — two sweeps on one file — counts once). */
export function readResults(file: string): SweepResult[] {
  if (!existsSync(file)) return [];
  const out = new Map<string, SweepResult>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    try {
      const r = JSON.parse(line) as SweepResult;
      out.set(r.key, r);
    } catch {
      // A line cut short by an interrupted run: that run is simply done again.
    }
  }
  return [...out.values()];
}

/** Runs `jobs` over `workers` child processes, calling `onResult` as each finishes. */
export function runPool(jobs: readonly SweepJob[], workers: number, onResult: (r: SweepResult) => void): Promise<void> {
  const workerFile = fileURLToPath(new URL("./sweep-worker.ts", import.meta.url));
  let next = 0;
  return new Promise((resolve, reject) => {
    let live = Math.min(workers, jobs.length);
    if (live === 0) return resolve();
    for (let w = 0; w < Math.min(workers, jobs.length); w++) {
      // Workers load TypeScript the way this process does (node --import tsx, or the tsx command's own loader).
      const execArgv = process.execArgv.some((a) => a.includes("tsx")) ? process.execArgv : ["--import", "tsx"];
      const child = fork(workerFile, [], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
      const feed = (): void => void child.send(next < jobs.length ? { job: jobs[next++] } : { stop: true });
      child.on("message", (m: SweepResult | { ready: true }) => {
        if (!("ready" in m)) onResult({ ...m, key: m.key === "" ? jobKey(m) : m.key });
        feed();
      });
      child.on("exit", (code) => {
        if (code !== 0) return reject(new Error(`sweep worker exited with code ${code}`));
        if (--live === 0) resolve();
      });
    }
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sets = faultSets({ pairs: args.pairs, all: args.all, classes: args.classes });
  const jobs = makeJobs({ seeds: args.seeds, nodes: args.nodes, bugs: args.bugs, faultSets: sets, steps: args.steps, ...(args.members === undefined ? {} : { members: args.members }) });
  const done = new Map(readResults(args.out).map((r) => [r.key, r]));
  const todo = jobs.filter((j) => !done.has(jobKey(j)));
  if (!args.json) process.stderr.write(`${jobs.length} runs (${jobs.length - todo.length} already in ${args.out}), ${todo.length} to do on ${args.workers} workers\n`);
  let finished = 0;
  const t0 = Date.now();
  await runPool(todo, args.workers, (r) => {
    appendFileSync(args.out, JSON.stringify(r) + "\n");
    done.set(r.key, r);
    finished++;
    if (!args.json && (finished % 100 === 0 || finished === todo.length))
      process.stderr.write(`  ${finished}/${todo.length} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  });
  const wanted = new Set(jobs.map(jobKey));
  const summary = summarizeResults([...done.values()].filter((r) => wanted.has(r.key)));
  process.stdout.write(args.json ? JSON.stringify(summary) + "\n" : renderReport(summary) + "\n");
  process.exitCode = summary.bugFree.violations > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
