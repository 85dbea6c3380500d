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
    return { family, measured: false, reason: t.missing ?? "no adapter", seeds: 0, ticks: 0, validatedSteps: null, validatedStepsPerSecond: null, modelBasedRuns: 0, drivenSteps: null, drivenStepsPerSecond: null, falseAlarms: null, command };
  const spec = await loadSpec(t.specFile);
  const machine = machineFromSpec(spec, { params: t.params, file: t.specFile });
  const adapter = t.adapter();
  let steps = 0;
  let ms = 0;
  let alarms = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const r = await validateRun(machine, adapter, { seed, ticks: t.ticks, reproduce: `clusterspec conform ${family} --check validate --runs 1` });
    steps += r.steps;
    ms += r.elapsedMs;
    if (r.status !== "ok") alarms++;
  }
  const mb = await modelBasedRuns(machine, adapter, { seed: 1, runs: seeds, steps: MODEL_BASED_STEPS, reproduce: `clusterspec conform ${family} --check model-based` });
  if (mb.status !== "ok") alarms++;
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
    command,
  };
}

/** The measurements `measureConformance` makes for these families (for progress). */
export function conformanceSteps(families: readonly string[]): number {
  const known = families.filter((f) => FAMILY_TARGETS.some((t) => t.family === f));
  return known.length + KNOWN_BUGS.filter((b) => known.includes(b.family)).length;
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
    for (const bug of bugs) {
      const t = FAMILY_TARGETS.find((x) => x.family === bug.family)!;
      const again = `clusterspec mutants --no-spec --bug ${bug.id} --budget ${budgetS}s --runs ${runs}`;
      const base = { bug: bug.id, family: bug.family, description: bug.description, breaks: bug.breaks };
      if (t.adapter === null) {
        await tracker.step(`kill matrix ${bug.id} (no adapter)`, () => undefined);
        rows.push({ ...base, status: "not-measured", check: null, seed: null, steps: null, seconds: null, reason: t.missing ?? "no adapter", command: null });
        continue;
      }
      const [r] = await tracker.step(`kill matrix ${bug.id}`, () => bugRows({ budgetMs: budget.bugBudgetMs, runs, only: [bug.id] }));
      rows.push(
        r!.killed
          ? { ...base, status: "killed", check: r!.check ?? null, seed: r!.seed ?? null, steps: r!.steps ?? null, seconds: r!.seconds ?? null, reason: null, command: r!.reproduce ?? again }
          : { ...base, status: "not-killed", check: null, seed: null, steps: null, seconds: null, reason: r!.reason ?? "not killed", command: again },
      );
    }
    return { families: out, bugs: rows, budgetMs: budget.bugBudgetMs, command: `clusterspec mutants --budget ${budgetS}s --runs ${runs}` };
  });
}
