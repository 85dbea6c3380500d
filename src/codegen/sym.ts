/**
 * Symbolic values of the translator. While a guard, apply or invariant is translated for one action
 * instance, every sub-expression evaluates to one of these: a value known at generation time (the
 * instance's arguments, parameters, sets, literals), a packed leaf read from the source state, a JS
 * boolean or number computed at run time, a view of a compound part of the source state, or a value the
 * function builds (an object with spreads, a set, a conditional between two of them).
 */
import type { Domain, Lit } from "../dsl/domain.ts";

export type Sym =
  | { readonly k: "const"; readonly v: unknown }
  /** A scalar leaf (or a computed index in a scalar domain): `code` is its index in `valuesOf(d)`. */
  | { readonly k: "leaf"; readonly d: Domain; readonly code: string }
  | { readonly k: "js"; readonly t: "boolean" | "number"; readonly code: string }
  /** A compound part of the source state at a layout path (`state.up`, `state.disk`). */
  | { readonly k: "view"; readonly d: Domain; readonly path: string }
  /** A built struct/record: fields over a base (a spread of a view or another object). */
  | { readonly k: "obj"; readonly base: Sym | null; readonly fields: ReadonlyMap<string, Sym> }
  /** A built set: membership per universe element, each a boolean symbol; `universe` null = all-const. */
  | { readonly k: "set"; readonly members: ReadonlyMap<Lit, Sym>; readonly closed: boolean }
  | { readonly k: "cond"; readonly c: string; readonly a: Sym; readonly b: Sym }
  /** An array known element by element at generation time (sets' element lists, `[...]` of symbols). */
  | { readonly k: "arr"; readonly items: readonly Sym[] }
  /** A function value: a helper of the spec module or an arrow function in the body. */
  /** `dsl` marks a DSL helper the translator builds itself from its arguments (`update`). */
  | { readonly k: "fn"; readonly call: (args: readonly Sym[]) => Sym; readonly dsl?: "update" };

/** Thrown when a construct cannot be translated; the reason is what `generate` reports. */
export class Untranslatable extends Error {}

export function unsupported(why: string): never {
  throw new Untranslatable(why);
}

/** What truthiness yields: a value known at generation time or a JS boolean expression. */
export type BoolSym = Extract<Sym, { k: "const" } | { k: "js" }>;

export const cst = (v: unknown): BoolSym => ({ k: "const", v });
export const TRUE: BoolSym = { k: "const", v: true };
export const FALSE: BoolSym = { k: "const", v: false };

/** The JS values of a scalar domain, by packed index (option: null first). */
export function valuesOf(d: Domain): readonly (Lit | null)[] {
  switch (d.kind) {
    case "bool":
      return [false, true];
    case "int":
      return Array.from({ length: d.max - d.min + 1 }, (_, i) => d.min + i);
    case "enum":
      return d.values;
    case "id":
      return d.set.values;
    case "option":
      return [null, ...valuesOf(d.inner)];
    default:
      return unsupported(`a ${d.kind} is not a scalar`);
  }
}

export const isScalarDomain = (d: Domain): boolean =>
  d.kind === "bool" || d.kind === "int" || d.kind === "enum" || d.kind === "id" || (d.kind === "option" && isScalarDomain(d.inner));

/** `i + k` when the values of `from` map into `to` by a constant offset; otherwise null. */
export function offsetBetween(from: readonly (Lit | null)[], to: readonly (Lit | null)[]): number | null {
  if (from.length === 0) return 0;
  const k = to.indexOf(from[0]!);
  if (k < 0) return null;
  return from.every((v, i) => to[i + k] === v) ? k : null;
}

/** Numeric values as `index + first` when they are consecutive integers. */
export function consecutiveFirst(values: readonly (Lit | null)[]): number | null {
  const first = values[0];
  return typeof first === "number" && values.every((v, i) => v === first + i) ? first : null;
}
