/**
 * What a generated conformance suite (generated/<spec>/<spec>.conformance.test.ts) calls: load the target (a built-in
 * family's reference-cluster adapter, or a user's spec with the adapter module beside it), replay one shipped ITF
 * trace, run the CI-sized validation and model-based checks. Each returns a status and the readable failure report,
 * so a generated test is one `expect(r.status, r.report).toBe("ok")`.
 */
import { readdirSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { conform } from "./conform.ts";
import { driveRun } from "./drive.ts";
import { readItfActions } from "./itfTrace.ts";
import { renderOutcome } from "./renderOutcome.ts";
import { resolveTarget, type ResolvedTarget } from "./resolveTarget.ts";

export interface SuiteResult {
  readonly status: "ok" | "failed";
  readonly report: string;
}

const cwdPath = (u: URL): string => relative(process.cwd(), fileURLToPath(u)).split("\\").join("/");

/** A built-in family by name, or a spec module and its adapter module (URLs relative to the generated suite). */
export async function loadSuiteTarget(where: { family: string } | { spec: URL; adapter: URL }): Promise<ResolvedTarget> {
  return "family" in where ? resolveTarget(where.family) : resolveTarget(cwdPath(where.spec), cwdPath(where.adapter));
}

/** The trace names shipped in a suite's traces/ folder (sorted). */
export function shippedTraces(dir: URL): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".itf.json")).map((f) => f.slice(0, -".itf.json".length)).sort();
}

export async function replaySuiteTrace(target: ResolvedTarget, file: URL, seed = 1): Promise<SuiteResult> {
  const path = cwdPath(file);
  const { actions } = readItfActions(path);
  const adapterArg = target.command.includes(" --adapter ") ? target.command.slice(target.command.indexOf(" --adapter ")) : "";
  const r = await driveRun(target.machine, target.makeAdapter(), (i) => actions[i] ?? null, { seed, check: "replay", reproduce: `clusterspec replay ${path}${adapterArg} --seed ${seed}` });
  return { status: r.status, report: renderOutcome(r, target.spec.name).join("\n") };
}

/** Implementation-driven validation over seeds 1..runs, then `runs` fast-check model-based runs. */
export async function runSuiteChecks(target: ResolvedTarget, options: { runs: number; steps: number }): Promise<SuiteResult> {
  const r = await conform(target.machine, target.makeAdapter(), [], {
    seed: 1, runs: options.runs, ticks: target.ticks, steps: options.steps, bugs: [], checks: ["validate", "model-based"], reproduce: target.command,
  });
  return { status: r.status, report: r.divergence === undefined ? "ok" : JSON.stringify(r.divergence, null, 2) };
}
