/**
 * The translation of the DSL's `update(s, path, v)`: the nested object the spreads it stands for would
 * build — one `obj` symbol per path step over the original as base — so a generated machine writes the
 * same words as for `{ ...s, acc: { ...s.acc, [a]: { ...s.acc[a], mbal: v } } }`.
 */
import type { Lit } from "../dsl/domain.ts";
import { unsupported, type Sym } from "./sym.ts";
import { member, type WordContext } from "./values.ts";

export function translateUpdate(cx: WordContext, args: readonly Sym[]): Sym {
  const [target, path, value] = args;
  if (!target || !path || !value) return unsupported("update with fewer than three arguments");
  if (path.k !== "const" || !Array.isArray(path.v)) {
    if (path.k === "arr" && path.items.every((p) => p.k === "const")) return build(cx, target, path.items.map((p) => (p as { v: Lit }).v), 0, value);
    return unsupported("update with a path key known only at run time");
  }
  return build(cx, target, path.v as Lit[], 0, value);
}

function build(cx: WordContext, node: Sym, path: readonly Lit[], i: number, value: Sym): Sym {
  if (i === path.length) return value.k === "fn" ? value.call([node]) : value;
  const key = path[i]!;
  if (typeof key !== "string" && typeof key !== "number") return unsupported(`update with a ${typeof key} path key`);
  return { k: "obj", base: node, fields: new Map([[String(key), build(cx, member(cx, node, key), path, i + 1, value)]]) };
}
