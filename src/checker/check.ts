/**
 * The checker's front door: compile a spec, explore it (serially or on worker threads), check
 * liveness on the state graph when asked, and return a `CheckResult` with the shortest counterexample.
 */
import type { Spec } from "../dsl/spec.ts";
import { toCheckResult } from "./finish.ts";
import { checkLiveness } from "./liveness.ts";
import type { CompileOptions, CompiledModel } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import { compileWithMachine, type MachineDescriptor } from "./machine.ts";
import { exploreParallel } from "./parallel.ts";
import type { CheckResult, Violation } from "./result.ts";
import { exploreSerial } from "./serial.ts";
import { chainOf, replayChain, type TraceLink } from "./trace.ts";

export interface CheckSpecOptions extends CheckOptions, CompileOptions {
  /** For `workers > 1`: the module each worker loads the spec from, and the export name. */
  readonly file?: string;
  readonly exportName?: string;
  /** With workers: start exploring only once every worker is up (tests use this so every thread takes part). */
  readonly awaitWorkers?: boolean;
  /** A generated machine of `spec` (from `loadSpecModule`): explored through its compiled word functions. */
  readonly machine?: MachineDescriptor;
}


/** Builds the violation record (statement, trace) for a violating state found by exploration. */
export function violationOf(model: CompiledModel, gid: number, invariant: number, link: (gid: number) => TraceLink, via?: number): Violation {
  // An action property's counterexample ends in the offending step, taken from state `gid`.
  const chain = chainOf(gid, link);
  const { steps } = replayChain(model, via === undefined ? chain : [...chain, via]);
  if (invariant >= model.invariants.length) {
    const tr = model.transitions[invariant - model.invariants.length]!;
    return { kind: "transition", invariant: tr.name, ...(tr.id ? { invariantId: tr.id } : {}), statement: tr.statement, trace: steps };
  }
  if (invariant < 0)
    return { kind: "deadlock", invariant: "deadlock", statement: "Some state has no enabled action (deadlock).", trace: steps };
  const inv = model.invariants[invariant]!;
  return { kind: "invariant", invariant: inv.name, ...(inv.id ? { invariantId: inv.id } : {}), statement: inv.statement, trace: steps };
}

/** Serial check of a compiled model (synchronous). */
export function checkModel(model: CompiledModel, opts: CheckOptions = {}): CheckResult {
  const start = Date.now();
  const withDeadlock = opts.deadlock === undefined ? model : { ...model, deadlock: opts.deadlock };
  const o = exploreSerial(withDeadlock, opts);
  const shard = o.shard;
  const link = (g: number): TraceLink => ({ parent: shard.parent.data[g]!, via: shard.via.data[g]! });
  const violation = shard.violation ? violationOf(model, shard.violation.gid, shard.violation.invariant, link, shard.violation.via) : undefined;
  const result = toCheckResult(withDeadlock, {
    status: o.status,
    ...(o.limit ? { limit: o.limit } : {}),
    strategy: opts.strategy ?? "bfs",
    workers: 1,
    distinct: shard.distinct,
    generated: shard.generated,
    depth: o.depth,
    elapsedMs: o.elapsedMs,
    fpBytes: shard.seen.bytes,
    traceBytes: shard.distinct * 8,
    coverageGenerated: shard.coverageGenerated,
    coverageDistinct: shard.coverageDistinct,
    witnessCount: shard.witnessCount,
    witnessDepth: shard.witnessDepth,
    ...(violation ? { violation } : {}),
  });
  return withLiveness(model, result, opts, start);
}

/**
 * Liveness after a complete safety check, within what is left of the run's limits; the result's time covers both
 * phases (`phases` has each). A graph beyond the limits makes the result `limit`, never an error.
 */
function withLiveness(model: CompiledModel, result: CheckResult, opts: CheckOptions, start: number): CheckResult {
  const explore = { exploreMs: result.elapsedMs };
  if (result.result !== "ok" || model.liveness.length === 0 || opts.liveness === false) return { ...result, phases: explore };
  const live = checkLiveness(model, opts, opts.timeLimitMs === undefined ? Infinity : start + opts.timeLimitMs);
  const timed = { ...result, elapsedMs: Math.round(result.elapsedMs + live.elapsedMs), phases: { ...explore, livenessMs: Math.round(live.elapsedMs) } };
  if (live.limit) return { ...timed, result: "limit", limit: live.limit, warnings: [...result.warnings, `Liveness was not decided: the full state graph ${live.limit === "states" ? `has more than ${(opts.maxStates ?? 2_000_000).toLocaleString("en-US")} states` : "took longer than the time limit"}.`] };
  return { ...timed, liveness: live.results, ...(live.violation ? { result: "violation", violation: live.violation } : {}) };
}

/**
 * Check a spec. With `workers > 1` the spec is re-loaded from `file` in each worker thread; counts and
 * verdicts are the same for every worker count.
 */
export async function checkSpec(spec: Spec, opts: CheckSpecOptions = {}): Promise<CheckResult> {
  const model = compileWithMachine(spec, opts);
  const workers = opts.workers ?? 1;
  if (workers <= 1 || opts.strategy === "dfs") return checkModel(model, opts);
  if (!opts.file) throw new Error("checkSpec: workers > 1 needs `file`, the module the workers load the spec from");
  const start = Date.now();
  const result = await exploreParallel(model, { ...opts, file: opts.file, exportName: opts.exportName ?? "default", workers });
  return withLiveness(model, result, opts, start);
}
