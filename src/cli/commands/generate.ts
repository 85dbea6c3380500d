/**
 * `clusterspec generate [spec-file...]`: a typed, model-checked machine per spec (and every other
 * emitter's files) under `generated/<spec>/`. Without files: every built-in family, the benchmark spec
 * and the examples. `--check` writes nothing and exits 1 naming every stale file.
 */
import { existsSync, unlinkSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { loadSpecModule } from "../../checker/loadSpec.ts";
import { generateUnit, srcDir, staleFiles, writeFiles, type GeneratedFile, type UnitReport } from "../../codegen/generate.ts";
import { conformanceFiles, extraTraceFiles } from "../../conformance/conformanceFiles.ts";
import { builtinSpecFiles, packageRoot } from "../builtins.ts";
import type { Io } from "../io.ts";
import { parseParams } from "../options.ts";

interface GenerateCliOptions {
  param: string[];
  out?: string;
  check?: boolean;
  compile: boolean;
  json?: boolean;
}

export function registerGenerateCommand(program: Command, io: Io): void {
  program
    .command("generate")
    .description("generate a typed, model-checked executable machine per spec (generated/<spec>/machine.ts) and, for a spec with an adapter, its covering traces and conformance suite")
    .argument("[spec-file...]", "spec modules (default: the built-in families, the benchmark spec and the examples)")
    .option("--param <name=value>", "set a spec parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--out <dir>", "output directory (default: generated)")
    .option("--check", "write nothing; exit 1 naming every file that is stale or missing")
    .option("--no-compile", "do not compile guards, applies and invariants (everything falls back to the spec)")
    .option("--json", "print one JSON object")
    .action(async (files: string[], opts: GenerateCliOptions) => io.exit(await runGenerate(io, files, opts)));
}

/** The specs `generate` covers by default (checked in under generated/). */
export function defaultGenerateFiles(): string[] {
  const builtins = builtinSpecFiles().filter((f) => f.kind !== "mutant").map((f) => f.file);
  // The benchmark spec, and the worked example of a user's own system (in a clone; not shipped in the package).
  const extras = ["bench/specs/pr-ownership.cspec.ts", "spec/examples/lease-lock/lease-lock.cspec.ts"].map((f) => join(packageRoot, f)).filter((f) => existsSync(f));
  return [...builtins, ...extras.map((f) => (relative(process.cwd(), f).startsWith("..") ? f : relative(process.cwd(), f)))];
}

async function runGenerate(io: Io, files: string[], opts: GenerateCliOptions): Promise<number> {
  const list = files.length ? files : defaultGenerateFiles();
  const out = opts.out ?? (files.length ? "generated" : join(relative(process.cwd(), packageRoot) || ".", "generated"));
  const params = parseParams(opts.param);
  const reports: UnitReport[] = [];
  const all: GeneratedFile[] = [];
  const extra: string[] = [];
  for (const file of list) {
    const { spec, exportName } = await loadSpecModule(file);
    const { report, files: generated } = await generateUnit(spec, file, exportName, { params, out, compile: opts.compile });
    // Conformance traces and suite, for a spec with an adapter (a built-in family, or X.adapter.ts beside X.cspec.ts).
    const conformance = opts.param.length === 0 ? await conformanceFiles(file, resolve(out, spec.name), srcDir) : [];
    extra.push(...extraTraceFiles(conformance));
    reports.push({ ...report, files: [...report.files, ...conformance.map((f) => relative(process.cwd(), f.path))] });
    all.push(...generated, ...conformance);
  }
  const shown = (p: string) => relative(process.cwd(), p);
  if (opts.check) {
    const stale = [...staleFiles(all), ...extra].map(shown);
    if (opts.json) io.out(JSON.stringify({ result: stale.length ? "stale" : "ok", stale, specs: reports }));
    else if (stale.length) {
      io.out(pc.red(`${stale.length} generated file(s) are stale or missing:`));
      for (const f of stale) io.out(`  ${f}`);
      io.out("Hint: run `clusterspec generate` and commit the result.");
    } else io.out(pc.green(`All ${all.length} generated files are up to date.`));
    return stale.length ? 1 : 0;
  }
  const changed = writeFiles(all).map(shown);
  for (const f of extra) unlinkSync(f);
  if (opts.json) io.out(JSON.stringify({ result: "ok", written: changed, specs: reports }));
  else for (const r of reports) io.out(renderUnit(r, changed));
  return 0;
}

export function renderUnit(r: UnitReport, changed: readonly string[]): string {
  const params = Object.entries(r.params).map(([k, v]) => `${k}=${String(v)}`).join(" ");
  // Covering traces are many small files: shown as one folder entry with counts.
  const traces = r.files.filter((f) => f.endsWith(".itf.json"));
  const shownFiles = r.files.filter((f) => !f.endsWith(".itf.json")).map((f) => `${f}${changed.some((c) => c === f) ? "" : " (unchanged)"}`);
  if (traces.length > 0) {
    const dir = traces[0]!.slice(0, traces[0]!.lastIndexOf("/") + 1);
    const n = traces.filter((f) => changed.includes(f)).length;
    shownFiles.push(`${dir} (${traces.length} ITF traces${n === 0 ? ", unchanged" : `, ${n} written`})`);
  }
  const lines = [`${r.spec} (${r.file}${params ? `, ${params}` : ""}) → ${shownFiles.join(", ")}`];
  const row = (kind: string, x: { name: string; status: string; reason?: string }) =>
    `  ${x.status === "compiled" ? pc.green("compiled") : pc.yellow("fallback")} ${kind} ${x.name}${x.reason ? `: ${x.reason}` : ""}`;
  for (const a of r.actions) lines.push(row("action", a));
  for (const i of r.invariants) lines.push(row("invariant", i));
  return lines.join("\n");
}
