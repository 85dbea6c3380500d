/**
 * Which arguments a guard can read, from its source text. A guard written `(s, { n }) => ...` can only
 * see `n`: it has no name for the other arguments. The checker uses this to evaluate it once per run of
 * instances that agree on `n` (e.g. once per node for `Write(n, b, v)`, not once per block and value).
 * Anything the parse is not sure of returns null, which means "may read every argument".
 */

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
  const m = /^\{([^{}[\]=.'"`]*)\}$/.exec(p);
  if (!m) return null;
  const keys: string[] = [];
  for (const entry of m[1]!.split(",")) {
    const e = entry.trim();
    if (e === "") continue;
    const kv = /^([A-Za-z_$][\w$]*)(\s*:\s*[A-Za-z_$][\w$]*)?$/.exec(e);
    if (!kv) return null;
    keys.push(kv[1]!);
  }
  return keys;
}

/**
 * Top-level parameters of a function's source and where the list ends, or null for shapes this parser
 * does not handle.
 */
function parameterList(src: string): { params: string[]; end: number } | null {
  if (src !== src.trimStart() || src.startsWith("async")) return null;
  const s = src;
  const arrow = /^([A-Za-z_$][\w$]*)\s*=>/.exec(s);
  if (arrow) return { params: [arrow[1]!], end: arrow[0].length };
  const open = s.indexOf("(");
  if (open < 0 || s.slice(0, open).includes("=>")) return null;
  const out: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === "'" || c === '"' || c === "`" || c === "/") return null;
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") {
      if (depth === 0) {
        if (c !== ")") return null;
        const last = s.slice(from, i);
        if (last.trim() !== "") out.push(last);
        return { params: out, end: i + 1 };
      }
      depth--;
    } else if (c === "," && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  return null;
}
