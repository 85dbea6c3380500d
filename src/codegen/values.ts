/**
 * Operations on symbolic values (`sym.ts`) that produce code over packed words: truthiness, equality,
 * numbers, field and element access, set membership, conditionals. Each returns a new symbol; whatever
 * has no word-level meaning throws `Untranslatable` with the reason.
 */
import type { Domain, Lit } from "../dsl/domain.ts";
import { consecutiveFirst, cst, FALSE, isScalarDomain, offsetBetween, TRUE, unsupported, valuesOf, type BoolSym, type Sym } from "./sym.ts";
import type { Leaf } from "../checker/layout.ts";

/** What the value operations need: leaves by path and a pool for lookup tables. */
export interface WordContext {
  readonly leaves: ReadonlyMap<string, Leaf>;
  /** Interns a lookup table and returns the name of the module constant holding it. */
  table(values: readonly number[]): string;
}

export function readLeaf(cx: WordContext, path: string): string {
  const leaf = cx.leaves.get(path) ?? unsupported(`the packed layout has no leaf ${path}`);
  if (leaf.bits === 0) return "0";
  const mask = leaf.bits === 32 ? 0xffffffff : (2 ** leaf.bits - 1) >>> 0;
  const word = `w[o + ${leaf.word}]`;
  return leaf.shift === 0 ? (leaf.bits === 32 ? word : `(${word} & ${mask})`) : `((${word} >>> ${leaf.shift}) & ${mask})`;
}

/** A part of the source state at `path`: a leaf symbol for scalars, a view otherwise. */
export function atPath(cx: WordContext, d: Domain, path: string): Sym {
  return isScalarDomain(d) ? { k: "leaf", d, code: readLeaf(cx, path) } : { k: "view", d, path };
}

const jsb = (code: string): BoolSym => ({ k: "js", t: "boolean", code });
const jsn = (code: string): Sym => ({ k: "js", t: "number", code });

/** The symbol as a boolean (JS truthiness): a const or a JS boolean expression. */
export function truthy(cx: WordContext, s: Sym): BoolSym {
  switch (s.k) {
    case "const":
      return cst(Boolean(s.v));
    case "js":
      return s.t === "boolean" ? s : jsb(`(${s.code} !== 0)`);
    case "leaf": {
      const vs = valuesOf(s.d);
      const yes = vs.map((v) => (v ? 1 : 0));
      if (yes.every((y) => y === 1)) return TRUE;
      if (yes.every((y) => y === 0)) return FALSE;
      if (s.d.kind === "bool") return jsb(`(${s.code} === 1)`);
      if (yes[0] === 0 && yes.slice(1).every((y) => y === 1)) return jsb(`(${s.code} !== 0)`);
      return jsb(`(${cx.table(yes)}[${s.code}] === 1)`);
    }
    case "cond":
      return merge(cx, s.c, truthy(cx, s.a), truthy(cx, s.b)) as BoolSym;
    case "view":
    case "obj":
    case "set":
    case "arr":
    case "fn":
      return TRUE;
  }
}

export const codeOf = (s: Sym): string => {
  if (s.k === "const") return typeof s.v === "string" ? JSON.stringify(s.v) : String(s.v);
  if (s.k === "js" || s.k === "leaf") return s.code;
  return unsupported(`a ${s.k} value used as a scalar`);
};

export function not(cx: WordContext, s: Sym): Sym {
  const b = truthy(cx, s);
  return b.k === "const" ? cst(!b.v) : jsb(`!${b.code}`);
}

export function and(cx: WordContext, a: Sym, b: () => Sym): Sym {
  const x = truthy(cx, a);
  if (x.k === "const") return x.v ? truthy(cx, b()) : FALSE;
  const y = truthy(cx, b());
  if (y.k === "const") return y.v ? x : FALSE;
  return jsb(`(${codeOf(x)} && ${codeOf(y)})`);
}

export function or(cx: WordContext, a: Sym, b: () => Sym): Sym {
  const x = truthy(cx, a);
  if (x.k === "const") return x.v ? TRUE : truthy(cx, b());
  const y = truthy(cx, b());
  if (y.k === "const") return y.v ? TRUE : x;
  return jsb(`(${codeOf(x)} || ${codeOf(y)})`);
}

/** The symbol as a JS number (numeric leaves whose values are consecutive integers). */
export function num(cx: WordContext, s: Sym): Sym {
  switch (s.k) {
    case "const":
      return typeof s.v === "number" ? s : unsupported(`arithmetic on ${JSON.stringify(s.v)}`);
    case "js":
      return s.t === "number" ? s : unsupported("arithmetic on a boolean");
    case "leaf": {
      const vs = valuesOf(s.d);
      const first = consecutiveFirst(vs);
      if (first !== null) return first === 0 ? jsn(s.code) : jsn(`(${s.code} + ${first})`);
      if (vs.every((v) => typeof v === "number")) return jsn(`${cx.table(vs as number[])}[${s.code}]`);
      return unsupported("arithmetic on a non-numeric field");
    }
    case "cond":
      return merge(cx, s.c, num(cx, s.a), num(cx, s.b));
    default:
      return unsupported(`arithmetic on a ${s.k}`);
  }
}

