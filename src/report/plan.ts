/**
 * What a report measures: which specs (the four families and the benchmark model by default), which parameter
 * sweep per spec, and how hard (`--quick` keeps every part but makes it smaller, so CI can afford it).
 */
import type { ParamDef } from "../dsl/params.ts";
import type { Spec } from "../dsl/spec.ts";

export interface ReportBudget {
  /** Sizes per sweep (at most). */
  readonly sweepSizes: number;
  /** A sweep stops at the first size reaching this many distinct states. */
  readonly maxStates: number;
  readonly sweepTimeLimitMs: number;
  /** Fresh processes per throughput figure (the fastest is reported, the median kept too). */
  readonly throughputRuns: number;
  /** Conformance: bug-free validation seeds, and as many model-based runs, per family. */
  readonly conformanceSeeds: number;
  /** Kill matrix: time and runs allowed per cluster bug. */
  readonly bugBudgetMs: number;
  readonly bugRuns: number;
}

export const QUICK_BUDGET: ReportBudget = { sweepSizes: 3, maxStates: 300_000, sweepTimeLimitMs: 20_000, throughputRuns: 1, conformanceSeeds: 10, bugBudgetMs: 20_000, bugRuns: 60 };
export const FULL_BUDGET: ReportBudget = { sweepSizes: 5, maxStates: 3_000_000, sweepTimeLimitMs: 120_000, throughputRuns: 3, conformanceSeeds: 1000, bugBudgetMs: 60_000, bugRuns: 200 };

/** The default specs, relative to the package root. */
export const DEFAULT_SPECS: ReadonlyArray<{ readonly file: string; readonly role: "family" | "benchmark" }> = [
  { file: "spec/single-owner.cspec.ts", role: "family" },
  { file: "spec/quorum-majority.cspec.ts", role: "family" },
  { file: "spec/partition-in-time.cspec.ts", role: "family" },
  { file: "spec/snapshot-consistency.cspec.ts", role: "family" },
  { file: "bench/specs/pr-ownership.cspec.ts", role: "benchmark" },
];

export interface SweepPlan {
  readonly param: string;
  readonly doc: string;
  readonly values: readonly number[];
  /** Other parameters held at these values (the rest at their defaults). */
  readonly fixed: Readonly<Record<string, number | boolean | string>>;
}

/**
 * Chosen per built-in spec: the parameter whose growth tells the story (fault budget, workload budget, blocks),
 * over sizes that stay within a report's budget. single-owner sweeps K, not F: at F=3 the spec breaks SO-7.
 */
const CHOSEN: Readonly<Record<string, { param: string; start: number; fixed?: Record<string, number> }>> = {
  "single-owner": { param: "K", start: 0 },
  "quorum-majority": { param: "F", start: 0 },
  "partition-in-time": { param: "F", start: 1 },
  "snapshot-consistency": { param: "F", start: 0 },
  "pr-ownership": { param: "B", start: 1, fixed: { N: 4, V: 4 } },
};

type IntDef = ParamDef & { kind: "int" };
const isInt = (d: ParamDef | undefined): d is IntDef => d?.kind === "int";

/**
 * The sweep for a spec: the chosen parameter for a built-in, otherwise the first integer parameter with room to
 * grow, from one below its default upward. `null` when the spec has no integer parameter to sweep.
 */
export function planSweep(spec: Spec, sizes: number): SweepPlan | null {
  const defs = (spec.params ?? {}) as Readonly<Record<string, ParamDef>>;
  const chosen = CHOSEN[spec.name];
  const fixedOk = (f: Record<string, number>) => Object.entries(f).every(([k, v]) => isInt(defs[k]) && v >= defs[k].min && v <= defs[k].max);
  if (chosen && isInt(defs[chosen.param]) && fixedOk(chosen.fixed ?? {})) {
    const d = defs[chosen.param] as IntDef;
    return { param: chosen.param, doc: d.doc, values: range(Math.max(chosen.start, d.min), d.max, sizes), fixed: chosen.fixed ?? {} };
  }
  for (const [name, d] of Object.entries(defs)) {
    if (!isInt(d) || d.max <= d.min) continue;
    const start = Math.max(d.min, Math.min(d.default - 1, d.max - (sizes - 1)));
    return { param: name, doc: d.doc, values: range(start, d.max, sizes), fixed: {} };
  }
  return null;
}

const range = (from: number, max: number, n: number): number[] => {
  const out: number[] = [];
  for (let v = from; v <= max && out.length < n; v++) out.push(v);
  return out;
};
