/**
 * `makeReport`: measures everything a report shows — per spec the verdict, sweep, throughput and mutants, then
 * conformance and the kill matrix of the families included — and returns one `clusterspec-report/1` value.
 */
import { loadSpec } from "../checker/index.ts";
import { FAMILY_TARGETS } from "../conformance/families.ts";
import { fromRoot } from "./target.ts";
import { readEnvironment } from "./environment.ts";
import { conformanceSteps, measureConformance } from "./measureConformance.ts";
import { measureMutants, mutantFilesOf } from "./measureMutants.ts";
import { measureSweep, measureThroughput, measureVerdict, THROUGHPUT_CELLS } from "./measureSpec.ts";
import { DEFAULT_SPECS, FULL_BUDGET, planSweep, QUICK_BUDGET, type ReportBudget } from "./plan.ts";
import { ProgressTracker, type ReportProgress } from "./progress.ts";
import { REPORT_FORMAT, type Report, type SpecSection } from "./schema.ts";
import { makeTarget, type SpecTarget } from "./target.ts";
import { resolve } from "node:path";
import { packageRoot } from "./environment.ts";

export interface MakeReportOptions {
  /** Smaller sweeps and one run per figure (CI). */
  readonly quick?: boolean;
  /** Spec files (relative to the working directory); default: the four families and the benchmark model. */
  readonly specs?: readonly string[];
  /** Overrides the quick/full budget (tests). */
  readonly budget?: ReportBudget;
  /** The command line recorded in the report. */
  readonly command?: string;
  readonly onProgress?: (p: ReportProgress) => void;
}

export async function makeReport(options: MakeReportOptions = {}): Promise<Report> {
  const generatedAt = new Date().toISOString();
  const started = performance.now();
  const environment = readEnvironment();
  const budget = options.budget ?? (options.quick ? QUICK_BUDGET : FULL_BUDGET);
  const targets: SpecTarget[] = options.specs?.length
    ? options.specs.map((f) => {
        const t = makeTarget(f, "spec");
        const builtin = DEFAULT_SPECS.find((d) => fromRoot(d.file) === t.abs);
        return builtin ? { ...t, role: builtin.role } : t;
      })
    : DEFAULT_SPECS.map((d) => makeTarget(fromRoot(d.file), d.role));
  // Load first, so a bad --spec fails before anything is measured.
  const specs = await Promise.all(targets.map((t) => loadSpec(t.abs)));
  const mutantFiles = targets.map(mutantFilesOf);
  const families = FAMILY_TARGETS.filter((t) => targets.some((x) => x.abs === resolve(packageRoot, t.specFile))).map((t) => t.family);
  // Every measurement is known up front, so the ETA is honest from the first one on.
  const perSpec = specs.map((s, i) => 1 + (planSweep(s, budget.sweepSizes)?.values.length ?? 0) + THROUGHPUT_CELLS * budget.throughputRuns + mutantFiles[i]!.length);
  const tracker = new ProgressTracker(perSpec.reduce((a, b) => a + b, 0) + conformanceSteps(families), options.onProgress);
  const sections: SpecSection[] = [];
  for (const [i, target] of targets.entries()) {
    const spec = specs[i]!;
    const { verdict, run } = await measureVerdict(target, spec, budget, tracker);
    const sweep = await measureSweep(target, spec, budget, tracker, run);
    const throughput = await measureThroughput(target, spec, verdict.params, budget, tracker);
    const mutants = await measureMutants(spec.name, mutantFiles[i]!, budget, tracker);
    sections.push({
      name: spec.name,
      file: target.shown,
      role: target.role,
      description: spec.description ?? "",
      invariants: Object.entries(spec.invariants ?? {}).map(([name, inv]) => ({ name, id: inv.id ?? null, statement: inv.statement })),
      verdict,
      sweep,
      throughput,
      mutants,
    });
  }
  const conformance = await measureConformance(families, budget, tracker);
  return {
    format: REPORT_FORMAT,
    generatedAt,
    quick: options.quick ?? false,
    command: options.command ?? `clusterspec report${options.quick ? " --quick" : ""}`,
    elapsedMs: performance.now() - started,
    environment,
    specs: sections,
    conformance,
  };
}
