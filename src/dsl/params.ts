/**
 * Spec parameters: small typed constants (`N` nodes, `B` blocks) with defaults and bounds,
 * set from the command line as `--param N=4`.
 */
import { ClusterspecError } from "../core/errors.ts";

export type ParamDef =
  | { readonly kind: "int"; readonly default: number; readonly min: number; readonly max: number; readonly doc: string }
  | { readonly kind: "bool"; readonly default: boolean; readonly doc: string }
  | { readonly kind: "enum"; readonly default: string; readonly values: readonly string[]; readonly doc: string };

export type ParamValue<D> = D extends { kind: "int" } ? number : D extends { kind: "bool" } ? boolean : D extends { kind: "enum"; values: readonly (infer V)[] } ? V : never;
export type ParamValues<Defs> = { readonly [K in keyof Defs]: ParamValue<Defs[K]> };

export const param = {
  /** An integer parameter with inclusive bounds. */
  int: (defaultValue: number, opts: { min?: number; max?: number; doc?: string } = {}): ParamDef & { kind: "int" } => ({
    kind: "int",
    default: defaultValue,
    min: opts.min ?? 0,
    max: opts.max ?? Number.MAX_SAFE_INTEGER,
    doc: opts.doc ?? "",
  }),
  bool: (defaultValue: boolean, opts: { doc?: string } = {}): ParamDef & { kind: "bool" } => ({
    kind: "bool",
    default: defaultValue,
    doc: opts.doc ?? "",
  }),
  enum: <const V extends readonly string[]>(defaultValue: V[number], values: V, opts: { doc?: string } = {}) =>
    ({ kind: "enum", default: defaultValue, values, doc: opts.doc ?? "" }) as const,
} as const;

/** Parse one raw value for a parameter, as given on the command line or in JSON. */
export function parseParamValue(spec: string, name: string, def: ParamDef, raw: string | number | boolean): number | boolean | string {
  const bad = (why: string): never => {
    throw new ClusterspecError({
      code: "CS111",
      message: `Parameter ${name} of spec ${spec} ${why}.`,
      where: { spec, param: name, value: String(raw) },
      hint:
        def.kind === "int"
          ? `Give an integer between ${def.min} and ${def.max}, e.g. --param ${name}=${def.default}.`
          : def.kind === "bool"
            ? `Give true or false, e.g. --param ${name}=${def.default}.`
            : `Give one of ${def.values.join(", ")}.`,
    });
  };
  switch (def.kind) {
    case "int": {
      const v = typeof raw === "number" ? raw : /^-?\d+$/.test(String(raw).trim()) ? Number(String(raw).trim()) : NaN;
      if (!Number.isInteger(v)) return bad(`must be an integer, got ${JSON.stringify(raw)}`);
      if (v < def.min || v > def.max) return bad(`must be between ${def.min} and ${def.max}, got ${v}`);
      return v;
    }
    case "bool": {
      if (raw === true || raw === "true") return true;
      if (raw === false || raw === "false") return false;
      return bad(`must be true or false, got ${JSON.stringify(raw)}`);
    }
    case "enum": {
      if (typeof raw === "string" && def.values.includes(raw)) return raw;
      return bad(`must be one of ${def.values.join(", ")}, got ${JSON.stringify(raw)}`);
    }
  }
}

/** Defaults overridden by the given values; unknown names are CS110 errors. */
export function resolveParams(
  spec: string,
  defs: Readonly<Record<string, ParamDef>>,
  given: Readonly<Record<string, string | number | boolean>> = {},
): Record<string, number | boolean | string> {
  const out: Record<string, number | boolean | string> = {};
  for (const [k, d] of Object.entries(defs)) out[k] = d.default;
  for (const [k, raw] of Object.entries(given)) {
    // Own keys only: `constructor`, `toString` and `__proto__` are not parameters of every spec.
    const def = Object.hasOwn(defs, k) ? defs[k] : undefined;
    if (!def) {
      const known = Object.keys(defs);
      throw new ClusterspecError({
        code: "CS110",
        message: `Spec ${spec} has no parameter named ${k}.`,
        where: { spec, param: k },
        hint: known.length ? `Known parameters: ${known.map((n) => `${n} (default ${defs[n]!.default})`).join(", ")}.` : "This spec takes no parameters.",
      });
    }
    out[k] = parseParamValue(spec, k, def, raw);
  }
  return out;
}
