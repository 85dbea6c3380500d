/**
 * A tiny HTML builder that escapes by default: every value interpolated into `h\`...\`` is escaped unless it is
 * already `Html` (built by `h` itself, or a chart's SVG made by Vega). So a spec string can only ever be text.
 */
import { html as escape } from "./escape.ts";

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup that is trusted as is: only for strings this package produced (Vega's SVG, the stylesheet). */
export const trusted = (s: string): Html => new Html(s);

const part = (v: unknown): string => (v instanceof Html ? v.value : Array.isArray(v) ? v.map(part).join("") : v === null || v === undefined || v === false ? "" : escape(String(v)));

export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += part(v) + strings[i + 1]!));
  return new Html(out);
}

/** A table: header cells, rows of cells (strings are escaped, `Html` kept), numeric columns right-aligned. */
export function table(head: readonly string[], rows: readonly (readonly unknown[])[], numeric: readonly number[] = [], cls = ""): Html {
  const td = (c: unknown, i: number) => h`<td${numeric.includes(i) ? trusted(' class="num"') : ""}>${c}</td>`;
  return h`<div class="table-wrap"><table${cls ? h` class="${cls}"` : ""}><thead><tr>${head.map((c, i) => h`<th${numeric.includes(i) ? trusted(' class="num"') : ""}>${c}</th>`)}</tr></thead><tbody>${rows.map((r) => h`<tr>${r.map(td)}</tr>`)}</tbody></table></div>`;
}

export const cmd = (c: string): Html => h`<code class="cmd">${c}</code>`;

/** An anchor-safe id from any string (spec names may contain anything). */
export const slug = (s: string, i: number): string => `spec-${i + 1}-${s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40)}`;
