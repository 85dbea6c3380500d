/**
 * The finite-domain IR behind every state schema: plain data with a `kind` tag.
 * Interpreters (layout, codec, arbitraries, pretty-printing, symmetry) walk this, never the Effect AST.
 */

/** A literal value that can appear in a finite domain. */
export type Lit = string | number | boolean;

/** A declared finite set (a named entry of a spec's `sets`), or an anonymous literal list. */
export interface SetRef {
  readonly values: readonly Lit[];
  /** The name in the spec's `sets`, when the list is one of them; symmetry permutes named sets only. */
  readonly name?: string;
}

export type Domain =
  | { readonly kind: "bool" }
  | { readonly kind: "int"; readonly min: number; readonly max: number }
  | { readonly kind: "enum"; readonly values: readonly Lit[] }
  | { readonly kind: "id"; readonly set: SetRef }
  | { readonly kind: "option"; readonly inner: Domain }
  | { readonly kind: "struct"; readonly fields: ReadonlyArray<readonly [string, Domain]> }
  | { readonly kind: "record"; readonly keys: SetRef; readonly value: Domain }
  | { readonly kind: "set"; readonly universe: SetRef }
  /** A sequence of at most `maxLen` elements (TLA+'s `Seq(S)` bounded), as a `ReadonlyArray`. */
  | { readonly kind: "seq"; readonly elem: Domain; readonly maxLen: number }
  /** A fixed-length tuple (TLA+'s `S \X T`), as a readonly array. */
  | { readonly kind: "tuple"; readonly elems: readonly Domain[] }
  /** A set of structured elements (structs, tuples, options) over their finite universe: a bit per element. */
  | { readonly kind: "setOf"; readonly elem: Domain };

/** Number of distinct values of a domain (may be huge for compound domains; used for leaves only). */
export function cardinality(d: Domain): number {
  switch (d.kind) {
    case "bool":
      return 2;
    case "int":
      return d.max - d.min + 1;
    case "enum":
      return d.values.length;
    case "id":
      return d.set.values.length;
    case "option":
      return cardinality(d.inner) + 1;
    case "struct":
      return d.fields.reduce((n, [, f]) => n * cardinality(f), 1);
    case "record":
      return Math.pow(cardinality(d.value), d.keys.values.length);
    case "set":
      return Math.pow(2, d.universe.values.length);
    case "seq": {
      const c = cardinality(d.elem);
      let n = 0;
      for (let i = 0; i <= d.maxLen; i++) n += Math.pow(c, i);
      return n;
    }
    case "tuple":
      return d.elems.reduce((n, e) => n * cardinality(e), 1);
    case "setOf":
      return Math.pow(2, cardinality(d.elem));
  }
}

/** True when values of the domain are single scalars (one leaf in the packed layout). */
export const isScalar = (d: Domain): boolean =>
  d.kind === "bool" || d.kind === "int" || d.kind === "enum" || d.kind === "id" || (d.kind === "option" && isScalar(d.inner));
