/**
 * Per spec mutant of a family: does the checker refute it, by which invariant, how long is the shortest
 * counterexample and how long until BFS (one worker, which stops at the first violation) found it.
 */
import { resolve } from "node:path";
import { checkSpec, loadSpec } from "../checker/index.ts";
import { FAMILY_TARGETS } from "../conformance/families.ts";
import { toCounterexample } from "./counterexample.ts";
import { packageRoot } from "./environment.ts";
import type { ReportBudget } from "./plan.ts";
import type { ProgressTracker } from "./progress.ts";
import type { MutantRow } from "./schema.ts";
import { checkCommand, shownPath, type SpecTarget } from "./target.ts";

/** The mutant files of a built-in family (absolute), or none for any other spec. */
export function mutantFilesOf(target: SpecTarget): string[] {
  const family = FAMILY_TARGETS.find((t) => resolve(packageRoot, t.specFile) === target.abs);
  return family ? family.mutants.map((f) => resolve(packageRoot, f)) : [];
}

export async function measureMutants(family: string, files: readonly string[], budget: ReportBudget, tracker: ProgressTracker): Promise<MutantRow[]> {
  const rows: MutantRow[] = [];
  for (const abs of files) {
    const shown = shownPath(abs);
    rows.push(
      await tracker.step(`${family}: mutant ${shown}`, async () => {
        const spec = await loadSpec(abs);
        const r = await checkSpec(spec, { file: abs, workers: 1, liveness: false, maxStates: budget.maxStates, timeLimitMs: budget.sweepTimeLimitMs });
        const v = r.violation;
        return {
          name: spec.name,
          file: shown,
          params: r.params,
          refuted: r.result === "violation",
          result: r.result,
          invariant: v?.invariant ?? null,
          invariantId: v?.invariantId ?? null,
          counterexampleLength: v ? v.trace.length - 1 : null,
          distinctStates: r.distinctStates,
          msToFirstCounterexample: v ? r.elapsedMs : null,
          counterexample: v ? toCounterexample(v, spec) : null,
          command: checkCommand(shown, {}, ["--no-liveness"]),
        };
      }),
    );
  }
  return rows;
}
