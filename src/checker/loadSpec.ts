/**
 * Loading a spec module from a file: resolves the path, imports it (TypeScript through tsx), and finds
 * the spec export. Every failure is a CS1xx error naming the file and what to do.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ClusterspecError } from "../core/errors.ts";
import { isSpec, type Spec } from "../dsl/spec.ts";
import { isMachine, type MachineDescriptor } from "./machine.ts";

export async function loadSpec(file: string, exportName?: string): Promise<Spec> {
  const { spec } = await loadSpecModule(file, exportName);
  return spec;
}

/**
 * Loads a spec module, or a generated machine (`generated/<spec>/machine.ts`, which exports `machine`):
 * then `spec` is the machine's spec and `machine` is what the checker explores.
 */
export async function loadSpecModule(file: string, exportName?: string): Promise<{ spec: Spec; exportName: string; path: string; machine?: MachineDescriptor }> {
  const path = resolve(file);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new ClusterspecError({
      code: "CS100",
      message: `${file} is a directory, not a spec file.`,
      where: { file },
      hint: "Pass one spec module (e.g. my.cspec.ts); `clusterspec check DIR` checks every spec module in a directory.",
    });
  if (!existsSync(path) || !statSync(path).isFile())
    throw new ClusterspecError({
      code: "CS100",
      message: `Spec file ${file} does not exist.`,
      where: { file },
      hint: "Pass the path of a spec module, e.g. spec/single-owner.cspec.ts; `clusterspec list` shows the built-in specs.",
    });
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    // A bad definition (CS280 unknown key, ...) is thrown by defineSpec at import; it keeps its code.
    if (e instanceof ClusterspecError) throw new ClusterspecError({ code: e.code, message: e.message, where: { file, ...e.where }, hint: e.hints });
    throw loadFailure(file, e);
  }
  const m = mod[exportName ?? "machine"];
  if (isMachine(m)) return { spec: m.spec, exportName: exportName ?? "machine", path, machine: m };
  if (exportName) {
    const v = mod[exportName];
    if (isSpec(v)) return { spec: v, exportName, path };
    throw new ClusterspecError({
      code: "CS102",
      message: `Spec file ${file} has no spec exported as ${exportName}.`,
      where: { file, export: exportName },
      hint: "Export the value returned by defineSpec(...) under that name.",
    });
  }
  if (isSpec(mod.default)) return { spec: mod.default, exportName: "default", path };
  const named = Object.entries(mod).filter(([, v]) => isSpec(v));
  if (named.length === 1) return { spec: named[0]![1] as Spec, exportName: named[0]![0], path };
  throw new ClusterspecError({
    code: "CS102",
    message:
      named.length === 0
        ? `Spec file ${file} exports no spec.`
        : `Spec file ${file} exports ${named.length} specs (${named.map(([k]) => k).join(", ")}) and none as default.`,
    where: { file },
    hint: "Add `export default defineSpec({ ... })` to the module.",
  });
}

/** CS101 for a module that does not load: esbuild's syntax errors keep their line and column. */
function loadFailure(file: string, e: unknown): ClusterspecError {
  const text = ((e as Error)?.message ?? String(e)).replace(/\x1b\[[0-9;]*m/g, "");
  // esbuild (tsx): "<file>:2:16: ERROR: Unexpected ..." with a 0-based column; oxc (vitest): "[PARSE_ERROR] ..." then "<file>:2:17".
  const esbuild = /^Transform failed[^\n]*\n(?:.*?):(\d+):(\d+): ERROR: (.*)$/m.exec(text);
  const oxc = /^Transform failed[\s\S]*?\[PARSE_ERROR\]\s*(.*)\n[\s\S]*?:(\d+):(\d+)/.exec(text);
  const syntax = esbuild ? { line: Number(esbuild[1]), column: Number(esbuild[2]) + 1, why: esbuild[3]! } : oxc ? { line: Number(oxc[2]), column: Number(oxc[3]), why: oxc[1]!.trim() } : null;
  if (syntax)
    return new ClusterspecError({
      code: "CS101",
      message: `Spec file ${file} has a syntax error at line ${syntax.line}, column ${syntax.column}: ${syntax.why.replace(/\.$/, "")}.`,
      where: { file, line: syntax.line, column: syntax.column },
      hint: "Fix the syntax error; `npx tsc --noEmit` shows every error in the file.",
    });
  const cycle = /Cannot require\(\) ES Module/.test(text);
  return new ClusterspecError({
    code: "CS101",
    message: `Spec file ${file} failed to load: ${text.split("\n")[0]}`,
    where: { file },
    hint: cycle
      ? "Your project is CommonJS and loads clusterspec through require(); use Node ≥ 20.19, or name the spec .cspec.mts, or set \"type\": \"module\" in package.json."
      : "Fix the error above (a missing import, or code that throws at import time).",
  });
}
