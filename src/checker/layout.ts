/**
 * Packed state layout: the domain IR flattened into leaves (one small unsigned integer each) at fixed
 * bit offsets in a few 32-bit words. `compileCodec` turns the layout into straight-line encode/decode
 * functions (built once per spec with `new Function`), so the hot path does property reads and shifts,
 * never strings or JSON.
 */
import { ClusterspecError } from "../core/errors.ts";
import type { Domain, Lit } from "../dsl/domain.ts";
import { elementUniverse } from "../dsl/elements.ts";

export interface Leaf {
  /** Printable path, e.g. `state.up[n1]`. Built once at compile time. */
  readonly path: string;
  readonly card: number;
  readonly bits: number;
  readonly word: number;
  readonly shift: number;
  /** For symmetry: the (set name, key index) of every record/set level above this leaf. */
  readonly coords: ReadonlyArray<readonly [string | undefined, number]>;
  /** For symmetry: the set name when the leaf value is an element of a named set (`id` or `option(id)`). */
  readonly valueSet?: string;
  /** Offset of element indices in the leaf value: 0 for `id`, 1 for `option(id)` (0 is null). */
  readonly valueOffset: number;
  /**
   * The path with every record key and set element replaced by `[]`/`{}`: with `coords` it identifies the
   * leaf independently of key values (symmetry maps a leaf to the one at the permuted coordinates).
   */
  readonly shape: string;
  /**
   * The presence conditions of the compound options and sequence slots enclosing this leaf, as
   * `[leaf, above]`: the leaf is real only while `leaves[leaf] > above` (an option's `path?` flag above 0, a
   * sequence's length above the slot index). Otherwise it is an all-zero placeholder: symmetry must leave it 0,
   * not rename it as an element.
   */
  readonly guards: ReadonlyArray<readonly [number, number]>;
  /**
   * For a member bit of a set of structured elements (`t.set(t.struct(…))`): the element domain and the
   * element's index in its universe. Symmetry moves the bit to the index of the element with its ids renamed.
   */
  readonly element?: { readonly domain: Domain; readonly index: number };
}

export interface Layout {
  readonly leaves: readonly Leaf[];
  readonly words: number;
  readonly bits: number;
}

// Math.clz32 works on uint32: beyond 2^32 values it would wrap (2^33 values → 0 bits), so say "too many" instead.
const bitsFor = (card: number): number => (card <= 1 ? 0 : card > 2 ** 32 ? 33 : 32 - Math.clz32(card - 1));

export function makeLayout(root: Domain): Layout {
  const leaves: Leaf[] = [];
  let word = 0;
  let shift = 0;
  let total = 0;
  let shape = "state";
  let guards: Array<readonly [number, number]> = [];
  const push = (path: string, card: number, coords: Leaf["coords"], valueSet?: string, valueOffset = 0, suffix = "", element?: Leaf["element"]) => {
    const bits = bitsFor(card);
    if (bits > 32)
      throw new ClusterspecError({
        code: "CS120",
        message: `Field ${path} has ${card.toLocaleString("en-US")} possible values; a field may have at most 2^32 (an integer range of at most 4,294,967,296 values).`,
        where: { field: path, values: card },
        hint: "Narrow the range (model checking enumerates values: a few per field are what small-scope checking needs).",
      });
    if (shift + bits > 32) {
      word++;
      shift = 0;
    }
    leaves.push({ path, card, bits, word, shift, coords, valueSet, valueOffset, shape: shape + suffix, guards, ...(element ? { element } : {}) });
    shift += bits;
    total += bits;
  };
  /** Walks `d` with `shape` extended by `part` for the duration of the walk. */
  const within = (part: string, f: () => void) => {
    const saved = shape;
    shape += part;
    f();
    shape = saved;
  };
  const walk = (d: Domain, path: string, coords: Leaf["coords"]): void => {
    switch (d.kind) {
      case "bool":
        return push(path, 2, coords);
      case "int":
        return push(path, d.max - d.min + 1, coords);
      case "enum":
        return push(path, d.values.length, coords);
      case "id":
        return push(path, d.set.values.length, coords, d.set.name, 0);
      case "option":
        if (d.inner.kind === "id") return push(path, d.inner.set.values.length + 1, coords, d.inner.set.name, 1);
        if (d.inner.kind === "bool" || d.inner.kind === "int" || d.inner.kind === "enum")
          return push(path, cardOfScalar(d.inner) + 1, coords);
        {
          push(`${path}?`, 2, coords, undefined, 0, "?");
          const saved = guards;
          guards = [...guards, [leaves.length - 1, 0]];
          // "!" keeps an inner option's own flag (`x!?`) apart from this one (`x?`) in shapes.
          within("!", () => walk(d.inner, path, coords));
          guards = saved;
        }
        return;
      case "struct":
        for (const [k, f] of d.fields) within(`.${JSON.stringify(k)}`, () => walk(f, `${path}.${k}`, coords));
        return;
      case "record":
        within("[]", () => d.keys.values.forEach((k, i) => walk(d.value, `${path}[${String(k)}]`, [...coords, [d.keys.name, i]])));
        return;
      case "set":
        within("{}", () => d.universe.values.forEach((k, i) => push(`${path}{${String(k)}}`, 2, [...coords, [d.universe.name, i]])));
        return;
      case "tuple":
        d.elems.forEach((e, i) => within(`.#${i}`, () => walk(e, `${path}[${i}]`, coords)));
        return;
      case "seq": {
        // The length, then maxLen slots; slot i is a placeholder (all zero) unless the length is above i.
        push(`${path}.length`, d.maxLen + 1, coords, undefined, 0, "#");
        const len = leaves.length - 1;
        const saved = guards;
        for (let i = 0; i < d.maxLen; i++) {
          guards = [...saved, [len, i]];
          within(`@${i}`, () => walk(d.elem, `${path}[${i}]`, coords));
        }
        guards = saved;
        return;
      }
      case "setOf": {
        // One bit per element of the universe, contiguous, so encode/decode can iterate members and scan bits.
        const u = elementUniverse(d.elem);
        within("{}", () => u.values.forEach((v, i) => push(`${path}{${JSON.stringify(v)}}`, 2, [...coords, [undefined, i]], undefined, 0, "", { domain: d.elem, index: i })));
        return;
      }
    }
  };
  walk(root, "state", []);
  return { leaves, words: Math.max(1, word + (shift > 0 || leaves.length === 0 ? 1 : 0)), bits: total };
}

