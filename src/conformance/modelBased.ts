/**
 * fast-check model-based runs: the commands are the driven actions (operations and faults) enabled in the spec states
 * consistent so far, chosen by a generated list of indices, so fast-check shrinks a failure to a minimal command
 * sequence. A failure prints the seed and fast-check's counterexample path; rerunning with both replays the shrunk run.
 */
import fc from "fast-check";
import type { Adapter } from "./adapter.ts";
import { drivableActions, driveRun, type DriveOutcome } from "./drive.ts";
import type { Machine } from "./machine.ts";

/** Model-based runs draw the system's seed from [seed, seed + SEED_OFFSETS). */
const SEED_OFFSETS = 1000;

export interface ModelBasedOptions {
  readonly seed: number;
  readonly runs: number;
  /** Most driven actions per run. */
  readonly steps: number;
  readonly bugs?: readonly string[];
  /** fast-check's counterexample path, to replay a shrunk failure. */
  readonly path?: string;
  readonly reproduce: string;
}

export interface ModelBasedOutcome {
  readonly status: "ok" | "failed";
  readonly seed: number;
  readonly runs: number;
  /** Driven steps over all runs (before shrinking). */
  readonly steps: number;
  readonly elapsedMs: number;
  /** The shrunk failing run, rerun once more for the report. */
  readonly failure?: DriveOutcome;
  readonly choices?: readonly number[];
  readonly path?: string;
}

export async function modelBasedRuns(machine: Machine, adapter: Adapter, options: ModelBasedOptions): Promise<ModelBasedOutcome> {
  const started = performance.now();
  let steps = 0;
  // The system's seed is part of the generated command sequence (seed + offset): runs meet differently seeded
  // systems (an adapter may pick its configuration from the seed), and a shrunk failure keeps its offset.
  const runWith = (offset: number, choices: readonly number[], reproduce: string) =>
    driveRun(
      machine,
      adapter,
      (i, ex) => {
        if (i >= choices.length) return null;
        const xs = drivableActions(machine, adapter, ex);
        return xs.length === 0 ? null : xs[choices[i]! % xs.length]!;
      },
      { seed: options.seed + offset, bugs: options.bugs ?? [], check: "model-based", reproduce },
    );
  const property = fc.asyncProperty(fc.nat({ max: SEED_OFFSETS - 1 }), fc.array(fc.nat({ max: 1 << 16 }), { minLength: 1, maxLength: options.steps }), async (offset, choices) => {
    const r = await runWith(offset, choices, options.reproduce);
    steps += r.steps;
    return r.status === "ok";
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs, ...(options.path ? { path: options.path } : {}) });
  if (!details.failed || details.counterexample === null)
    return { status: "ok", seed: options.seed, runs: details.numRuns, steps, elapsedMs: performance.now() - started };
  const [offset, choices] = details.counterexample;
  const path = details.counterexamplePath ?? undefined;
  const failure = await runWith(offset, choices, `${options.reproduce} --seed ${options.seed}${path ? ` --path ${path}` : ""}`);
  return { status: "failed", seed: options.seed, runs: details.numRuns, steps, elapsedMs: performance.now() - started, failure, choices, ...(path ? { path } : {}) };
}
