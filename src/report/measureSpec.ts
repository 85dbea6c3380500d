/**
 * Per spec: the verdict at the default configuration (invariants, counts, counterexample), the state-space growth
 * over a parameter sweep, and distinct states/s of the interpreted spec and the generated machine with 1 and 2
 * workers, each in a fresh process so bytes per state and peak memory are that run's.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkSpec, loadSpecModule } from "../checker/index.ts";
import type { CheckResult } from "../checker/result.ts";
import type { Spec } from "../dsl/spec.ts";
import { toCounterexample } from "./counterexample.ts";
import { packageRoot } from "./environment.ts";
import type { MeasureOnceResult } from "./measureOnce.ts";
import { planSweep, type ReportBudget } from "./plan.ts";
import type { ProgressTracker } from "./progress.ts";
import { measureCommand, runMeasure } from "./runMeasure.ts";
import type { ParamsValue, SpecSection, Sweep, SweepPoint, ThroughputRow, Verdict } from "./schema.ts";
import { checkCommand, shownPath, type SpecTarget } from "./target.ts";

const limitFlags = (r: CheckResult, budget: ReportBudget): string[] =>
  r.result === "limit" ? (r.limit === "time" ? [`--time-limit ${budget.sweepTimeLimitMs / 1000}s`] : [`--max-states ${budget.maxStates}`]) : [];

/** The verdict at the default configuration, and the run itself (the sweep reuses it for that size). */
export async function measureVerdict(target: SpecTarget, spec: Spec, budget: ReportBudget, tracker: ProgressTracker): Promise<{ verdict: Verdict; run: CheckResult }> {
  const r = await tracker.step(`${spec.name}: check`, () => checkSpec(spec, { file: target.abs, workers: 1, maxStates: budget.maxStates, timeLimitMs: budget.sweepTimeLimitMs }));
  return { run: r, verdict: {
    params: r.params,
    result: r.result,
    limit: r.limit ?? null,
    distinctStates: r.distinctStates,
    generatedStates: r.generatedStates,
    depth: r.depth,
    elapsedMs: r.elapsedMs,
    statesPerSecond: r.statesPerSecond,
    bytesPerState: r.bytesPerState,
    traceBytesPerState: r.traceBytesPerState,
    collisionProbability: r.collisionProbability,
    liveness: (r.liveness ?? []).map((l) => ({ name: l.name, id: l.id ?? null, holds: l.holds })),
    counterexample: r.violation ? toCounterexample(r.violation, spec) : null,
    command: checkCommand(target.shown, r.params, limitFlags(r, budget)),
  } };
}

export async function measureSweep(target: SpecTarget, spec: Spec, budget: ReportBudget, tracker: ProgressTracker, verdictRun?: CheckResult): Promise<Sweep> {
  const plan = planSweep(spec, budget.sweepSizes);
  if (plan === null) return { param: null, doc: "", fixed: {}, maxStates: budget.maxStates, points: [], reason: "the spec has no integer parameter to sweep" };
  const points: SweepPoint[] = [];
  let stopped = false;
  for (const value of plan.values) {
    if (stopped) {
      await tracker.step(`${spec.name}: sweep ${plan.param}=${value} (skipped)`, () => undefined);
      continue;
    }
    const params = { ...plan.fixed, [plan.param]: value };
    // The size at the default configuration was just checked for the verdict: reuse that run (and its command).
    const reuse = verdictRun && Object.entries(verdictRun.params).every(([k, v]) => (k in params ? String(params[k]) === String(v) : true)) && Object.keys(params).every((k) => k in verdictRun.params) ? verdictRun : undefined;
    const r = await tracker.step(`${spec.name}: sweep ${plan.param}=${value}`, () =>
      reuse ?? checkSpec(spec, { file: target.abs, workers: 1, params, liveness: false, maxStates: budget.maxStates, timeLimitMs: budget.sweepTimeLimitMs }),
    );
    points.push({
      value,
      params: r.params,
      result: r.result,
      distinctStates: r.distinctStates,
      generatedStates: r.generatedStates,
      depth: r.depth,
      elapsedMs: r.elapsedMs,
      statesPerSecond: r.statesPerSecond,
      invariant: r.violation ? (r.violation.invariantId ?? r.violation.invariant) : null,
      command: checkCommand(target.shown, r.params, [...(r === verdictRun ? [] : ["--no-liveness"]), ...limitFlags(r, budget)]),
    });
    stopped = r.result === "limit";
  }
  const fixed: Record<string, ParamsValue[string]> = { ...(points[0]?.params ?? {}) };
  delete fixed[plan.param];
  return { param: plan.param, doc: plan.doc, fixed, maxStates: budget.maxStates, points, reason: null };
}

