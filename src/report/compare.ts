/**
 * Comparing two reports, the way a CI job catches a regression: verdicts, counts and kill-matrix statuses must not
 * change at all (a change of semantics); throughput, memory and times may drift with the machine's noise, so only
 * relative changes beyond a threshold count, and times too short to measure (both under `minMs`) never do.
 */
import type { Report, SpecSection } from "./schema.ts";

export interface CompareOptions {
  /** Relative change that counts for noisy figures (0.25 = ±25%). */
  readonly threshold?: number;
  /** Times (ms) below this in both reports are too small to compare. */
  readonly minMs?: number;
}

export interface ReportChange {
  /** regression: worse beyond the threshold, or a property lost; improvement: better; changed: semantics changed. */
  readonly kind: "regression" | "improvement" | "changed";
  /** Which figure, e.g. `single-owner: distinct/s (machine, 2 workers)`. */
  readonly figure: string;
  readonly old: number | string | boolean | null;
  readonly new: number | string | boolean | null;
  /** Relative change (new/old - 1) for numeric figures. */
  readonly relative: number | null;
}

export interface ReportComparison {
  readonly threshold: number;
  readonly minMs: number;
  readonly changes: readonly ReportChange[];
  /** Regressions plus semantic changes: what makes `report --compare` exit 1. */
  readonly regressions: number;
  /** Notes that make a comparison weaker (quick vs full, another machine). */
  readonly notes: readonly string[];
}

export const DEFAULT_THRESHOLD = 0.25;
export const DEFAULT_MIN_MS = 50;

export function compareReports(old: Report, neu: Report, options: CompareOptions = {}): ReportComparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minMs = options.minMs ?? DEFAULT_MIN_MS;
  const changes: ReportChange[] = [];
  const notes: string[] = [];
  if (old.quick !== neu.quick) notes.push(`comparing a ${old.quick ? "quick" : "full"} report with a ${neu.quick ? "quick" : "full"} one: sweeps and runs differ`);
  if (old.environment.cpuModel !== neu.environment.cpuModel || old.environment.cores !== neu.environment.cores)
    notes.push(`the machines differ (${old.environment.cpuModel}, ${old.environment.cores} cores → ${neu.environment.cpuModel}, ${neu.environment.cores} cores)`);

  const exact = (figure: string, a: number | string | boolean | null, b: number | string | boolean | null, kind: ReportChange["kind"] = "changed") => {
    if (a !== b) changes.push({ kind, figure, old: a, new: b, relative: typeof a === "number" && typeof b === "number" && a !== 0 ? b / a - 1 : null });
  };
  /** A noisy figure; `higherIsBetter` says which way is a regression; `timeMs` applies the minMs floor. */
  const noisy = (figure: string, a: number | null, b: number | null, higherIsBetter: boolean, timeMs = false) => {
    if (a === null && b === null) return;
    if (a === null || b === null) {
      changes.push({ kind: b === null ? "regression" : "improvement", figure: `${figure}${b === null ? " no longer measured" : " now measured"}`, old: a, new: b, relative: null });
      return;
    }
    if (timeMs && a < minMs && b < minMs) return;
    if (a === 0) return;
    const rel = b / a - 1;
    if (Math.abs(rel) <= threshold) return;
    const better = higherIsBetter ? rel > 0 : rel < 0;
    changes.push({ kind: better ? "improvement" : "regression", figure, old: a, new: b, relative: rel });
  };

  const byName = new Map(neu.specs.map((s) => [s.name, s]));
  for (const o of old.specs) {
    const n = byName.get(o.name);
    if (!n) {
      changes.push({ kind: "regression", figure: `${o.name}: spec missing from the new report`, old: o.file, new: null, relative: null });
      continue;
    }
    compareSpec(o, n, exact, noisy);
  }
  for (const n of neu.specs) if (!old.specs.some((o) => o.name === n.name)) changes.push({ kind: "changed", figure: `${n.name}: spec added`, old: null, new: n.file, relative: null });

  const oldFam = new Map(old.conformance.families.map((f) => [f.family, f]));
  for (const f of neu.conformance.families) {
    const o = oldFam.get(f.family);
    if (!o) continue;
    noisy(`conformance ${f.family}: validated observations/s`, o.validatedStepsPerSecond, f.validatedStepsPerSecond, true);
    noisy(`conformance ${f.family}: spec-driven steps/s`, o.drivenStepsPerSecond, f.drivenStepsPerSecond, true);
    if (o.falseAlarms !== null && f.falseAlarms !== null && f.falseAlarms !== o.falseAlarms)
      changes.push({ kind: f.falseAlarms > o.falseAlarms ? "regression" : "improvement", figure: `conformance ${f.family}: false alarms`, old: o.falseAlarms, new: f.falseAlarms, relative: null });
  }
  const rank = { killed: 2, "not-killed": 1, "not-measured": 0 } as const;
  const oldBugs = new Map(old.conformance.bugs.map((b) => [b.bug, b]));
  for (const b of neu.conformance.bugs) {
    const o = oldBugs.get(b.bug);
    if (!o) continue;
    if (o.status !== b.status) changes.push({ kind: rank[b.status] < rank[o.status] ? "regression" : "improvement", figure: `kill matrix ${b.bug}`, old: o.status, new: b.status, relative: null });
    else if (b.status === "killed") noisy(`kill matrix ${b.bug}: ms to kill`, o.seconds === null ? null : o.seconds * 1000, b.seconds === null ? null : b.seconds * 1000, false, true);
  }
  return { threshold, minMs, changes, regressions: changes.filter((c) => c.kind !== "improvement").length, notes };
}