/** `a === b` as a boolean symbol. */
export function eq(cx: WordContext, a: Sym, b: Sym): Sym {
  if (a.k === "cond") return merge(cx, a.c, eq(cx, a.a, b), eq(cx, a.b, b));
  if (b.k === "cond") return merge(cx, b.c, eq(cx, a, b.a), eq(cx, a, b.b));
  if (a.k === "const" && b.k === "const") return cst(a.v === b.v);
  if (a.k === "const") return eq(cx, b, a);
  if (a.k === "leaf" && b.k === "const") {
    const i = valuesOf(a.d).indexOf(b.v as Lit | null);
    return i < 0 ? FALSE : jsb(`(${a.code} === ${i})`);
  }
  if (a.k === "leaf" && b.k === "leaf") {
    const av = valuesOf(a.d);
    const bv = valuesOf(b.d);
    const k = offsetBetween(bv, av);
    if (k !== null) return jsb(k === 0 ? `(${a.code} === ${b.code})` : `(${a.code} === ${b.code} + ${k})`);
    return jsb(`(${a.code} === ${cx.table(bv.map((v) => av.indexOf(v)))}[${b.code}])`);
  }
  if (a.k === "js" && b.k === "const") return jsb(`(${a.code} === ${codeOf(b)})`);
  if (a.k === "leaf" && b.k === "js") return eq(cx, b, a);
  if (a.k === "js" && b.k === "leaf") {
    if (a.t === "boolean") return b.d.kind === "bool" ? jsb(`(${a.code} === (${b.code} === 1))`) : FALSE;
    return jsb(`(${a.code} === ${codeOf(num(cx, b))})`);
  }
  if (a.k === "js" && b.k === "js") return jsb(`(${a.code} === ${b.code})`);
  return unsupported("compares compound values with ===");
}

/** A conditional between two symbols, folded to a scalar when both sides are scalars of one kind. */
export function merge(cx: WordContext, c: string, a: Sym, b: Sym): Sym {
  if (a.k === "const" && b.k === "const" && a.v === b.v) return a;
  if (a.k === "leaf" && b.k === "leaf" && a.code === b.code) return a;
  const bool = (s: Sym) => (s.k === "const" && typeof s.v === "boolean") || (s.k === "js" && s.t === "boolean");
  if (bool(a) && bool(b)) return jsb(`(${c} ? ${codeOf(a)} : ${codeOf(b)})`);
  const numeric = (s: Sym) => (s.k === "const" && typeof s.v === "number") || (s.k === "js" && s.t === "number");
  if (numeric(a) && numeric(b)) return jsn(`(${c} ? ${codeOf(a)} : ${codeOf(b)})`);
  if (a.k === "leaf" && (b.k === "leaf" || b.k === "const")) {
    const idx = indexIn(cx, b, a.d);
    if (idx !== null) return { k: "leaf", d: a.d, code: `(${c} ? ${a.code} : ${idx})` };
  }
  if (b.k === "leaf" && a.k === "const") {
    const idx = indexIn(cx, a, b.d);
    if (idx !== null) return { k: "leaf", d: b.d, code: `(${c} ? ${idx} : ${b.code})` };
  }
  return { k: "cond", c, a, b };
}

/** The index of a const or leaf in domain `d` when it is always in it; null when it may not be. */
function indexIn(cx: WordContext, s: Sym, d: Domain): string | null {
  const dv = valuesOf(d);
  if (s.k === "const") {
    const i = dv.indexOf(s.v as Lit | null);
    return i < 0 ? null : String(i);
  }
  if (s.k === "leaf") {
    const sv = valuesOf(s.d);
    const k = offsetBetween(sv, dv);
    if (k !== null) return k === 0 ? s.code : `(${s.code} + ${k})`;
    const map = sv.map((v) => dv.indexOf(v));
    return map.every((i) => i >= 0) ? `${cx.table(map)}[${s.code}]` : null;
  }
  return null;
}

