/**
 * `defineSpec`: the whole contract of a clusterspec model. A spec is a plain value — parameters,
 * finite sets, a state schema, initial states, actions (argument domain, guard, pure apply),
 * invariants, `sometimes` witnesses, liveness under weak fairness, and symmetry — that the checker,
 * the code generator and the conformance runner all consume.
 *
 * @example
 * export default defineSpec({
 *   name: "counter",
 *   description: "A counter that wraps.",
 *   params: { MAX: param.int(3, { min: 1, max: 10 }) },
 *   state: ({ params }) => t.struct({ n: t.int(0, params.MAX) }),
 *   init: () => ({ n: 0 }),
 *   actions: { inc: { apply: (s, _a, { params }) => ({ n: (s.n + 1) % (params.MAX + 1) }) } },
 *   invariants: { bounded: { statement: "n never exceeds MAX.", check: (s, { params }) => s.n <= params.MAX } },
 * });
 */
import type { Schema } from "effect";
import type { Lit } from "./domain.ts";
import type { ParamDef, ParamValues } from "./params.ts";
import { validateSpecDefinition, validateSpecOverrides } from "./validateSpec.ts";

export type Sets = Readonly<Record<string, readonly Lit[]>>;

/** What every guard, apply and predicate receives besides the state: resolved parameters and sets. */
export interface SpecContext<P, D extends Sets> {
  readonly params: P;
  readonly sets: D;
  /** The spec's per-state definitions (`defs`), each `(s) => value`, computed once per state. */
  readonly defs: Readonly<Record<string, (s: any) => any>>;
}

/** Arguments of one action instance, by argument name. */
export type Args = Readonly<Record<string, any>>;

export interface ActionDef<S, C> {
  /**
   * The finite argument domain: argument name → a set name from `sets` or an explicit list of values
   * (instances are the cartesian product, in declaration order), or a function listing argument objects.
   */
  readonly over?: Readonly<Record<string, string | readonly Lit[]>> | ((ctx: C) => readonly Args[]);
  readonly guard?: (s: S, args: any, ctx: C) => boolean;
  readonly apply: (s: S, args: any, ctx: C) => S;
  /** One line for docs and reports. */
  readonly doc?: string;
  /** Faults (crash, partition, ...) are ordinary actions; the tag only labels them in reports and simulation. */
  readonly fault?: boolean;
}

export type FairnessEntry = string | { readonly action: string; readonly per: readonly string[] };

export interface InvariantDef<S, C> {
  /** Stable id from DOMAIN.md (e.g. `SO-2`), reported as `violation.invariantId`. */
  readonly id?: string;
  /** One sentence a human can read in a report. */
  readonly statement: string;
  /** One invariant per element of this set (`name[n1]`, …); `check` then receives the element last. */
  readonly per?: string;
  readonly check: (s: S, ctx: C, el?: any) => boolean;
}

export interface WitnessDef<S, C> {
  readonly statement: string;
  readonly check: (s: S, ctx: C) => boolean;
}

/** The action instance a transition was taken by, as action properties see it. */
export interface TakenAction {
  readonly name: string;
  readonly args: Args;
}

/**
 * An action property (TLA+'s `[][A]_vars`, a TLC "action property"): checked on every explored transition
 * `s → t` (initial states have none). A violation's counterexample ends in the offending step.
 */
export interface TransitionDef<S, C> {
  readonly id?: string;
  readonly statement: string;
  readonly check: (s: S, t: S, action: TakenAction, ctx: C) => boolean;
}

/**
 * Temporal properties, checked under the declared fairness on the explicit state graph. With `per: "Node"` a
 * property is one property per element of the set (named `name[n1]`, …), and its predicates receive the element
 * as a third argument — so it follows the set's size for every `--param` value.
 */
