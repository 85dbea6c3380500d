/**
 * `clusterspec init [DIR]`: a working starting point in a user's project — a spec, a mutant the checker must refute,
 * a vitest test, and a clusterspec.config.json for `clusterspec check DIR`. In a CommonJS package (npm init's
 * default) the modules are written as .mts, which `tsc --init`'s verbatimModuleSyntax requires for ES modules.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { ClusterspecError } from "../../core/errors.ts";
import type { Io } from "../io.ts";
import { CONFIG_FILE } from "../specFiles.ts";
import { initFiles } from "../templates/lock.ts";

/** Whether modules in `dir` are ES modules: the nearest package.json says `"type": "module"`. */
export function isEsmFolder(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const pkg = join(d, "package.json");
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, "utf8")) as { type?: string }).type === "module";
      } catch {
        return false;
      }
    }
    if (dirname(d) === d) return false;
  }
}

export function registerInitCommand(program: Command, io: Io): void {
  program
    .command("init")
    .description("scaffold a spec, a mutant, a vitest test and a clusterspec.config.json")
    .argument("[dir]", "where to write them (default: the current folder)", ".")
    .option("--force", "overwrite files that exist")
    .option("--json", "print one JSON object")
    .action((dir: string, opts: { force?: boolean; json?: boolean }) => io.exit(runInit(io, dir, opts)));
}

export function runInit(io: Io, dir: string, opts: { force?: boolean; json?: boolean }): number {
  const ext = isEsmFolder(dir) ? "ts" : "mts";
  const files = initFiles(ext);
  const existing = files.map((f) => join(dir, f.path)).filter((p) => existsSync(p));
  if (existing.length && !opts.force)
    throw new ClusterspecError({
      code: "CS285",
      message: `clusterspec init would overwrite ${existing.join(", ")}.`,
      where: { dir, file: existing[0]! },
      hint: "Pick an empty folder (clusterspec init my-spec), or pass --force to overwrite.",
    });
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  const written = files.map((f) => join(dir, f.path));
  const rel = relative(process.cwd(), resolve(dir));
  const shown = rel === "" ? "." : rel.startsWith("..") ? dir : rel;
  if (opts.json) io.out(JSON.stringify({ dir, moduleExtension: ext, files: written }));
  else
    io.out(
      [
        `Wrote ${written.length} files:`,
        ...written.map((w) => `  ${w}`),
        "",
        "Next:",
        `  npx clusterspec check ${join(shown, `lock.cspec.${ext}`)}     # the spec holds`,
        `  npx clusterspec check ${shown}                  # the spec holds and its mutant is refuted (${CONFIG_FILE})`,
        `  npx clusterspec describe ${join(shown, `lock.cspec.${ext}`)}  # what it declares`,
        "  npx vitest run                              # the test",
      ].join("\n"),
    );
  return 0;
}
