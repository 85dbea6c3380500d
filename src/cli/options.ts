/** Parsing of shared command-line values (`--param k=v`, counts, durations) into typed options. */
import { ClusterspecError } from "../core/errors.ts";

export function parseParams(raw: readonly string[]): Record<string, string> {
  // No prototype: `--param __proto__=3` must be a parameter name like any other, not a prototype assignment.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const p of raw) {
    const eq = p.indexOf("=");
    if (eq <= 0)
      throw new ClusterspecError({
        code: "CS160",
        message: `--param ${p} is not of the form name=value.`,
        where: { option: "--param", value: p },
        hint: "Write --param N=4 (repeat --param for several parameters).",
      });
    out[p.slice(0, eq).trim()] = p.slice(eq + 1).trim();
  }
  return out;
}

export function parseCount(option: string, raw: string | undefined, min = 1): number | undefined {
  if (raw === undefined) return undefined;
  const v = /^\d+$/.test(raw.replace(/_/g, "")) ? Number(raw.replace(/_/g, "")) : NaN;
  if (!Number.isSafeInteger(v) || v < min)
    throw new ClusterspecError({
      code: "CS160",
      message: `${option} must be an integer of at least ${min}, got ${JSON.stringify(raw)}.`,
      where: { option, value: raw },
      hint: `For example ${option} ${Math.max(min, 1)}.`,
    });
  return v;
}

/** `500ms`, `90s`, `5m`, `1h` → milliseconds. The unit is required: `--time-limit 5` could mean anything. */
export function parseDuration(option: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(raw.trim());
  if (!m || Number(m[1]) <= 0)
    throw new ClusterspecError({
      code: "CS160",
      message: `${option} must be a positive duration with a unit, like 500ms, 90s, 5m or 1h, got ${JSON.stringify(raw)}.`,
      where: { option, value: raw },
      hint: /^\d+(\.\d+)?$/.test(raw.trim()) ? `Add a unit: ${option} ${raw.trim()}s for seconds.` : `For example ${option} 90s.`,
    });
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"];
  return Number(m[1]) * unit;
}
