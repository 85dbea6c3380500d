/** Headline figures of a report, computed once for the Markdown and HTML summaries. */
import type { Report, SpecSection } from "./schema.ts";

export interface SpecSummary {
  readonly name: string;
  readonly result: string;
  readonly distinctStates: number;
  readonly depth: number;
  readonly mutants: number;
  readonly refuted: number;
  /** Generated machine vs interpreted spec, 1 worker, distinct states/s; null when either is not measured. */
  readonly machineSpeedup: number | null;
}

export function specSummary(s: SpecSection): SpecSummary {
  const row = (impl: string) => s.throughput.rows.find((r) => r.implementation === impl && r.workers === 1);
  const spec = row("spec")?.statesPerSecond;
  const machine = row("machine")?.statesPerSecond;
  return {
    name: s.name,
    result: s.verdict.result,
    distinctStates: s.verdict.distinctStates,
    depth: s.verdict.depth,
    mutants: s.mutants.length,
    refuted: s.mutants.filter((m) => m.refuted).length,
    machineSpeedup: spec && machine ? machine / spec : null,
  };
}

export interface KillSummary {
  readonly bugs: number;
  readonly killed: number;
  readonly notKilled: number;
  readonly notMeasured: number;
  readonly falseAlarms: number | null;
}

export function killSummary(r: Report): KillSummary {
  const b = r.conformance.bugs;
  const measured = r.conformance.families.filter((f) => f.measured);
  return {
    bugs: b.length,
    killed: b.filter((x) => x.status === "killed").length,
    notKilled: b.filter((x) => x.status === "not-killed").length,
    notMeasured: b.filter((x) => x.status === "not-measured").length,
    falseAlarms: measured.length === 0 ? null : measured.reduce((n, f) => n + (f.falseAlarms ?? 0), 0),
  };
}
