/** `clusterspec list`: the built-in specs, their parameters and one-line descriptions. */
import type { Command } from "commander";
import pc from "picocolors";
import { loadSpecModule } from "../../checker/loadSpec.ts";
import type { ParamDef } from "../../dsl/params.ts";
import { builtinSpecFiles } from "../builtins.ts";
import type { Io } from "../io.ts";

export function registerListCommand(program: Command, io: Io): void {
  program
    .command("list")
    .description("list the built-in specs, their parameters and descriptions")
    .option("--json", "print one JSON array")
    .action(async (opts: { json?: boolean }) => io.exit(await runList(io, opts)));
}

export async function runList(io: Io, opts: { json?: boolean }): Promise<number> {
  const rows = [];
  for (const f of builtinSpecFiles()) {
    const { spec } = await loadSpecModule(f.file);
    const params = Object.entries((spec.params ?? {}) as Record<string, ParamDef>).map(([name, d]) => ({
      name,
      kind: d.kind,
      default: d.default,
      ...(d.kind === "int" ? { min: d.min, max: d.max } : {}),
      ...(d.kind === "enum" ? { values: d.values } : {}),
      doc: d.doc,
    }));
    rows.push({ kind: f.kind, name: spec.name, file: f.file, description: spec.description, params });
  }
  if (opts.json) {
    io.out(JSON.stringify(rows));
    return 0;
  }
  for (const kind of ["family", "mutant", "example"] as const) {
    const group = rows.filter((r) => r.kind === kind);
    if (!group.length) continue;
    io.out(pc.bold({ family: "Protocol families", mutant: "Mutants (each must be refuted)", example: "Classic examples (TLA+ Examples)" }[kind]));
    for (const r of group) {
      const ps = r.params.map((p) => `${p.name}=${String(p.default)}`).join(" ");
      io.out(`  ${r.name.padEnd(28)} ${r.description}${ps ? pc.dim(`  [${ps}]`) : ""}`);
      io.out(pc.dim(`  ${"".padEnd(28)} ${r.file}`));
    }
  }
  io.out(pc.dim("Check one with: clusterspec check <file> [--param name=value]"));
  return 0;
}