export type LivenessDef<S, C> =
  /** `<>Q`: every fair behaviour reaches a Q-state. */
  | { readonly kind: "eventually"; readonly id?: string; readonly statement: string; readonly per?: string; readonly check: (s: S, ctx: C, el?: any) => boolean }
  /** `P ~> Q`: from every reachable P-state, every fair behaviour reaches a Q-state. */
  | {
      readonly kind: "leadsTo";
      readonly id?: string;
      readonly statement: string;
      readonly per?: string;
      readonly from: (s: S, ctx: C, el?: any) => boolean;
      readonly to: (s: S, ctx: C, el?: any) => boolean;
    }
  /** `<>[]P`: every fair behaviour ends up in P-states for good. */
  | { readonly kind: "eventuallyAlways"; readonly id?: string; readonly statement: string; readonly per?: string; readonly check: (s: S, ctx: C, el?: any) => boolean }
  /** `[](P => []P)`: once P holds it holds forever — a property of steps (no fairness needed), checked on every step. */
  | { readonly kind: "stable"; readonly id?: string; readonly statement: string; readonly per?: string; readonly check: (s: S, ctx: C, el?: any) => boolean };

/** `init: { where: (s, ctx) => … }`: the initial states are the states of the schema satisfying `where`. */
export interface InitWhere<S, C> {
  readonly where: (s: S, ctx: C) => boolean;
}

export interface SpecDefinition<PD extends Record<string, ParamDef>, D extends Sets, S> {
  readonly name: string;
  readonly description: string;
  readonly params?: PD;
  readonly sets?: (params: ParamValues<PD>) => D;
  readonly state: (ctx: SpecContext<ParamValues<PD>, D>) => Schema.Codec<S, any, never, never>;
  /**
   * The initial states: listed by a function, or `{ where }`, a predicate over the typed state space — every state
   * of the schema for which it holds is initial (TLA+'s `Init` as a formula; the space is enumerated, so keep it small).
   */
  readonly init: ((ctx: SpecContext<ParamValues<PD>, D>) => S | readonly S[]) | InitWhere<S, SpecContext<ParamValues<PD>, D>>;
  readonly actions: Readonly<Record<string, ActionDef<S, SpecContext<ParamValues<PD>, D>>>>;
  /**
   * Per-state definitions shared by guards, applies and properties (TLA+'s operators of the state, e.g.
   * `terminated`): `defs: { terminated: (s, ctx) => … }`, used as `ctx.defs.terminated(s)`, computed once per state.
   */
  readonly defs?: Readonly<Record<string, (s: S, ctx: SpecContext<ParamValues<PD>, D>) => unknown>>;
  readonly invariants?: Readonly<Record<string, InvariantDef<S, SpecContext<ParamValues<PD>, D>>>>;
  readonly sometimes?: Readonly<Record<string, WitnessDef<S, SpecContext<ParamValues<PD>, D>>>>;
  readonly liveness?: Readonly<Record<string, LivenessDef<S, SpecContext<ParamValues<PD>, D>>>>;
  /** Action properties, checked on every explored transition (see `TransitionDef`). */
  readonly transitions?: Readonly<Record<string, TransitionDef<S, SpecContext<ParamValues<PD>, D>>>>;
  /**
   * A state constraint with TLC's `CONSTRAINT` semantics: a state (initial or successor) outside it counts as
   * generated but is neither stored, nor checked, nor explored. Use it to bound a model that is otherwise
   * unbounded in some counter; generated/distinct counts then equal TLC's on the same model.
   */
  readonly constraint?: (s: S, ctx: SpecContext<ParamValues<PD>, D>) => boolean;
  /**
   * Actions under weak fairness (for liveness): continuously enabled ⇒ eventually taken. An action name
   * makes the whole action one fair action; `{ action, per: ["n"] }` makes each value of argument `n`
   * its own fair action (TLA+'s `\A n: WF(A(n))`).
   */
  readonly fairness?: readonly FairnessEntry[];
  /** Actions under strong fairness: enabled infinitely often ⇒ taken infinitely often (TLA+'s SF). Same entries as `fairness`. */
  readonly strongFairness?: readonly FairnessEntry[];
  /** Names of sets whose elements are interchangeable (symmetry reduction). */
  readonly symmetry?: readonly (keyof D & string)[];
  /** States with no enabled action are errors unless this is `false`. Default `true`. */
  readonly deadlock?: boolean;
}

/** A spec value. The phantom fields keep its types for `extendSpec`. */
export interface Spec<PD extends Record<string, ParamDef> = any, D extends Sets = any, S = any> extends SpecDefinition<PD, D, S> {
  readonly kind: "clusterspec/spec";
}

