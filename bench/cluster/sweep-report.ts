// The sweep's report from its results file: bug-free runs and violations (with a reproduction for each), and
// for each catalog bug the share of runs that detect it by fault kind and the median steps to first detection.
//
//   node --import tsx bench/cluster/sweep-report.ts sweep.jsonl [--json | --markdown]
import { fileURLToPath } from "node:url";
import { BUG_IDS } from "../../src/cluster/index.ts";
import { readResults } from "./sweep.ts";
import { reproduce, type SweepResult } from "./sweep-run.ts";

export interface BugDetection {
  readonly bug: string;
  readonly runs: number;
  readonly detected: number;
  /** Per fault set ("none", "crash", "crash+pause", "all"): runs and detections. */
  readonly byFaults: Record<string, { runs: number; detected: number }>;
  readonly medianFirstStep: number | null;
  readonly checks: Record<string, number>;
}

export interface SweepSummary {
  readonly bugFree: {
    readonly runs: number;
    readonly violations: number;
    readonly byCheck: Record<string, number>;
    readonly failures: ReadonlyArray<{ key: string; reproduce: string; checks: readonly string[]; sample: ReadonlyArray<{ check: string; detail: string }> }>;
    readonly byNodes: Record<string, number>;
    readonly steps: readonly number[];
  };
  readonly bugs: readonly BugDetection[];
}

/** Fault-set label: "none", one kind, a pair "a+b", or "all" for every kind together. */
export function faultLabel(faults: readonly string[]): string {
  if (faults.length === 0) return "none";
  return faults.length > 2 ? "all" : faults.join("+");
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : Math.round((s[m - 1] + s[m]) / 2);
}

export function summarizeResults(results: readonly SweepResult[]): SweepSummary {
  const free = results.filter((r) => r.bug === null);
  const byCheck: Record<string, number> = {};
  const byNodes: Record<string, number> = {};
  for (const r of free) byNodes[r.nodes] = (byNodes[r.nodes] ?? 0) + 1;
  const failures = free.filter((r) => r.violations > 0);
  for (const r of failures) for (const c of r.checks) byCheck[c] = (byCheck[c] ?? 0) + 1;
  const bugs: BugDetection[] = [];
  for (const bug of BUG_IDS) {
    const runs = results.filter((r) => r.bug === bug);
    if (runs.length === 0) continue;
    const byFaults: Record<string, { runs: number; detected: number }> = {};
    const checks: Record<string, number> = {};
    const steps: number[] = [];
    for (const r of runs) {
      const cell = (byFaults[faultLabel(r.faults)] ??= { runs: 0, detected: 0 });
      cell.runs++;
      if (r.violations === 0) continue;
      cell.detected++;
      if (r.firstViolationStep !== null) steps.push(r.firstViolationStep);
      for (const c of r.checks) checks[c] = (checks[c] ?? 0) + 1;
    }
    bugs.push({ bug, runs: runs.length, detected: runs.filter((r) => r.violations > 0).length, byFaults, medianFirstStep: median(steps), checks });
  }
  return {
    bugFree: {
      runs: free.length, violations: failures.length, byCheck, byNodes, steps: [...new Set(free.map((r) => r.steps))].sort(),
      failures: failures.map((r) => ({ key: r.key, reproduce: reproduce(r), checks: r.checks, sample: r.sample })),
    },
    bugs,
  };
}

const pct = (d: number, n: number): string => (n === 0 ? "–" : `${Math.round((100 * d) / n)}%`);

/** Fault-set columns in a stable order: none, single kinds (catalog order), pairs, all. */
function columns(bugs: readonly BugDetection[]): string[] {
  const seen = new Set<string>();
  for (const b of bugs) for (const k of Object.keys(b.byFaults)) seen.add(k);
  const rank = (k: string): number => (k === "none" ? 0 : k === "all" ? 3 : k.includes("+") ? 2 : 1);
  return [...seen].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function renderReport(s: SweepSummary): string {
  const lines: string[] = [];
  const f = s.bugFree;
  if (f.runs > 0) {
    lines.push(`No bug switched on: ${f.runs.toLocaleString("en-US")} runs (${Object.entries(f.byNodes).map(([n, c]) => `${c} at ${n} nodes`).join(", ")}; ${f.steps.join("/")} client operations each), ${f.violations} with a violation.`);
    for (const [c, n] of Object.entries(f.byCheck)) lines.push(`  ${c}: ${n} runs`);
    for (const x of f.failures.slice(0, 20)) lines.push(`  ✗ ${x.checks.join(",")}  ${x.sample[0]?.detail ?? ""}\n    reproduce: ${x.reproduce}`);
  }
  if (s.bugs.length > 0) {
    const cols = columns(s.bugs).filter((c) => !c.includes("+"));
    lines.push("", "Each catalog bug alone: share of runs that detect it, by fault kind; median client operations to the first detection.");
    lines.push(`${"bug".padEnd(6)} ${"runs".padStart(5)} ${"found".padStart(6)} ${"median".padStart(7)}  ${cols.map((c) => c.padStart(Math.max(5, c.length))).join(" ")}`);
    for (const b of s.bugs)
      lines.push(`${b.bug.padEnd(6)} ${String(b.runs).padStart(5)} ${pct(b.detected, b.runs).padStart(6)} ${String(b.medianFirstStep ?? "–").padStart(7)}  ${cols.map((c) => pct(b.byFaults[c]?.detected ?? 0, b.byFaults[c]?.runs ?? 0).padStart(Math.max(5, c.length))).join(" ")}`);
  }
  return lines.join("\n");
}

/** The detection table as Markdown, for the README. */
export function renderMarkdown(s: SweepSummary): string {
  const cols = columns(s.bugs).filter((c) => !c.includes("+"));
  const out = [
    `| bug | runs | detected | median ops to first detection | ${cols.join(" | ")} |`,
    `| --- | ---: | ---: | ---: | ${cols.map(() => "---:").join(" | ")} |`,
  ];
  for (const b of s.bugs)
    out.push(`| ${b.bug} | ${b.runs} | ${pct(b.detected, b.runs)} | ${b.medianFirstStep ?? "–"} | ${cols.map((c) => pct(b.byFaults[c]?.detected ?? 0, b.byFaults[c]?.runs ?? 0)).join(" | ")} |`);
  return out.join("\n");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, mode] = process.argv.slice(2);
  if (file === undefined) {
    process.stderr.write("usage: node --import tsx bench/cluster/sweep-report.ts results.jsonl [--json | --markdown]\n");
    process.exit(2);
  }
  const summary = summarizeResults(readResults(file));
  process.stdout.write((mode === "--json" ? JSON.stringify(summary) : mode === "--markdown" ? renderMarkdown(summary) : renderReport(summary)) + "\n");
}
