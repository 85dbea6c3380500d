/**
 * `generate`: for each spec and configuration, run every emitter and return the files they produce
 * (path and content) with the compilation report. Emitters are a list so later ones (conformance
 * suites, covering traces) join without touching the verbs: `generate` writes every file, `--check`
 * compares every file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileModel } from "../checker/model.ts";
import type { CompiledModel } from "../checker/model.ts";
import type { Spec } from "../dsl/spec.ts";
import { planMachine, type MachinePlan } from "./compileActions.ts";
import { emitMachine } from "./emitMachine.ts";
import { SpecSource } from "./specSource.ts";

/** Everything an emitter may read about one spec and configuration. */
export interface GenerationUnit {
  readonly spec: Spec;
  readonly exportName: string;
  /** Absolute path of the spec module. */
  readonly specPath: string;
  /** The spec path as written in headers (repository-relative when inside the repository). */
  readonly shownSpec: string;
  readonly model: CompiledModel;
  readonly plan: MachinePlan;
  /** `<out>/<spec-name>`: where this unit's files go. */
  readonly dir: string;
}

export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

export type Emitter = (unit: GenerationUnit) => readonly GeneratedFile[];

export const srcDir = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "");
export const repoRoot = dirname(srcDir);

/** The emitters `generate` runs for every unit, in order. */
export const emitters: Emitter[] = [
  (u) => {
    const outPath = join(u.dir, "machine.ts");
    return [{ path: outPath, content: emitMachine({ model: u.model, plan: u.plan, specPath: u.specPath, outPath, srcDir, shownSpec: u.shownSpec, exportName: u.exportName }) }];
  },
];

export interface GenerateOptions {
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /** Output root (default `generated` under the current directory). */
  readonly out: string;
  /** false: every action and invariant falls back to the spec's functions (tests use it). */
  readonly compile?: boolean;
}

export interface UnitReport {
  readonly spec: string;
  readonly file: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly files: readonly string[];
  readonly actions: readonly { name: string; status: string; reason?: string }[];
  readonly invariants: readonly { name: string; status: string; reason?: string }[];
}

export async function generateUnit(spec: Spec, specFile: string, exportName: string, options: GenerateOptions): Promise<{ report: UnitReport; files: GeneratedFile[] }> {
  const specPath = resolve(specFile);
  const rel = relative(repoRoot, specPath);
  const shownSpec = rel.startsWith("..") ? specPath : rel.split("\\").join("/");
  const model = compileModel(spec, { params: options.params, file: shownSpec, symmetry: false });
  const source = await SpecSource.load(specPath);
  const plan = planMachine(spec, model, source, { compile: options.compile ?? true });
  const unit: GenerationUnit = { spec, exportName, specPath, shownSpec, model, plan, dir: resolve(options.out, spec.name) };
  const files = emitters.flatMap((e) => e(unit));
  const strip = ({ name, status, reason }: { name: string; status: string; reason?: string }) => ({ name, status, ...(reason ? { reason } : {}) });
  return {
    files,
    report: {
      spec: spec.name,
      file: shownSpec,
      params: model.params,
      files: files.map((f) => relative(process.cwd(), f.path)),
      actions: plan.actions.map(strip),
      invariants: plan.invariants.map(strip),
    },
  };
}

/** Writes the files; returns those whose content changed. */
export function writeFiles(files: readonly GeneratedFile[]): string[] {
  const changed: string[] = [];
  for (const f of files) {
    if (existsSync(f.path) && readFileSync(f.path, "utf8") === f.content) continue;
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.content);
    changed.push(f.path);
  }
  return changed;
}

/** The files that are missing or differ from what `generate` would write. */
export function staleFiles(files: readonly GeneratedFile[]): string[] {
  return files.filter((f) => !existsSync(f.path) || readFileSync(f.path, "utf8") !== f.content).map((f) => f.path);
}
