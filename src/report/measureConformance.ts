/**
 * Conformance figures per family of the report: validated observations/s and spec-driven steps/s on the bug-free
 * reference cluster (and how many of those runs failed: false alarms), and the kill matrix of the known cluster
 * bugs. A family without an adapter is "not measured" with the reason, and so are its bugs.
 */
import { KNOWN_BUGS } from "../cluster/index.ts";
import { loadSpec } from "../checker/index.ts";
import { FAMILY_TARGETS } from "../conformance/families.ts";
import { bugRows } from "../conformance/killMatrix.ts";
import { modelBasedRuns } from "../conformance/modelBased.ts";
import { machineFromSpec } from "../conformance/specMachine.ts";
import { validateRun } from "../conformance/validate.ts";
import { packageRoot } from "./environment.ts";
import type { ReportBudget } from "./plan.ts";
import type { ProgressTracker } from "./progress.ts";
import type { BugRow, ConformanceFamily, Report } from "./schema.ts";

const MODEL_BASED_STEPS = 12;

/**
 * The family targets name their files relative to the repository root (as `clusterspec conform` does), so the
 * conformance part runs with the working directory there and restores it after.
 */
async function atRoot<T>(run: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  if (before !== packageRoot.replace(/\/$/, "")) process.chdir(packageRoot);
  try {
    return await run();
  } finally {
    if (process.cwd() !== before) process.chdir(before);
  }
}

async function measureFamily(family: string, budget: ReportBudget): Promise<ConformanceFamily> {
  const t = FAMILY_TARGETS.find((x) => x.family === family)!;
  const seeds = budget.conformanceSeeds;
  const command = `npx tsx bench/conformance/sweep.ts --seeds ${seeds} --family ${family}`;
  if (t.adapter === null)
    return { family, measured: false, reason: t.missing ?? "no adapter", seeds: 0, ticks: 0, validatedSteps: null, validatedStepsPerSecond: null, modelBasedRuns: 0, drivenSteps: null, drivenStepsPerSecond: null, falseAlarms: null, falseAlarmCommands: [], command };
  const spec = await loadSpec(t.specFile);
  const machine = machineFromSpec(spec, { params: t.params, file: t.specFile });
  const adapter = t.adapter();
  let steps = 0;
  let ms = 0;
  let alarms = 0;
  const alarmCommands: string[] = [];
  const alarm = (reproduce: string | undefined) => {
    alarms++;
    if (alarmCommands.length < 5 && reproduce) alarmCommands.push(reproduce);
  };
  for (let seed = 1; seed <= seeds; seed++) {
    const r = await validateRun(machine, adapter, { seed, ticks: t.ticks, reproduce: `clusterspec conform ${family} --check validate --runs 1` });
    steps += r.steps;
    ms += r.elapsedMs;
    if (r.status !== "ok") alarm(r.divergence?.reproduce);
  }
  const mb = await modelBasedRuns(machine, adapter, { seed: 1, runs: seeds, steps: MODEL_BASED_STEPS, reproduce: `clusterspec conform ${family} --check model-based` });
  if (mb.status !== "ok") alarm(mb.failure?.divergence?.reproduce);
  return {
    family,
    measured: true,
    reason: null,
    seeds,
    ticks: t.ticks,
    validatedSteps: steps,
    validatedStepsPerSecond: ms > 0 ? steps / (ms / 1000) : null,
    modelBasedRuns: mb.runs,
    drivenSteps: mb.steps,
    drivenStepsPerSecond: mb.elapsedMs > 0 ? mb.steps / (mb.elapsedMs / 1000) : null,
    falseAlarms: alarms,
    falseAlarmCommands: alarmCommands,
    command,
  };
}

/** The measurements `measureConformance` makes for these families (for progress). */
export function conformanceSteps(families: readonly string[]): number {
  const known = families.filter((f) => FAMILY_TARGETS.some((t) => t.family === f));
  return known.length + known.filter((f) => KNOWN_BUGS.some((b) => b.family === f)).length;
}

/** Conformance figures and the kill matrix for the given families (those with a built-in target). */
export async function measureConformance(families: readonly string[], budget: ReportBudget, tracker: ProgressTracker): Promise<Report["conformance"]> {
  const known = families.filter((f) => FAMILY_TARGETS.some((t) => t.family === f));
  const bugs = KNOWN_BUGS.filter((b) => known.includes(b.family));
  const runs = budget.bugRuns;
  const budgetS = budget.bugBudgetMs / 1000;
  return atRoot(async () => {
    const out: ConformanceFamily[] = [];
    for (const f of known) out.push(await tracker.step(`conformance ${f}: bug-free sweep`, () => measureFamily(f, budget)));
    const rows: BugRow[] = [];
    // One kill-matrix session per family: its covering traces are computed once for all of its bugs.
    for (const f of known) {
      const t = FAMILY_TARGETS.find((x) => x.family === f)!;
      const mine = bugs.filter((b) => b.family === f);
      if (mine.length === 0) continue;
      const found = t.adapter === null ? [] : await tracker.step(`kill matrix ${f} (${mine.length} bugs)`, () => bugRows({ budgetMs: budget.bugBudgetMs, runs, only: mine.map((b) => b.id) }));
      if (t.adapter === null) await tracker.step(`kill matrix ${f} (no adapter)`, () => undefined);
      for (const bug of mine) {
        const again = `clusterspec mutants --no-spec --bug ${bug.id} --budget ${budgetS}s --runs ${runs}`;
        const base = { bug: bug.id, family: bug.family, description: bug.description, breaks: bug.breaks };
        const r = found.find((x) => x.bug === bug.id);
        rows.push(
          t.adapter === null || r === undefined
            ? { ...base, status: "not-measured", check: null, seed: null, steps: null, seconds: null, reason: t.missing ?? "no adapter", command: null }
            : r.killed
              ? { ...base, status: "killed", check: r.check ?? null, seed: r.seed ?? null, steps: r.steps ?? null, seconds: r.seconds ?? null, reason: null, command: r.reproduce ?? again }
              : { ...base, status: "not-killed", check: null, seed: null, steps: null, seconds: null, reason: r.reason ?? "not killed", command: again },
        );
      }
    }
    return { families: out, bugs: rows, budgetMs: budget.bugBudgetMs, command: `clusterspec mutants --budget ${budgetS}s --runs ${runs}` };
  });
}