function cardOfScalar(d: Domain): number {
  return d.kind === "bool" ? 2 : d.kind === "int" ? d.max - d.min + 1 : d.kind === "enum" ? d.values.length : 0;
}

/** Thrown by the encoder when a value is outside the schema; the caller adds spec/action context. */
export class OutOfDomain extends Error {
  constructor(
    readonly path: string,
    readonly value: unknown,
    /** For a set: the value is a member outside the set's universe (not the set itself). */
    readonly member = false,
  ) {
    super(`value at ${path} is outside the schema`);
  }
}

/** Sets over a universe larger than this are encoded by iterating their members and decoded by a bit scan. */
export const SCAN_SET_ABOVE = 16;

/**
 * Writes the members of `set` as bits `base + index` (global bit positions in `w[off..]`): a cost proportional
 * to the members present, in a small function V8 optimises once for every large set of every spec.
 */
function encodeSetBits(set: ReadonlySet<unknown>, index: ReadonlyMap<unknown, number>, base: number, w: Uint32Array, off: number, path: string): void {
  for (const x of set) {
    const i = index.get(x);
    if (i === undefined) throw new OutOfDomain(path, x, true);
    const b = base + i;
    w[off + (b >>> 5)]! |= 1 << (b & 31);
  }
}

/** Writes the members of a set of structured elements as bits `base + indexOf(member)` (equal members share a bit). */
function encodeElementBits(set: ReadonlySet<unknown>, indexOf: (v: unknown) => number, base: number, w: Uint32Array, off: number, path: string): void {
  for (const x of set) {
    const i = indexOf(x);
    if (i < 0) throw new OutOfDomain(path, x, true);
    const b = base + i;
    w[off + (b >>> 5)]! |= 1 << (b & 31);
  }
}

/** Adds the universe elements whose bits `base .. base+n` are set, scanning set bits only, in universe order. */
function decodeSetBits(w: Uint32Array, off: number, base: number, universe: readonly unknown[], out: Set<unknown>): Set<unknown> {
  const end = base + universe.length;
  for (let word = base >>> 5; word << 5 < end; word++) {
    let m = w[off + word]!;
    const lo = word << 5;
    if (lo < base) m &= ~((1 << (base - lo)) - 1);
    if (lo + 32 > end) m &= (1 << (end - lo)) - 1;
    while (m !== 0) {
      const low = m & -m;
      out.add(universe[lo + 31 - Math.clz32(low) - base]);
      m ^= low;
    }
  }
  return out;
}

/** Per-leaf word, shift and mask tables, for the table-driven unpack/pack of large layouts. */
const UNROLL_LEAVES = 256;

