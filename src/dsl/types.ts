/**
 * `t`: builders for finite state types. Each returns a real Effect `Schema` (so decoding, validation and
 * formatting come from Effect) annotated with the clusterspec finite-domain IR it stands for.
 * Plain Effect schemas work too where they are finite: `Schema.Boolean`, `Schema.Literal(s)`,
 * `Schema.Struct`, `Schema.NullOr`, and `Schema.Int.check(Schema.isBetween(...))`.
 */
import { Schema } from "effect";
import type { Lit } from "./domain.ts";

export const DOMAIN_ANNOTATION = "clusterspec/domain";

/** Annotation payload: which finite kind a schema node stands for (children are read from the AST). */
export type DomainAnnotation =
  | { readonly kind: "int"; readonly min: number; readonly max: number }
  | { readonly kind: "enum"; readonly values: readonly Lit[] }
  | { readonly kind: "id"; readonly set: readonly Lit[] }
  | { readonly kind: "record"; readonly keys: readonly Lit[] }
  | { readonly kind: "set"; readonly universe: readonly Lit[] }
  | { readonly kind: "setOf" }
  | { readonly kind: "seq"; readonly maxLen: number };

/** A schema whose decoded type is `T`. */
export type FiniteSchema<T> = Schema.Codec<T, any, never, never>;
export type TypeOf<S> = S extends Schema.Codec<infer T, any, any, any> ? T : never;

const annotate = <S extends Schema.Top>(schema: S, a: DomainAnnotation): S =>
  schema.annotate({ [DOMAIN_ANNOTATION]: a } as never) as S;

const literals = <L extends Lit>(values: readonly L[]): FiniteSchema<L> =>
  (values.length === 1 ? Schema.Literal(values[0] as never) : Schema.Literals(values as never)) as never;

function boolean(): FiniteSchema<boolean> {
  return Schema.Boolean;
}

/** An integer in `[min, max]` (both inclusive). */
function int(min: number, max: number): FiniteSchema<number> {
  return annotate(Schema.Int.check(Schema.isBetween({ minimum: min, maximum: max })), { kind: "int", min, max });
}

/** One of the given literals. */
function enumOf<const L extends readonly Lit[]>(...values: L): FiniteSchema<L[number]> {
  return annotate(literals(values), { kind: "enum", values });
}

/** An element of a declared set (`ctx.sets.Node`); symmetry reduction permutes these. */
function id<L extends Lit>(set: readonly L[]): FiniteSchema<L> {
  return annotate(literals(set.length === 0 ? ([null] as never) : set), { kind: "id", set });
}

/** `null` or a value of `inner`. */
function option<S extends Schema.Top>(inner: S): FiniteSchema<S["Type"] | null> {
  return Schema.NullOr(inner) as never;
}

/** A record with the given fields. */
function struct<F extends Record<string, Schema.Top>>(
  fields: F,
): FiniteSchema<{ readonly [K in keyof F]: F[K]["Type"] }> {
  return Schema.Struct(fields) as never;
}

/**
 * A total map from every key of a finite set to a value (`s.up[n]`). Typed with an index signature
 * rather than literal keys so that `s.up[n]` and `{ ...s.up, [n]: v }` type-check with action arguments.
 */
function record<K extends Lit, S extends Schema.Top>(
  keys: readonly K[],
  value: S,
): FiniteSchema<{ readonly [key: string]: S["Type"] }> {
  const fields: Record<string, Schema.Top> = {};
  for (const k of keys) fields[String(k)] = value;
  return annotate(Schema.Struct(fields) as never, { kind: "record", keys });
}

/**
 * A subset of a finite universe, as a `ReadonlySet`: `t.set(sets.Node)` (a list of literals), or a set of
 * structured elements, `t.set(t.struct({ type: t.enum("prepare"), rm: t.id(sets.RM) }))` or `t.set(t.tuple(…))`,
 * whose universe is every value of the element type. Structured members are compared by value when the state
 * is packed (two equal objects are one member); symmetry renames the ids inside them.
 */
function set<L extends Lit>(universe: readonly L[]): FiniteSchema<ReadonlySet<L>>;
function set<S extends Schema.Top>(element: S): FiniteSchema<ReadonlySet<S["Type"]>>;
function set(x: readonly Lit[] | Schema.Top): FiniteSchema<ReadonlySet<unknown>> {
  if (!Array.isArray(x)) return annotate(Schema.ReadonlySet(x as Schema.Top as never) as never, { kind: "setOf" });
  const universe = x as readonly Lit[];
  const element = universe.length === 0 ? Schema.Never : literals(universe);
  return annotate(Schema.ReadonlySet(element as never) as never, { kind: "set", universe });
}

/**
 * A sequence of at most `maxLen` elements (TLA+'s bounded `Seq(S)`), as a `ReadonlyArray`: append is
 * `[...q, x]`, head `q[0]`, tail `q.slice(1)`, `Len` is `q.length`, index `q[i]` (0-based).
 */
function seq<S extends Schema.Top>(elem: S, maxLen: number): FiniteSchema<ReadonlyArray<S["Type"]>> {
  return annotate(Schema.Array(elem as never).check(Schema.isMaxLength(maxLen)) as never, { kind: "seq", maxLen });
}

/** A fixed-length tuple (TLA+'s `<<a, b>>` in `S \X T`), as a readonly array: `t.tuple(t.id(sets.Node), t.int(0, 3))`. */
function tuple<const E extends readonly Schema.Top[]>(...elems: E): FiniteSchema<{ readonly [K in keyof E]: E[K]["Type"] }> {
  return Schema.Tuple(elems as never) as never;
}

export const t = { boolean: boolean(), int, enum: enumOf, id, option, struct, record, set, seq, tuple } as const;

/** `ids("n", 3)` is `["n1", "n2", "n3"]`: model values for a declared set. */
export function ids<P extends string>(prefix: P, count: number): readonly `${P}${number}`[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}` as `${P}${number}`);
}

/** `range(0, 3)` is `[0, 1, 2, 3]`; empty when `hi < lo`. */
export function range(lo: number, hi: number): readonly number[] {
  return hi < lo ? [] : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
