/**
 * Escaping every string that comes from a spec (names, statements, values) for the three outputs. A spec named
 * `<img src=x onerror=alert(1)>` must read as that text in Markdown, in Mermaid and in the HTML page.
 */

const HTML: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values in HTML. */
export const html = (s: unknown): string => String(s).replace(/[&<>"']/g, (c) => HTML[c]!);

/** Text inside a Markdown table cell or paragraph: no HTML, no emphasis, no links, no cell breaks. */
export const md = (s: unknown): string =>
  String(s)
    .replace(/[\r\n]+/g, " ")
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/([\\`*_[\]|#~!])/g, "\\$1");

/** Inline code in Markdown (commands): a fence longer than any backtick run inside, pipes escaped for tables. */
export function mdCode(s: string): string {
  const run = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(run + 1);
  const body = s.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
  return `${fence}${run > 0 || body.startsWith("`") ? " " : ""}${body}${run > 0 ? " " : ""}${fence}`;
}

/**
 * Text in a Mermaid sequenceDiagram (messages, notes, aliases): Mermaid's entity codes for the characters that
 * end a statement, start an entity or would reach its HTML labels.
 */
export const mermaid = (s: unknown): string =>
  String(s)
    .replace(/[\r\n]+/g, " ")
    .replace(/[#;<>&"%]/g, (c) => `#${c.charCodeAt(0)};`);