export interface Codec {
  /** Zeroes `w[off .. off+words)` and writes the packed state there. Throws OutOfDomain on a bad value. */
  readonly encode: (s: unknown, w: Uint32Array, off: number) => void;
  readonly decode: (w: Uint32Array, off: number) => any;
  /** Unpack into one integer per leaf (symmetry works on leaves). */
  readonly unpack: (w: Uint32Array, off: number, leaves: Int32Array) => void;
  readonly pack: (leaves: Int32Array, w: Uint32Array, off: number) => void;
}

const lit = (v: Lit): string => (typeof v === "string" ? JSON.stringify(v) : String(v));
/** A literal's property name as written in an object literal: `"__proto__": v` would set the prototype, `["__proto__"]: v` is a field. */
const ownKey = (k: string): string => (k === '"__proto__"' ? `[${k}]` : k);
const key = (v: Lit): string => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? String(v) : JSON.stringify(String(v)));

export function compileCodec(root: Domain, layout: Layout): Codec {
  const consts: unknown[] = [];
  const constRef = (v: unknown): string => {
    consts.push(v);
    return `k[${consts.length - 1}]`;
  };
  let leafIndex = 0;
  let tmp = 0;
  const enc: string[] = [];
  const put = (expr: string) => {
    const leaf = layout.leaves[leafIndex++]!;
    if (leaf.bits === 0) enc.push(`if ((${expr}) !== 0) fail(${JSON.stringify(leaf.path)}, ${expr});`);
    else enc.push(`w[off + ${leaf.word}] |= (${expr}) << ${leaf.shift};`);
  };
  const pathOf = () => JSON.stringify(layout.leaves[leafIndex]!.path);
  const scalarIndex = (d: Domain, v: string): string => {
    const p = pathOf();
    switch (d.kind) {
      case "bool":
        return `(${v} === true ? 1 : ${v} === false ? 0 : fail(${p}, ${v}))`;
      case "int":
        return `((${v} - ${d.min}) >>> 0 <= ${d.max - d.min} && Number.isInteger(${v}) ? ${v} - ${d.min} : fail(${p}, ${v}))`;
      case "enum":
      case "id": {
        const values = d.kind === "enum" ? d.values : d.set.values;
        // Consecutive integers (range sets) index by subtraction; anything else through a Map.
        const first = values[0];
        if (typeof first === "number" && values.every((x, i) => x === first + i))
          return `((${v} - ${first}) >>> 0 <= ${values.length - 1} && Number.isInteger(${v}) ? ${v} - ${first} : fail(${p}, ${v}))`;
        const m = constRef(new Map(values.map((x, i) => [x, i])));
        return `(${m}.get(${v}) ?? fail(${p}, ${v}))`;
      }
      default:
        throw new Error("not scalar");
    }
  };
  const encWalk = (d: Domain, v: string): void => {
    switch (d.kind) {
      case "bool":
      case "int":
      case "enum":
      case "id":
        return put(scalarIndex(d, v));
      case "option":
        if (d.inner.kind === "bool" || d.inner.kind === "int" || d.inner.kind === "enum" || d.inner.kind === "id")
          return put(`(${v} === null ? 0 : 1 + ${scalarIndex(d.inner, v)})`);
        {
          const t = `v${tmp++}`;
          enc.push(`const ${t} = ${v};`);
          put(`(${t} === null ? 0 : 1)`);
          enc.push(`if (${t} !== null) {`);
          encWalk(d.inner, t);
          enc.push(`}`);
        }
        return;
      case "struct": {
        const t = `v${tmp++}`;
        enc.push(`const ${t} = ${v}; if (typeof ${t} !== "object" || ${t} === null) fail(${pathOf()}, ${t});`);
        for (const [k, f] of d.fields) encWalk(f, `${t}[${JSON.stringify(k)}]`);
        return;
      }
      case "record": {
        const t = `v${tmp++}`;
        enc.push(`const ${t} = ${v}; if (typeof ${t} !== "object" || ${t} === null) fail(${pathOf()}, ${t});`);
        for (const k of d.keys.values) encWalk(d.value, `${t}[${key(k)}]`);
        return;
      }
      case "set": {
        const t = `v${tmp++}`;
        if (d.universe.values.length > SCAN_SET_ABOVE) {
          const first = layout.leaves[leafIndex]!;
          const setPath = JSON.stringify(first.path.slice(0, first.path.lastIndexOf("{")));
          enc.push(`const ${t} = ${v}; if (!(${t} instanceof Set)) fail(${setPath}, ${t});`);
          enc.push(`setBits(${t}, ${constRef(new Map(d.universe.values.map((x, i) => [x, i])))}, ${first.word * 32 + first.shift}, w, off, ${setPath});`);
          leafIndex += d.universe.values.length;
          return;
        }
        const c = `c${tmp++}`;
        enc.push(`const ${t} = ${v}; if (!(${t} instanceof Set)) fail(${pathOf()}, ${t}); let ${c} = 0;`);
        for (const k of d.universe.values) {
          const b = `b${tmp++}`;
          enc.push(`const ${b} = ${t}.has(${lit(k)}) ? 1 : 0; ${c} += ${b};`);
          put(b);
        }
        {
          // Some member is outside the universe: name it, not the set.
          const last = layout.leaves[leafIndex - 1]?.path ?? "state.{";
          const setPath = JSON.stringify(last.slice(0, last.lastIndexOf("{")));
          enc.push(`if (${c} !== ${t}.size) outside(${setPath}, ${t}, ${constRef(new Set(d.universe.values))});`);
        }
        return;
      }
      case "tuple": {
        const t = `v${tmp++}`;
        enc.push(`const ${t} = ${v}; if (!Array.isArray(${t}) || ${t}.length !== ${d.elems.length}) fail(${pathOf()}, ${t});`);
        d.elems.forEach((e, i) => encWalk(e, `${t}[${i}]`));
        return;
      }
      case "seq": {
        const t = `v${tmp++}`;
        const seqPath = JSON.stringify(layout.leaves[leafIndex]!.path.slice(0, -".length".length));
        enc.push(`const ${t} = ${v}; if (!Array.isArray(${t}) || ${t}.length > ${d.maxLen}) fail(${seqPath}, ${t});`);
        put(`${t}.length`);
        for (let i = 0; i < d.maxLen; i++) {
          enc.push(`if (${t}.length > ${i}) {`);
          encWalk(d.elem, `${t}[${i}]`);
          enc.push(`}`);
        }
        return;
      }
      case "setOf": {
        const t = `v${tmp++}`;
        const first = layout.leaves[leafIndex]!;
        const u = elementUniverse(d.elem);
        // The first member's path is `<set>{<JSON of universe[0]>}`.
        const setPath = JSON.stringify(first.path.slice(0, first.path.length - JSON.stringify(u.values[0]).length - 2));
        enc.push(`const ${t} = ${v}; if (!(${t} instanceof Set)) fail(${setPath}, ${t});`);
        enc.push(`elementBits(${t}, ${constRef(u.indexOf)}, ${first.word * 32 + first.shift}, w, off, ${setPath});`);
        leafIndex += u.size;
        return;
      }
    }
  };
  encWalk(root, "s");
  const zero = layout.words > 16 ? `w.fill(0, off, off + ${layout.words});` : Array.from({ length: layout.words }, (_, i) => `w[off + ${i}] = 0;`).join(" ");
  const encodeSrc = `return function encode(s, w, off) { ${zero}\n${enc.join("\n")}\n};`;

  // Decoder: one nested object literal per state.
  leafIndex = 0;
  const read = (): string => {
    const leaf = layout.leaves[leafIndex++]!;
    if (leaf.bits === 0) return "0";
    // A 32-bit leaf fills its word: read it unsigned (`& 0xffffffff` would make it a negative int32).
    if (leaf.bits === 32) return `(w[off + ${leaf.word}] >>> 0)`;
    return `((w[off + ${leaf.word}] >>> ${leaf.shift}) & ${(2 ** leaf.bits - 1) >>> 0})`;
  };
  const decScalar = (d: Domain, x: string): string => {
    switch (d.kind) {
      case "bool":
        return `(${x} === 1)`;
      case "int":
        return `(${x} + ${d.min})`;
      case "enum":
        return `${constRef(d.values)}[${x}]`;
      case "id":
        return `${constRef(d.set.values)}[${x}]`;
      default:
        throw new Error("not scalar");
    }
  };
  const decPre: string[] = [];
  const decWalk = (d: Domain): string => {
    switch (d.kind) {
      case "bool":
      case "int":
      case "enum":
      case "id":
        return decScalar(d, read());
      case "option": {
        if (d.inner.kind === "bool" || d.inner.kind === "int" || d.inner.kind === "enum" || d.inner.kind === "id") {
          const x = `x${tmp++}`;
          decPre.push(`const ${x} = ${read()};`);
          return `(${x} === 0 ? null : ${decScalar(d.inner, `(${x} - 1)`)})`;
        }
        const x = `x${tmp++}`;
        decPre.push(`const ${x} = ${read()};`);
        return `(${x} === 0 ? null : ${decWalk(d.inner)})`;
      }
      case "struct":
        return `{ ${d.fields.map(([k, f]) => `${ownKey(JSON.stringify(k))}: ${decWalk(f)}`).join(", ")} }`;
      case "record":
        return `{ ${d.keys.values.map((k) => `${ownKey(key(k))}: ${decWalk(d.value)}`).join(", ")} }`;
      case "set": {
        const t = `s${tmp++}`;
        if (d.universe.values.length > SCAN_SET_ABOVE) {
          const first = layout.leaves[leafIndex]!;
          decPre.push(`const ${t} = setOf(w, off, ${first.word * 32 + first.shift}, ${constRef(d.universe.values)}, new Set());`);
          leafIndex += d.universe.values.length;
          return t;
        }
        decPre.push(`const ${t} = new Set();`);
        for (const k of d.universe.values) decPre.push(`if (${read()} === 1) ${t}.add(${lit(k)});`);
        return t;
      }
      case "tuple":
        return `[${d.elems.map((e) => decWalk(e)).join(", ")}]`;
      case "seq": {
        const n = `x${tmp++}`;
        const q = `q${tmp++}`;
        decPre.push(`const ${n} = ${read()}; const ${q} = [];`);
        for (let i = 0; i < d.maxLen; i++) {
          const e = decWalk(d.elem);
          decPre.push(`if (${n} > ${i}) ${q}.push(${e});`);
        }
        return q;
      }
      case "setOf": {
        const t = `s${tmp++}`;
        const first = layout.leaves[leafIndex]!;
        const u = elementUniverse(d.elem);
        decPre.push(`const ${t} = setOf(w, off, ${first.word * 32 + first.shift}, ${constRef(u.values)}, new Set());`);
        leafIndex += u.size;
        return t;
      }
    }
  };
  const body = decWalk(root);
  const decodeSrc = `return function decode(w, off) { ${decPre.join("\n")}\nreturn ${body}; };`;

  const fail = (path: string, value: unknown): never => {
    throw new OutOfDomain(path, value);
  };
  const outside = (path: string, set: ReadonlySet<unknown>, universe: ReadonlySet<unknown>): never => {
    for (const x of set) if (!universe.has(x)) throw new OutOfDomain(path, x, true);
    throw new OutOfDomain(path, set);
  };
  const encode = new Function("k", "fail", "outside", "setBits", "elementBits", encodeSrc)(consts, fail, outside, encodeSetBits, encodeElementBits);
  const decode = new Function("k", "setOf", decodeSrc)(consts, decodeSetBits);
  const { unpack, pack } = layout.leaves.length > UNROLL_LEAVES ? tableLeafCodec(layout) : unrolledLeafCodec(layout, zero);
  return { encode, decode, unpack, pack };
}

