/**
 * Which arguments a guard can read, from its source text. A guard written `(s, { n }) => ...` can only
 * see `n`: it has no name for the other arguments. The checker uses this to evaluate it once per run of
 * instances that agree on `n` (e.g. once per node for `Write(n, b, v)`, not once per block and value).
 * Anything the parse is not sure of returns null, which means "may read every argument".
 */
import { flatKeys, parameterList } from "../dsl/functionParams.ts";

/** The argument names `fn` can read, or null when that cannot be told from its parameter list. */
export function guardArgs(fn: (...a: never[]) => unknown): readonly string[] | null {
  const src = Function.prototype.toString.call(fn);
  // Bound and native functions print no real parameter list.
  if (/\barguments\b|\[native code\]/.test(src)) return null;
  const list = parameterList(src);
  if (list === null) return null;
  const { params, end } = list;
  if (params.length < 2) return [];
  const p = params[1]!.trim();
  if (/^[A-Za-z_$][\w$]*$/.test(p)) {
    // A plain name: unused if it never appears after the parameter list.
    const body = src.slice(end);
    return new RegExp(`(^|[^\\w$.])${p.replace(/\$/g, "\\$")}(?![\\w$])`).test(body) ? null : [];
  }
  return flatKeys(p);
}
