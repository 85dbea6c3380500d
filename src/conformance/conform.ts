/**
 * One conformance session against one system: spec-driven replay of the covering traces, implementation-driven
 * validation over seeds, then fast-check model-based runs — stopping at the first failure, which carries its
 * reproduce line. Used by `clusterspec conform`, `clusterspec mutants`, the generated suites and the bench sweep.
 */
import type { Spec } from "../dsl/spec.ts";
import type { Adapter } from "./adapter.ts";
import { coveringTraces, mutantTrace, type CoveringTrace } from "./coveringTraces.ts";
import { driveRun } from "./drive.ts";
import type { Machine } from "./machine.ts";
import { modelBasedRuns } from "./modelBased.ts";
import type { Divergence, RunOutcome } from "./outcome.ts";
import { validateRun } from "./validate.ts";

export type CheckName = "replay" | "validate" | "model-based";
export const CHECK_NAMES: readonly CheckName[] = ["replay", "validate", "model-based"];

export interface ConformOptions {
  readonly seed: number;
  /** Validation seeds (seed, seed+1, ...) and model-based runs. */
  readonly runs: number;
  /** Ticks per validation run. */
  readonly ticks: number;
  /** Driven actions per model-based run. */
  readonly steps: number;
  readonly bugs: readonly string[];
  readonly checks: readonly CheckName[];
  /** Stop (between runs) once this many ms have passed; the result says it stopped. */
  readonly budgetMs?: number;
  /** The command prefix a failure prints (the spec argument, --adapter, --bug are added by the caller). */
  readonly reproduce: string;
}

export interface CheckSummary {
  readonly check: CheckName;
  readonly runs: number;
  readonly steps: number;
  readonly ticks: number;
  readonly elapsedMs: number;
  readonly failed: boolean;
}

export interface ConformResult {
  readonly spec: string;
  readonly status: "ok" | "failed";
  readonly bugs: readonly string[];
  readonly checks: readonly CheckSummary[];
  /** The first failure, with the check that found it and the steps and ms it took from the session start. */
  readonly divergence?: Divergence & { readonly seed: number };
  readonly killedBy?: CheckName;
  readonly stepsToKill?: number;
  readonly msToKill?: number;
  readonly stoppedByBudget: boolean;
  readonly elapsedMs: number;
}

export async function loadCoveringTraces(machine: Machine, spec: Spec, mutantSpecs: readonly Spec[]): Promise<CoveringTrace[]> {
  const out = coveringTraces(machine, spec);
  for (const m of mutantSpecs) {
    const t = await mutantTrace(machine, m);
    if (t !== null) out.push(t);
  }
  return out;
}

export async function conform(machine: Machine, adapter: Adapter, traces: readonly CoveringTrace[], o: ConformOptions): Promise<ConformResult> {
  const started = performance.now();
  const summaries: CheckSummary[] = [];
  let totalSteps = 0;
  let stopped = false;
  const bugArgs = o.bugs.map((b) => ` --bug ${b}`).join("");
  const over = (): boolean => o.budgetMs !== undefined && performance.now() - started > o.budgetMs;
  const finish = (failure?: { check: CheckName; outcome: RunOutcome }): ConformResult => ({
    spec: adapter.spec,
    status: failure ? "failed" : "ok",
    bugs: o.bugs,
    checks: summaries,
    ...(failure
      ? { divergence: { ...failure.outcome.divergence!, seed: failure.outcome.seed }, killedBy: failure.check, stepsToKill: totalSteps, msToKill: performance.now() - started }
      : {}),
    stoppedByBudget: stopped,
    elapsedMs: performance.now() - started,
  });
  for (const check of o.checks) {
    const t0 = performance.now();
    let runs = 0;
    let steps = 0;
    let ticks = 0;
    const note = (r: RunOutcome): void => {
      runs++;
      steps += r.steps;
      ticks += r.ticks;
      totalSteps += r.steps;
    };
    const summary = (failed: boolean): CheckSummary => ({ check, runs, steps, ticks, elapsedMs: performance.now() - t0, failed });
    if (check === "replay") {
      for (const t of traces) {
        if (over()) { stopped = true; break; }
        const r = await driveRun(machine, adapter, (i) => t.actions[i] ?? null, {
          seed: o.seed,
          bugs: o.bugs,
          check: "replay",
          reproduce: `clusterspec replay generated/${adapter.spec}/traces/${t.name}.itf.json${o.reproduce.includes("--adapter") ? o.reproduce.slice(o.reproduce.indexOf(" --adapter")) : ""} --seed ${o.seed}${bugArgs}`,
        });
        note(r);
        if (r.status === "failed") {
          summaries.push(summary(true));
          return finish({ check, outcome: r });
        }
      }
    } else if (check === "validate") {
      for (let k = 0; k < o.runs; k++) {
        if (over()) { stopped = true; break; }
        const r = await validateRun(machine, adapter, { seed: o.seed + k, ticks: o.ticks, bugs: o.bugs, reproduce: `${o.reproduce} --check validate --runs 1 --ticks ${o.ticks}` });
        note(r);
        if (r.status === "failed") {
          summaries.push(summary(true));
          return finish({ check, outcome: r });
        }
      }
    } else {
      if (over()) { stopped = true; continue; }
      const r = await modelBasedRuns(machine, adapter, { seed: o.seed, runs: o.runs, steps: o.steps, bugs: o.bugs, reproduce: `${o.reproduce} --check model-based --runs ${o.runs} --steps ${o.steps}${bugArgs}` });
      runs += r.runs;
      steps += r.steps;
      totalSteps += r.steps;
      if (r.status === "failed") {
        summaries.push(summary(true));
        return finish({ check, outcome: r.failure! });
      }
    }
    summaries.push(summary(false));
  }
  return finish();
}
