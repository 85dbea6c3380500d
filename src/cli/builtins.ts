/** The built-in specs shipped in `spec/`: families, mutants, and the classic examples. */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface BuiltinFile {
  readonly kind: "family" | "mutant" | "example";
  /** Path relative to the current directory when inside it, else absolute. */
  readonly file: string;
}

const specFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".cspec.ts"))
        .sort()
        .map((f) => join(dir, f))
    : [];

const shown = (abs: string) => {
  const rel = relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel;
};

export function builtinSpecFiles(): BuiltinFile[] {
  const spec = join(packageRoot, "spec");
  return [
    ...specFiles(spec).map((f) => ({ kind: "family" as const, file: shown(f) })),
    ...specFiles(join(spec, "mutants")).map((f) => ({ kind: "mutant" as const, file: shown(f) })),
    ...specFiles(join(spec, "examples")).map((f) => ({ kind: "example" as const, file: shown(f) })),
  ];
}
