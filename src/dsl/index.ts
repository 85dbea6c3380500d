/** The DSL's public surface. */
export { defineSpec, extendSpec, isSpec } from "./spec.ts";
export type { Spec, SpecDefinition, SpecContext, FairnessEntry, ActionDef, InvariantDef, WitnessDef, LivenessDef, TransitionDef, TakenAction, Args, Sets, SpecOverrides } from "./spec.ts";
export { t, ids, range } from "./types.ts";
export type { FiniteSchema, TypeOf } from "./types.ts";
export { param } from "./params.ts";
export type { ParamDef, ParamValues } from "./params.ts";
export type { Domain, Lit } from "./domain.ts";
export { update } from "./update.ts";