/** `obj[key]` / `obj.key` for a key known at generation time. */
export function member(cx: WordContext, obj: Sym, key: Lit): Sym {
  switch (obj.k) {
    case "view": {
      const d = obj.d;
      if (d.kind === "struct") {
        const f = d.fields.find(([k]) => k === String(key));
        return f ? atPath(cx, f[1], `${obj.path}.${f[0]}`) : cst(undefined);
      }
      if (d.kind === "record") {
        const k = d.keys.values.find((v) => String(v) === String(key));
        return k === undefined ? cst(undefined) : atPath(cx, d.value, `${obj.path}[${String(k)}]`);
      }
      if (d.kind === "set" && key === "size") return setSize(cx, setMembers(cx, obj));
      return unsupported(`reads .${String(key)} of a ${d.kind}`);
    }
    case "obj":
      return obj.fields.get(String(key)) ?? (obj.base ? member(cx, obj.base, key) : cst(undefined));
    case "cond":
      return merge(cx, obj.c, member(cx, obj.a, key), member(cx, obj.b, key));
    case "set":
      if (key === "size") return setSize(cx, obj.members);
      return unsupported(`reads .${String(key)} of a set`);
    case "arr":
      if (key === "length") return arrLength(cx, obj);
      if (typeof key === "number") return obj.items[key] ?? cst(undefined);
      return unsupported(`reads .${String(key)} of an array`);
    case "const": {
      const v = obj.v as Record<string, unknown> | null | undefined;
      if (v === null || v === undefined) return unsupported(`reads .${String(key)} of ${String(v)}`);
      if (v instanceof Set && key === "size") return cst(v.size);
      return cst(v[String(key)]);
    }
    default:
      return unsupported(`reads .${String(key)} of a ${obj.k}`);
  }
}

/** `obj[key]` for a key computed at run time: one alternative per possible key value. */
export function memberAt(cx: WordContext, obj: Sym, key: Sym): Sym {
  if (key.k === "const") return member(cx, obj, key.v as Lit);
  if (key.k !== "leaf") return unsupported("indexes with a computed number");
  const keys = valuesOf(key.d).filter((v): v is Lit => v !== null);
  if (keys.length === 0) return unsupported("indexes with an empty domain");
  let out = member(cx, obj, keys[keys.length - 1]!);
  for (let i = keys.length - 2; i >= 0; i--) out = merge(cx, codeOf(eq(cx, key, cst(keys[i]))), member(cx, obj, keys[i]!), out);
  if (valuesOf(key.d).includes(null)) out = merge(cx, codeOf(eq(cx, key, cst(null))), cst(undefined), out);
  return out;
}

/** Membership per element of a set-valued symbol. */
export function setMembers(cx: WordContext, s: Sym): ReadonlyMap<Lit, Sym> {
  switch (s.k) {
    case "set":
      return s.members;
    case "view":
      if (s.d.kind !== "set") return unsupported(`uses a ${s.d.kind} as a set`);
      return new Map(s.d.universe.values.map((e) => [e, { k: "leaf", d: { kind: "bool" }, code: readLeaf(cx, `${s.path}{${String(e)}}`) } as Sym]));
    case "cond": {
      const a = setMembers(cx, s.a);
      const b = setMembers(cx, s.b);
      const out = new Map<Lit, Sym>();
      for (const e of new Set([...a.keys(), ...b.keys()])) out.set(e, merge(cx, s.c, truthy(cx, a.get(e) ?? FALSE), truthy(cx, b.get(e) ?? FALSE)));
      return out;
    }
    case "const":
      if (s.v instanceof Set) return new Map([...s.v].map((e) => [e as Lit, TRUE]));
      return unsupported("uses a non-set constant as a set");
    default:
      return unsupported(`uses a ${s.k} as a set`);
  }
}

export function setHas(cx: WordContext, set: Sym, x: Sym): Sym {
  const m = setMembers(cx, set);
  if (x.k === "const") return m.has(x.v as Lit) ? truthy(cx, m.get(x.v as Lit)!) : FALSE;
  let out: Sym = FALSE;
  for (const [e, present] of m) out = or(cx, out, () => and(cx, eq(cx, x, cst(e)), () => present));
  return out;
}

export function setSize(cx: WordContext, m: ReadonlyMap<Lit, Sym>): Sym {
  let n = 0;
  const parts: string[] = [];
  for (const p of m.values()) {
    const b = truthy(cx, p);
    if (b.k === "const") n += b.v ? 1 : 0;
    else parts.push(`(${b.code} ? 1 : 0)`);
  }
  return parts.length === 0 ? cst(n) : jsn(`(${[String(n), ...parts].join(" + ")})`);
}

/** Items of an array symbol with their presence conditions (filters keep the array's length open). */
export interface Item {
  readonly v: Sym;
  readonly when: Sym;
}

export function itemsOf(cx: WordContext, s: Sym): readonly Item[] {
  if (s.k === "arr") return s.items.map((v) => (v.k === "obj" && v.fields.has("__item") ? { v: v.fields.get("__item")!, when: v.fields.get("__when")! } : { v, when: TRUE }));
  if (s.k === "const" && Array.isArray(s.v)) return s.v.map((v) => ({ v: cst(v), when: TRUE }));
  return [...setMembers(cx, s)].map(([e, when]) => ({ v: cst(e), when: truthy(cx, when) }));
}

/** An array whose items may be conditional (the result of `filter`). */
export const arrOf = (items: readonly Item[]): Sym => ({
  k: "arr",
  items: items.map((it) => (it.when.k === "const" && it.when.v === true ? it.v : { k: "obj", base: null, fields: new Map([["__item", it.v], ["__when", it.when]]) })),
});

function arrLength(cx: WordContext, s: Sym): Sym {
  return setSize(cx, new Map(itemsOf(cx, s).map((it, i) => [i, it.when])));
}
