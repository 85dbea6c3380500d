/**
 * `update(s, ["acc", a, "mbal"], v)`: TLA+'s `[s EXCEPT !.acc[a].mbal = v]` — a copy of `s` with the value at
 * the path replaced, every object on the path copied once and everything else shared (what three levels
 * of spreads do, written the way the protocol says it). The value may be a function of the old one
 * (TLA+'s `@`): `update(s, ["c", n], (c) => c + 1)`. Arrays (sequences) on the path are copied by slice.
 * Generated machines translate it like the spreads it stands for (src/codegen/translate.ts).
 */
type Key = string | number | boolean;
type At<T, K> = K extends keyof T ? T[K] : never;
type Value<V> = V | ((old: V) => V);

export function update<S, K1 extends keyof S>(s: S, path: readonly [K1], v: Value<S[K1]>): S;
export function update<S, K1 extends keyof S, K2 extends keyof S[K1]>(s: S, path: readonly [K1, K2], v: Value<S[K1][K2]>): S;
export function update<S, K1 extends keyof S, K2 extends keyof S[K1], K3 extends keyof S[K1][K2]>(s: S, path: readonly [K1, K2, K3], v: Value<S[K1][K2][K3]>): S;
export function update<S, K1 extends keyof S, K2 extends keyof S[K1], K3 extends keyof S[K1][K2], K4 extends keyof S[K1][K2][K3]>(
  s: S,
  path: readonly [K1, K2, K3, K4],
  v: Value<At<S[K1][K2][K3], K4>>,
): S;
export function update<S>(s: S, path: readonly Key[], v: unknown): S;
export function update(s: unknown, path: readonly Key[], v: unknown): unknown {
  // Unrolled for the common depths: each level is its own spread site, so V8 keeps every site
  // monomorphic on the shape it copies (one shared recursive site sees every shape and goes megamorphic).
  const o = s as Plain;
  if (path.length === 1 && plain(o)) return { ...o, [path[0] as string]: leaf(o[path[0] as string], v) };
  if (path.length === 2 && plain(o)) {
    const a = o[path[0] as string] as Plain;
    if (plain(a)) return { ...o, [path[0] as string]: { ...a, [path[1] as string]: leaf(a[path[1] as string], v) } };
  }
  if (path.length === 3 && plain(o)) {
    const a = o[path[0] as string] as Plain;
    const b = plain(a) ? (a[path[1] as string] as Plain) : undefined;
    if (plain(b)) return { ...o, [path[0] as string]: { ...a, [path[1] as string]: { ...b, [path[2] as string]: leaf(b[path[2] as string], v) } } };
  }
  return at(s, path, 0, v);
}

type Plain = Record<string, unknown>;
/** An object whose copy is a spread (not an array, set or map, which `at` handles or refuses). */
const plain = (x: unknown): x is Plain => typeof x === "object" && x !== null && (x as object).constructor === Object;
const leaf = (old: unknown, v: unknown) => (typeof v === "function" ? (v as (old: unknown) => unknown)(old) : v);

function at(node: unknown, path: readonly Key[], i: number, v: unknown): unknown {
  if (i === path.length) return typeof v === "function" ? (v as (old: unknown) => unknown)(node) : v;
  if (node === null || typeof node !== "object" || node instanceof Set || node instanceof Map)
    throw new TypeError(`update: ${shown(path, i)} is ${node instanceof Set ? "a set" : String(node)}, not an object to update inside (path ${shown(path, path.length)})`);
  const k = path[i]!;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(k)] = at(node[Number(k)], path, i + 1, v);
    return copy;
  }
  const key = String(k);
  return { ...(node as Record<string, unknown>), [key]: at((node as Record<string, unknown>)[key], path, i + 1, v) };
}

const shown = (path: readonly Key[], n: number) => "s" + path.slice(0, n).map((k) => (typeof k === "number" ? `[${k}]` : `[${JSON.stringify(k)}]`)).join("");
