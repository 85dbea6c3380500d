/** Turns raw exploration counters into the public `CheckResult`. */
import type { CompiledModel } from "./model.ts";
import type { CheckResult, CheckStatus, Violation } from "./result.ts";

export interface RawOutcome {
  readonly status: CheckStatus;
  readonly limit?: "states" | "depth" | "time";
  readonly strategy: "bfs" | "dfs";
  readonly workers: number;
  readonly distinct: number;
  readonly generated: number;
  readonly depth: number;
  readonly elapsedMs: number;
  readonly fpBytes: number;
  readonly traceBytes: number;
  readonly coverageGenerated: ArrayLike<number>;
  readonly coverageDistinct: ArrayLike<number>;
  readonly witnessCount: ArrayLike<number>;
  readonly witnessDepth: ArrayLike<number>;
  readonly violation?: Violation;
  readonly liveness?: CheckResult["liveness"];
}

export function toCheckResult(model: CompiledModel, o: RawOutcome): CheckResult {
  const n = o.distinct;
  return {
    spec: model.name,
    ...(model.file ? { file: model.file } : {}),
    params: model.params,
    result: o.status,
    ...(o.limit ? { limit: o.limit } : {}),
    strategy: o.strategy,
    workers: o.workers,
    symmetry: model.canonicalize !== null,
    distinctStates: n,
    generatedStates: o.generated,
    transitions: o.generated - model.initStates.length,
    depth: o.depth,
    elapsedMs: Math.round(o.elapsedMs),
    statesPerSecond: o.elapsedMs > 0 ? Math.round((n * 1000) / o.elapsedMs) : n,
    bytesPerState: n > 0 ? Math.round((o.fpBytes / n) * 10) / 10 : 0,
    traceBytesPerState: n > 0 ? Math.round((o.traceBytes / n) * 10) / 10 : 0,
    collisionProbability: (n * n) / 2 ** 65,
    coverage: model.actionNames.map((action, i) => ({ action, generated: o.coverageGenerated[i]!, distinct: o.coverageDistinct[i]! })),
    witnesses: model.witnesses.map((w, i) => ({
      name: w.name,
      statement: w.statement,
      count: o.witnessCount[i]!,
      firstDepth: o.witnessDepth[i]! < 0 ? null : o.witnessDepth[i]!,
    })),
    ...(o.liveness ? { liveness: o.liveness } : {}),
    ...(o.violation ? { violation: o.violation } : {}),
    checked: {
      invariants: model.invariants.map((i) => ({ name: i.name, ...(i.id ? { id: i.id } : {}), statement: i.statement })),
      deadlock: model.deadlock,
      witnesses: model.witnesses.map((w) => w.name),
      liveness: model.liveness.map((l) => l.name),
    },
    warnings: model.invariants.length === 0 ? [`Spec ${model.name} declares no invariants: ${model.deadlock ? "only deadlock freedom" : "no safety property"} was checked.`] : [],
  };
}