export const isSpec = (u: unknown): u is Spec =>
  typeof u === "object" && u !== null && (u as { kind?: unknown }).kind === "clusterspec/spec";

export function defineSpec<const PD extends Record<string, ParamDef> = {}, const D extends Sets = {}, S = unknown>(
  def: SpecDefinition<PD, D, S>,
): Spec<PD, D, S> {
  validateSpecDefinition(def);
  return Object.freeze({ ...def, kind: "clusterspec/spec" as const });
}

type Ctx<T> = T extends Spec<infer PD, infer D, any> ? SpecContext<ParamValues<PD>, D> : never;
type St<T> = T extends Spec<any, any, infer S> ? S : never;

/** Overrides for `extendSpec`: replace parts of actions (e.g. just a guard) or whole properties. */
export interface SpecOverrides<T extends Spec> {
  readonly name: string;
  readonly description?: string;
  /** New defaults for existing parameters (a mutant may need a configuration the base does not default to). */
  readonly paramDefaults?: Readonly<Record<string, number | boolean | string>>;
  readonly actions?: Readonly<Record<string, Partial<ActionDef<St<T>, Ctx<T>>> | null>>;
  readonly invariants?: Readonly<Record<string, InvariantDef<St<T>, Ctx<T>> | null>>;
  readonly sometimes?: Readonly<Record<string, WitnessDef<St<T>, Ctx<T>> | null>>;
  readonly liveness?: Readonly<Record<string, LivenessDef<St<T>, Ctx<T>> | null>>;
  readonly transitions?: Readonly<Record<string, TransitionDef<St<T>, Ctx<T>> | null>>;
  /** A new state constraint; `null` removes the base's. */
  readonly constraint?: ((s: St<T>, ctx: Ctx<T>) => boolean) | null;
  readonly fairness?: readonly FairnessEntry[];
  readonly strongFairness?: readonly FairnessEntry[];
  readonly init?: ((ctx: Ctx<T>) => St<T> | readonly St<T>[]) | InitWhere<St<T>, Ctx<T>>;
  readonly deadlock?: boolean;
  readonly symmetry?: readonly string[];
}

function merge<V>(base: Readonly<Record<string, V>> | undefined, over: Readonly<Record<string, Partial<V> | null>> | undefined, partial: boolean): Record<string, V> {
  const out: Record<string, V> = { ...(base ?? {}) };
  for (const [k, v] of Object.entries(over ?? {})) {
    if (v === null) delete out[k];
    else out[k] = (partial && out[k] ? { ...out[k], ...v } : v) as V;
  }
  return out;
}

/**
 * A variant of a spec that changes only what it names: an action's guard or apply, a new or
 * removed invariant. Mutants are written this way so the delta is the whole story.
 */
export function extendSpec<T extends Spec>(base: T, overrides: SpecOverrides<T>): T {
  validateSpecOverrides(base.name, overrides);
  const params: Record<string, ParamDef> = { ...(base.params ?? {}) };
  for (const [k, v] of Object.entries(overrides.paramDefaults ?? {})) {
    const def = params[k];
    if (!def) throw new Error(`extendSpec(${overrides.name}): base spec ${base.name} has no parameter ${k}`);
    params[k] = { ...def, default: v } as ParamDef;
  }
  const spec = Object.freeze({
    ...base,
    params,
    name: overrides.name,
    description: overrides.description ?? base.description,
    init: overrides.init ?? base.init,
    actions: merge(base.actions, overrides.actions as never, true),
    invariants: merge(base.invariants, overrides.invariants as never, false),
    sometimes: merge(base.sometimes, overrides.sometimes as never, false),
    liveness: merge(base.liveness, overrides.liveness as never, false),
    transitions: merge(base.transitions, overrides.transitions as never, false),
    constraint: overrides.constraint === null ? undefined : (overrides.constraint ?? base.constraint),
    fairness: overrides.fairness ?? base.fairness,
    strongFairness: overrides.strongFairness ?? base.strongFairness,
    deadlock: overrides.deadlock ?? base.deadlock,
    symmetry: overrides.symmetry ?? base.symmetry,
  }) as T;
  validateSpecDefinition(spec);
  return spec;
}
