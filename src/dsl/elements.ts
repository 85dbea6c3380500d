/**
 * The finite universe of a structured set element (`t.set(t.struct(…))`, `t.set(t.tuple(…))`): every value of the
 * element domain, numbered in mixed radix (first field most significant, so index order is lexicographic order
 * of the fields). A set of such elements is packed as one bit per universe index, exactly like a set of literals;
 * `indexOf` is the member → bit map the encoder uses (no strings per state), `values` the bit → member map the
 * decoder uses (frozen, shared between decoded states — specs never mutate states).
 */
import type { Domain, Lit } from "./domain.ts";

/** The largest element universe a structured set may range over: one bit per element in every packed state. */
export const MAX_ELEMENT_UNIVERSE = 4096;

export interface ElementUniverse {
  readonly size: number;
  /** The index of a value in the universe, or -1 when it is not an element. */
  readonly indexOf: (v: unknown) => number;
  /** Every element, by index (frozen). */
  readonly values: readonly unknown[];
}

/** The kinds a structured set element may be built of (each has a finite, enumerable universe). */
export const isElementDomain = (d: Domain): boolean => {
  switch (d.kind) {
    case "bool":
    case "int":
    case "enum":
    case "id":
      return true;
    case "option":
      return isElementDomain(d.inner);
    case "struct":
      return d.fields.every(([, f]) => isElementDomain(f));
    case "tuple":
      return d.elems.every(isElementDomain);
    default:
      return false;
  }
};

/** Number of values of an element domain (`Infinity` past 2^53). */
export function elementCount(d: Domain): number {
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
      return elementCount(d.inner) + 1;
    case "struct":
      return d.fields.reduce((n, [, f]) => n * elementCount(f), 1);
    case "tuple":
      return d.elems.reduce((n, e) => n * elementCount(e), 1);
    default:
      return Infinity;
  }
}

function indexer(d: Domain): (v: unknown) => number {
  switch (d.kind) {
    case "bool":
      return (v) => (v === true ? 1 : v === false ? 0 : -1);
    case "int": {
      const { min, max } = d;
      return (v) => (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v - min : -1);
    }
    case "enum":
    case "id": {
      const m = new Map<unknown, number>((d.kind === "enum" ? d.values : d.set.values).map((x, i) => [x, i]));
      return (v) => m.get(v) ?? -1;
    }
    case "option": {
      const inner = indexer(d.inner);
      return (v) => {
        if (v === null) return 0;
        const i = inner(v);
        return i < 0 ? -1 : i + 1;
      };
    }
    case "struct":
    case "tuple": {
      const keys = d.kind === "struct" ? d.fields.map(([k]) => k) : d.elems.map((_, i) => i);
      const parts = (d.kind === "struct" ? d.fields.map(([, f]) => f) : d.elems).map((f) => ({ ix: indexer(f), card: elementCount(f) }));
      const isTuple = d.kind === "tuple";
      return (v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v) !== isTuple) return -1;
        if (isTuple && (v as unknown[]).length !== parts.length) return -1;
        let acc = 0;
        for (let j = 0; j < parts.length; j++) {
          const i = parts[j]!.ix((v as Record<string | number, unknown>)[keys[j]!]);
          if (i < 0) return -1;
          acc = acc * parts[j]!.card + i;
        }
        return acc;
      };
    }
    default:
      return () => -1;
  }
}

function valueAt(d: Domain, i: number): unknown {
  switch (d.kind) {
    case "bool":
      return i === 1;
    case "int":
      return d.min + i;
    case "enum":
      return d.values[i];
    case "id":
      return d.set.values[i];
    case "option":
      return i === 0 ? null : valueAt(d.inner, i - 1);
    case "struct":
    case "tuple": {
      const parts = d.kind === "struct" ? d.fields.map(([, f]) => f) : d.elems;
      const out: unknown[] = new Array(parts.length);
      for (let j = parts.length - 1; j >= 0; j--) {
        const c = elementCount(parts[j]!);
        out[j] = valueAt(parts[j]!, i % c);
        i = Math.floor(i / c);
      }
      return Object.freeze(d.kind === "tuple" ? out : Object.fromEntries(d.fields.map(([k], j) => [k, out[j]])));
    }
    default:
      throw new Error(`not an element domain: ${d.kind}`);
  }
}

const universes = new WeakMap<Domain, ElementUniverse>();

/** The universe of an element domain (callers bound its size first: it is materialised), built once per domain. */
export function elementUniverse(d: Domain): ElementUniverse {
  let u = universes.get(d);
  if (!u) {
    const size = elementCount(d);
    u = { size, indexOf: indexer(d), values: Array.from({ length: size }, (_, i) => valueAt(d, i)) };
    universes.set(d, u);
  }
  return u;
}

/**
 * The value with every id of a permuted set renamed: `perm[set][i]` is the image of the set's i-th element.
 * Used once per (permutation, element) when symmetry tables are built, never per state.
 */
export function renameIds(d: Domain, v: unknown, perm: Readonly<Record<string, readonly number[]>>): unknown {
  switch (d.kind) {
    case "id": {
      const p = d.set.name === undefined ? undefined : perm[d.set.name];
      if (!p) return v;
      return d.set.values[p[d.set.values.indexOf(v as Lit)]!];
    }
    case "option":
      return v === null ? null : renameIds(d.inner, v, perm);
    case "struct":
      return Object.fromEntries(d.fields.map(([k, f]) => [k, renameIds(f, (v as Record<string, unknown>)[k], perm)]));
    case "tuple":
      return d.elems.map((e, i) => renameIds(e, (v as unknown[])[i], perm));
    case "seq":
      return (v as unknown[]).map((x) => renameIds(d.elem, x, perm));
    default:
      return v;
  }
}