type Exact = (figure: string, a: number | string | boolean | null, b: number | string | boolean | null, kind?: ReportChange["kind"]) => void;
type Noisy = (figure: string, a: number | null, b: number | null, higherIsBetter: boolean, timeMs?: boolean) => void;

function compareSpec(o: SpecSection, n: SpecSection, exact: Exact, noisy: Noisy): void {
  const name = o.name;
  const sameParams = JSON.stringify(o.verdict.params) === JSON.stringify(n.verdict.params);
  if (!sameParams) exact(`${name}: default parameters`, JSON.stringify(o.verdict.params), JSON.stringify(n.verdict.params));
  else {
    exact(`${name}: verdict`, o.verdict.result, n.verdict.result, o.verdict.result === "ok" ? "regression" : "changed");
    if (o.verdict.result !== "limit" && n.verdict.result !== "limit") {
      exact(`${name}: distinct states`, o.verdict.distinctStates, n.verdict.distinctStates);
      exact(`${name}: generated states`, o.verdict.generatedStates, n.verdict.generatedStates);
      exact(`${name}: depth`, o.verdict.depth, n.verdict.depth);
    }
  }
  for (const p of n.sweep.points) {
    const q = o.sweep.points.find((x) => JSON.stringify(x.params) === JSON.stringify(p.params));
    if (!q || q.result === "limit" || p.result === "limit") continue;
    exact(`${name}: sweep ${n.sweep.param}=${String(p.value)} distinct states`, q.distinctStates, p.distinctStates);
  }
  const sameTp = JSON.stringify(o.throughput.params) === JSON.stringify(n.throughput.params);
  for (const r of n.throughput.rows) {
    const q = o.throughput.rows.find((x) => x.implementation === r.implementation && x.workers === r.workers);
    if (!q || !sameTp) continue;
    const what = `${r.implementation}, ${r.workers} worker${r.workers > 1 ? "s" : ""}`;
    noisy(`${name}: distinct/s (${what})`, q.statesPerSecond, r.statesPerSecond, true);
    if (q.measured && r.measured) {
      noisy(`${name}: peak RSS (${what})`, q.peakRssBytes, r.peakRssBytes, false);
      noisy(`${name}: bytes/state (${what})`, q.bytesPerState, r.bytesPerState, false);
    }
  }
  for (const m of n.mutants) {
    const q = o.mutants.find((x) => x.name === m.name);
    if (!q) continue;
    if (q.refuted !== m.refuted) exact(`${name}: mutant ${m.name} refuted`, q.refuted, m.refuted, q.refuted ? "regression" : "improvement");
    else if (m.refuted) {
      exact(`${name}: mutant ${m.name} counterexample length`, q.counterexampleLength, m.counterexampleLength);
      noisy(`${name}: mutant ${m.name} ms to first counterexample`, q.msToFirstCounterexample, m.msToFirstCounterexample, false, true);
    }
  }
}
