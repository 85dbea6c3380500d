/**
 * Reading a function's parameter list from its source text: which keys a destructured parameter names.
 * The checker uses it to evaluate a guard once per run of instances that agree on the arguments it can read;
 * spec validation uses it to reject a guard that destructures an argument its action does not have.
 */

/** The keys parameter `index` of `fn` destructures (`{ a, b: alias }` → a, b), or null when it is not a flat destructuring. */
export function destructuredKeys(fn: (...a: never[]) => unknown, index: number): readonly string[] | null {
  const src = Function.prototype.toString.call(fn);
  if (/\[native code\]/.test(src)) return null;
  const list = parameterList(src);
  if (list === null || list.params.length <= index) return null;
  return flatKeys(list.params[index]!.trim());
}

/** `{ a, b: c }` → ["a", "b"]; null for anything else (nested patterns, defaults, rest). */
export function flatKeys(p: string): string[] | null {
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
export function parameterList(src: string): { params: string[]; end: number } | null {
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
