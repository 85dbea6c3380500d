/** Field-level difference between two observations (plain JSON-like values), as `path: expected → observed`. */
import { toPlain } from "../checker/index.ts";

export interface FieldDiff {
  readonly path: string;
  readonly expected: unknown;
  readonly observed: unknown;
}

export function diffFields(expected: unknown, observed: unknown, path = ""): FieldDiff[] {
  const e = toPlain(expected);
  const o = toPlain(observed);
  return walk(e, o, path);
}

function walk(e: unknown, o: unknown, path: string): FieldDiff[] {
  if (isObject(e) && isObject(o)) {
    const keys = [...new Set([...Object.keys(e), ...Object.keys(o)])].sort();
    return keys.flatMap((k) => walk(e[k], o[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(e) === JSON.stringify(o) ? [] : [{ path: path || "(root)", expected: e, observed: o }];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A stable key of an observation, for "did it change" and equality. */
export function observationKey(o: unknown): string {
  return JSON.stringify(toPlain(o));
}

export function renderDiff(d: readonly FieldDiff[]): string[] {
  return d.map((x) => `  ${x.path}: expected ${JSON.stringify(x.expected)}, observed ${JSON.stringify(x.observed)}`);
}
