/**
 * clusterspec's public API: the DSL for writing specs and the checker that explores them.
 * Everything not exported here is internal.
 */
export { defineSpec, extendSpec, isSpec, t, ids, range, param } from "./dsl/index.ts";
export { update } from "./dsl/index.ts";
export type {
  Spec,
  SpecDefinition,
  SpecContext,
  SpecOverrides,
  ActionDef,
  InvariantDef,
  WitnessDef,
  LivenessDef,
  Args,
  Sets,
  FiniteSchema,
  TypeOf,
  ParamDef,
  ParamValues,
  Domain,
  Lit,
} from "./dsl/index.ts";
export { toArbitrary } from "./dsl/arbitrary.ts";
export { checkSpec, checkModel, compileModel, loadSpec, loadSpecModule, toPlain } from "./checker/index.ts";
export type { CheckSpecOptions, CompiledModel, CompileOptions, CheckOptions, Progress, CheckResult, CheckStatus, Violation, TraceStep, ActionCoverage, WitnessReport } from "./checker/index.ts";
export { simulate } from "./checker/simulate.ts";
export type { SimulateOptions, SimulationResult } from "./checker/simulate.ts";
export { toItf } from "./checker/itf.ts";
export { ClusterspecError, ErrorCodes, isClusterspecError } from "./core/errors.ts";
export type { ErrorCode, ErrorData } from "./core/errors.ts";
export { checkHistory, checkLinearizable, decodeHistory, readHistoryFile, HISTORY_FORMAT } from "./history/index.ts";
export type { CheckHistoryOptions, CheckLinearizableOptions, LinearizabilityResult, LinearizabilityStatus, RegisterFailure, WindowOperation, History, HistoryInvoke, HistoryReturn, HistoryRecord, HistoryOutcome, HistoryValue } from "./history/index.ts";
// Conformance: the adapter contract a system under test implements, and the checks that run it.
export type { Adapter, ActionBinding, TickReport, ResetOptions, SpecAction, Machine, RunOutcome, Divergence } from "./conformance/index.ts";
export { machineFromSpec, validateRun, renderOutcome, Rng } from "./conformance/index.ts";