/** The generated machine of a spec, when one exists and was generated from this very file. */
async function findMachine(target: SpecTarget, spec: Spec): Promise<{ file: string | null; params: ParamsValue | null; reason: string | null }> {
  const file = join(packageRoot, "generated", spec.name, "machine.ts");
  const shown = shownPath(file);
  if (!existsSync(file)) return { file: null, params: null, reason: `no generated machine (${shown} does not exist; run \`clusterspec generate\`)` };
  try {
    const { machine } = await loadSpecModule(file);
    if (!machine) return { file: null, params: null, reason: `${shown} exports no machine` };
    if (resolve(packageRoot, machine.specFile) !== target.abs) return { file: null, params: null, reason: `${shown} was generated from ${machine.specFile}, not from ${target.shown}` };
    return { file, params: machine.params, reason: null };
  } catch (e) {
    return { file: null, params: null, reason: `${shown} does not load: ${(e as Error).message}` };
  }
}

/** Throughput cells per spec: spec and machine, 1 and 2 workers. */
export const THROUGHPUT_CELLS = 4;

export async function measureThroughput(target: SpecTarget, spec: Spec, defaults: ParamsValue, budget: ReportBudget, tracker: ProgressTracker): Promise<SpecSection["throughput"]> {
  const m = await findMachine(target, spec);
  const params = m.params ?? defaults;
  const impls = [
    { implementation: "spec" as const, file: target.abs as string | null, reason: null as string | null },
    { implementation: "machine" as const, file: m.file, reason: m.reason },
  ];
  const cells = impls.flatMap((impl) => [1, 2].map((workers) => ({ ...impl, workers, runs: [] as MeasureOnceResult[], error: null as string | null })));
  // Interleave the cells run by run, so a burst of load on the shared machine spreads over all of them.
  for (let run = 0; run < budget.throughputRuns; run++)
    for (const c of cells) {
      const label = `${spec.name}: ${c.implementation} ${c.workers} worker${c.workers > 1 ? "s" : ""}${budget.throughputRuns > 1 ? ` (run ${run + 1})` : ""}`;
      await tracker.step(label, async () => {
        if (c.file === null || c.error !== null) return;
        try {
          c.runs.push(await runMeasure(c.file, c.workers, params));
        } catch (e) {
          c.error = (e as Error).message;
        }
      });
    }
  const rows: ThroughputRow[] = cells.map((c) => {
    const shown = c.file === null ? null : shownPath(c.file);
    const common = {
      implementation: c.implementation,
      workers: c.workers,
      file: shown,
      command: checkCommand(shown ?? `generated/${spec.name}/machine.ts`, params, [`--workers ${c.workers}`, "--no-liveness", "--json"]),
      memoryCommand: measureCommand(shown ?? `generated/${spec.name}/machine.ts`, c.workers, params),
    };
    const best = [...c.runs].sort((a, b) => b.statesPerSecond - a.statesPerSecond)[0];
    if (c.error !== null || best === undefined)
      return { ...common, measured: false, reason: c.error ?? c.reason ?? "not measured", runs: 0, distinctStates: null, elapsedMs: null, cpuMs: null, statesPerSecond: null, medianStatesPerSecond: null, bytesPerState: null, peakRssBytes: null };
    const sorted = c.runs.map((r) => r.statesPerSecond).sort((a, b) => a - b);
    return {
      ...common,
      measured: true,
      reason: null,
      runs: c.runs.length,
      distinctStates: best.distinctStates,
      elapsedMs: best.elapsedMs,
      cpuMs: best.cpuMs,
      statesPerSecond: best.statesPerSecond,
      medianStatesPerSecond: sorted[Math.floor((sorted.length - 1) / 2)]!,
      bytesPerState: best.bytesPerState,
      peakRssBytes: best.peakRssBytes,
    };
  });
  return { params, rows };
}
