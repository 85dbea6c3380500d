/**
 * The second half of a compiled apply: writing the symbolic result back into packed words. The
 * successor starts as a copy of the source words, so only leaves whose value may differ are written.
 * A value that may fall outside its domain gets a run-time check that returns `false` — the caller then
 * takes the spec's own apply, which reports the out-of-schema state exactly as the checker does.
 */
import type { Domain, Lit } from "../dsl/domain.ts";
import { consecutiveFirst, FALSE, isScalarDomain, offsetBetween, unsupported, valuesOf, type Sym } from "./sym.ts";
import { codeOf, member, readLeaf, setMembers, truthy, type WordContext } from "./values.ts";

export interface Writer {
  readonly cx: WordContext;
  readonly out: string[];
  tmp: number;
}

export function writeState(wr: Writer, d: Domain, path: string, v: Sym): void {
  const cx = wr.cx;
  if (isScalarDomain(d)) {
    const here = readLeaf(cx, path);
    if (v.k === "leaf" && v.code === here) return;
    // A set member rebuilt from the same member (`new Set([...s.reg, n])`) is the source bit unchanged.
    if (v.k === "js" && d.kind === "bool" && v.code === `(${here} === 1)`) return;
    const leaf = cx.leaves.get(path) ?? unsupported(`the packed layout has no leaf ${path}`);
    const idx = toIndex(wr, v, d);
    if (leaf.bits === 0) {
      if (idx !== "0") wr.out.push(`if (${idx} !== 0) return false;`);
      return;
    }
    const mask = leaf.bits === 32 ? 0xffffffff : ((2 ** leaf.bits - 1) * 2 ** leaf.shift) >>> 0;
    const keep = (~mask >>> 0).toString();
    const shifted = leaf.shift === 0 ? idx : `(${idx} << ${leaf.shift})`;
    wr.out.push(leaf.bits === 32 ? `out[${leaf.word}] = ${idx};` : `out[${leaf.word}] = (out[${leaf.word}] & ${keep}) | ${shifted};`);
    return;
  }
  if (v.k === "view" && v.path === path) return;
  switch (d.kind) {
    case "struct": {
      checkKeys(v, new Set(d.fields.map(([k]) => k)));
      for (const [k, f] of d.fields) writeState(wr, f, `${path}.${k}`, member(cx, v, k));
      return;
    }
    case "record": {
      checkKeys(v, new Set(d.keys.values.map(String)));
      for (const k of d.keys.values) writeState(wr, d.value, `${path}[${String(k)}]`, member(cx, v, k));
      return;
    }
    case "set": {
      const m = setMembers(cx, v);
      const universe = new Set<Lit>(d.universe.values);
      for (const [e, present] of m) {
        if (universe.has(e)) continue;
        const b = truthy(cx, present);
        if (b.k === "const" ? b.v : true) wr.out.push(b.k === "const" ? "return false;" : `if (${b.code}) return false;`);
      }
      for (const e of d.universe.values) writeState(wr, { kind: "bool" }, `${path}{${String(e)}}`, boolLeaf(cx, m.get(e) ?? FALSE));
      return;
    }
    default:
      unsupported(`writes a ${d.kind} that is not a scalar (an optional struct, record or set)`);
  }
}

/** A set member as a bool-domain symbol, keeping unchanged source bits recognisable. */
function boolLeaf(cx: WordContext, s: Sym): Sym {
  if (s.k === "leaf" && s.d.kind === "bool") return s;
  return truthy(cx, s);
}

/** Fields of a built object that the schema does not have would be dropped by the encoder: refuse them. */
function checkKeys(v: Sym, allowed: ReadonlySet<string>): void {
  for (let o: Sym | null = v; o !== null && o.k === "obj"; o = o.base)
    for (const k of o.fields.keys()) if (!allowed.has(k)) unsupported(`builds a field ${k} that the schema does not declare`);
}

/** Code for the packed index of `v` in scalar domain `d`, with checks that fall back when out of range. */
export function toIndex(wr: Writer, v: Sym, d: Domain): string {
  const cx = wr.cx;
  const dv = valuesOf(d);
  switch (v.k) {
    case "const": {
      const i = dv.indexOf(v.v as Lit | null);
      if (i < 0) wr.out.push("return false;");
      return String(Math.max(i, 0));
    }
    case "leaf": {
      const sv = valuesOf(v.d);
      const k = offsetBetween(sv, dv);
      if (k !== null) return k === 0 ? v.code : `(${v.code} + ${k})`;
      const map = sv.map((x) => dv.indexOf(x));
      const t = `t${wr.tmp++}`;
      wr.out.push(`const ${t} = ${cx.table(map)}[${v.code}]!;`);
      if (map.some((i) => i < 0)) wr.out.push(`if (${t} < 0) return false;`);
      return t;
    }
    case "js": {
      if (v.t === "boolean") {
        const f = dv.indexOf(false);
        const tr = dv.indexOf(true);
        if (f < 0 || tr < 0) return unsupported("writes a boolean into a non-boolean field");
        return `(${v.code} ? ${tr} : ${f})`;
      }
      const inner = d.kind === "option" ? valuesOf(d.inner) : dv;
      const first = consecutiveFirst(inner);
      if (first === null) return unsupported("writes a computed number into a field whose values are not consecutive integers");
      const t = `t${wr.tmp++}`;
      const lift = d.kind === "option" ? 1 : 0;
      wr.out.push(`const ${t} = ${v.code} - ${first - lift};`);
      wr.out.push(`if (${lift ? `${t} < 1 || ` : ""}${t} >>> 0 > ${inner.length - 1 + lift}) return false;`);
      return t;
    }
    case "cond": {
      const a = toIndex(wr, v.a, d);
      const b = toIndex(wr, v.b, d);
      return a === b ? a : `(${v.c} ? ${a} : ${b})`;
    }
    default:
      return unsupported(`writes a ${v.k} into a scalar field`);
  }
}

export { codeOf };
