/** The checker's public surface. */
export { checkSpec, checkModel } from "./check.ts";
export type { CheckSpecOptions } from "./check.ts";
export { compileModel } from "./model.ts";
export type { CompiledModel, CompileOptions, ActionInstance } from "./model.ts";
export type { CheckOptions, Progress } from "./options.ts";
export type { CheckResult, CheckStatus, Violation, TraceStep, ActionCoverage, WitnessReport } from "./result.ts";
export { loadSpec, loadSpecModule } from "./loadSpec.ts";
export { toPlain } from "./trace.ts";
