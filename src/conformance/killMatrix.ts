/**
 * The kill matrix: for each spec mutant, the invariant that refutes it and the counterexample's length; for each
 * known cluster bug, switched on alone, whether its family's conformance session fails, by which check, on which
 * seed, after how many driven/explained steps and how many seconds (within a per-bug budget).
 */
import { KNOWN_BUGS } from "../cluster/index.ts";
import { checkSpec, loadSpec } from "../checker/index.ts";
import { conform, loadCoveringTraces, type CheckName } from "./conform.ts";
import { FAMILY_TARGETS } from "./families.ts";
import { machineFromSpec } from "./specMachine.ts";

export interface SpecMutantRow {
  readonly mutant: string;
  readonly file: string;
  readonly refuted: boolean;
  readonly invariant?: string;
  readonly traceLength?: number;
  readonly elapsedMs: number;
}

export interface BugRow {
  readonly bug: string;
  readonly family: string;
  readonly breaks: string;
  readonly killed: boolean;
  readonly check?: CheckName;
  readonly seed?: number;
  readonly steps?: number;
  readonly seconds?: number;
  readonly reproduce?: string;
  /** Why not killed: no adapter, or the budget ran out. */
  readonly reason?: string;
}

export async function specMutantRows(): Promise<SpecMutantRow[]> {
  const rows: SpecMutantRow[] = [];
  for (const t of FAMILY_TARGETS)
    for (const file of t.mutants) {
      const t0 = performance.now();
      const spec = await loadSpec(file);
      const r = await checkSpec(spec, { workers: 1, liveness: false });
      rows.push({
        mutant: spec.name,
        file,
        refuted: r.result === "violation",
        ...(r.violation ? { invariant: r.violation.invariantId ?? r.violation.invariant, traceLength: r.violation.trace.length - 1 } : {}),
        elapsedMs: performance.now() - t0,
      });
    }
  return rows;
}

export async function bugRows(options: { budgetMs: number; runs: number; only?: readonly string[] }): Promise<BugRow[]> {
  const rows: BugRow[] = [];
  const traceCache = new Map<string, Awaited<ReturnType<typeof loadCoveringTraces>>>();
  for (const bug of KNOWN_BUGS) {
    if (options.only && !options.only.includes(bug.id)) continue;
    const t = FAMILY_TARGETS.find((x) => x.family === bug.family)!;
    if (t.adapter === null) {
      rows.push({ bug: bug.id, family: bug.family, breaks: bug.breaks, killed: false, reason: t.missing ?? "no adapter" });
      continue;
    }
    const spec = await loadSpec(t.specFile);
    const machine = machineFromSpec(spec, { params: t.params, file: t.specFile });
    if (!traceCache.has(t.family)) traceCache.set(t.family, await loadCoveringTraces(machine, spec, await Promise.all(t.mutants.map((f) => loadSpec(f)))));
    const r = await conform(machine, t.adapter(), traceCache.get(t.family)!, {
      seed: 1,
      runs: options.runs,
      ticks: t.ticks,
      steps: 12,
      bugs: [bug.id],
      checks: ["replay", "validate", "model-based"],
      budgetMs: options.budgetMs,
      reproduce: `clusterspec conform ${t.family}`,
    });
    rows.push(
      r.status === "failed"
        ? { bug: bug.id, family: bug.family, breaks: bug.breaks, killed: true, check: r.killedBy!, seed: r.divergence!.seed, steps: r.stepsToKill!, seconds: r.msToKill! / 1000, reproduce: r.divergence!.reproduce }
        : { bug: bug.id, family: bug.family, breaks: bug.breaks, killed: false, reason: r.stoppedByBudget ? `not killed within ${options.budgetMs / 1000} s` : `not killed by ${options.runs} runs of every check` },
    );
  }
  return rows;
}