/** Straight-line unpack/pack: one line per leaf (small layouts). */
function unrolledLeafCodec(layout: Layout, zero: string): Pick<Codec, "unpack" | "pack"> {
  const unpackLines = layout.leaves.map((leaf, i) =>
    leaf.bits === 0 ? `l[${i}] = 0;` : `l[${i}] = (w[off + ${leaf.word}] >>> ${leaf.shift}) & ${(2 ** leaf.bits - 1) >>> 0};`,
  );
  const packLines = layout.leaves.flatMap((leaf, i) => (leaf.bits > 0 ? [`w[off + ${leaf.word}] |= l[${i}] << ${leaf.shift};`] : []));
  const unpack = new Function(`return function unpack(w, off, l) { ${unpackLines.join(" ")} };`)();
  const pack = new Function(`return function pack(l, w, off) { ${zero} ${packLines.join(" ")} };`)();
  return { unpack, pack };
}

/** Table-driven unpack/pack: loops over per-leaf word/shift/mask arrays, optimisable at any layout size. */
function tableLeafCodec(layout: Layout): Pick<Codec, "unpack" | "pack"> {
  const n = layout.leaves.length;
  const word = Int32Array.from(layout.leaves, (l) => l.word);
  const shift = Int32Array.from(layout.leaves, (l) => l.shift);
  const mask = Uint32Array.from(layout.leaves, (l) => (2 ** l.bits - 1) >>> 0);
  const words = layout.words;
  return {
    unpack: (w, off, l) => {
      for (let i = 0; i < n; i++) l[i] = (w[off + word[i]!]! >>> shift[i]!) & mask[i]!;
    },
    pack: (l, w, off) => {
      w.fill(0, off, off + words);
      for (let i = 0; i < n; i++) if (mask[i] !== 0) w[off + word[i]!]! |= l[i]! << shift[i]!;
    },
  };
}
