/** Conformance: joining a spec machine to a system under test through an adapter. */
export type { Machine, SpecAction, StepResult, MachineInvariant } from "./machine.ts";
export { actionLabel, sameAction } from "./machine.ts";
export { machineFromSpec, type SpecMachine } from "./specMachine.ts";
export type { Adapter, ActionBinding, TickReport, ResetOptions } from "./adapter.ts";
export { Explainer, type Unexplained, type ExplainerOptions } from "./explainer.ts";
export { validateRun, type ValidateOptions } from "./validate.ts";
export type { RunOutcome, Divergence } from "./outcome.ts";
export { diffFields, renderDiff, type FieldDiff } from "./diff.ts";
export { renderOutcome } from "./renderOutcome.ts";
export { Rng } from "./rng.ts";
export { FAMILY_TARGETS, findTarget, type FamilyTarget } from "./families.ts";
export { partitionInTimeAdapter, PT_PARAMS, type PtView } from "./adapters/partitionInTime.ts";
export { dataCheck, checkHistoryData, type DataCheckResult, type DataViolation } from "./dataCheck.ts";
export { snapshotConsistencyAdapter, SN_PARAMS, type SnView, type ShadowView, type CbtView } from "./adapters/snapshotConsistency.ts";
