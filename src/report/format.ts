/** Number, size, time and value formatting shared by the Markdown and HTML renderers (plain text, unescaped). */

export const int = (n: number): string => Math.round(n).toLocaleString("en-US");

/** Thousands separators, or `—` for a figure that was not measured. */
export const num = (n: number | null | undefined, digits = 0): string =>
  n === null || n === undefined || !Number.isFinite(n) ? "—" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const ms = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : x < 1000 ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : `${(x / 1000).toFixed(x < 10_000 ? 2 : 1)} s`;

export const bytes = (b: number | null | undefined): string =>
  b === null || b === undefined ? "—" : b >= 1 << 30 ? `${(b / (1 << 30)).toFixed(1)} GiB` : `${Math.round(b / (1 << 20))} MiB`;

/** A state or argument value as the checker prints it: sets as `{a, b}`, null as `none`. */
export function value(v: unknown): string {
  if (v === null || v === undefined) return "none";
  if (Array.isArray(v)) return `{${v.map(value).join(", ")}}`;
  if (typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${k}: ${value(x)}`).join(", ")}}`;
  return String(v);
}

export const paramsText = (p: Readonly<Record<string, unknown>>): string => Object.entries(p).map(([k, v]) => `${k}=${String(v)}`).join(" ") || "(defaults)";

export const actionText = (action: string | null, args: Readonly<Record<string, unknown>>): string => {
  if (action === null) return "init";
  const a = Object.entries(args).map(([k, v]) => `${k}=${value(v)}`).join(", ");
  return a ? `${action}(${a})` : action;
};

export const changeText = (c: { readonly path: string; readonly before: unknown; readonly after: unknown }): string => `${c.path}: ${value(c.before)} → ${value(c.after)}`;

/** A ratio as `1.8×`, or `—`. */
export const ratio = (a: number | null | undefined, b: number | null | undefined): string => (a && b ? `${(a / b).toFixed(2)}×` : "—");
