/** A spec a report measures: where it is (absolute, and as shown in commands) and what role it plays. */
import { isAbsolute, relative, resolve } from "node:path";
import { packageRoot } from "./environment.ts";

export interface SpecTarget {
  readonly abs: string;
  /** Relative to the repository root when inside it (commands run from there), else absolute. */
  readonly shown: string;
  readonly role: "family" | "benchmark" | "spec";
}

export function shownPath(abs: string): string {
  const rel = relative(packageRoot, abs);
  return rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
}

export const fromRoot = (file: string): string => resolve(packageRoot, file);

export function makeTarget(file: string, role: SpecTarget["role"], base = process.cwd()): SpecTarget {
  const abs = resolve(base, file);
  return { abs, shown: shownPath(abs), role };
}

/** `clusterspec check FILE --param k=v ...` plus extra flags. */
export function checkCommand(file: string, params: Readonly<Record<string, unknown>>, extra: readonly string[] = []): string {
  return ["clusterspec check", file, ...Object.entries(params).map(([k, v]) => `--param ${k}=${String(v)}`), ...extra].join(" ");
}
