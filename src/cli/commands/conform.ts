/**
 * `clusterspec conform <spec> [--adapter module] [--seed S] [--runs R] [--steps K] [--ticks T] [--bug ID] [--check C]
 * [--json]`: checks a system against a spec — spec-driven replay of the covering traces, implementation-driven
 * validation over R seeds of T ticks, fast-check model-based runs of up to K driven steps — and stops at the first
 * divergence (exit 1), printed with its field diff, the trace so far and a reproduce line.
 */
import type { Command } from "commander";
import pc from "picocolors";
import { ClusterspecError } from "../../core/errors.ts";
import { CHECK_NAMES, conform, loadCoveringTraces, type CheckName, type ConformResult } from "../../conformance/conform.ts";
import { renderDiff } from "../../conformance/diff.ts";
import { resolveTarget } from "../../conformance/resolveTarget.ts";
import type { Io } from "../io.ts";
import { parseCount } from "../options.ts";

interface ConformCliOptions {
  adapter?: string;
  seed?: string;
  runs?: string;
  steps?: string;
  ticks?: string;
  bug: string[];
  check: string[];
  path?: string;
  json?: boolean;
}

export function registerConformCommand(program: Command, io: Io): void {
  program
    .command("conform")
    .description("check a system against a spec: covering-trace replay, trace validation, model-based runs")
    .argument("<spec>", "a built-in family (partition-in-time, ...) or a spec file with --adapter")
    .option("--adapter <module>", "your system's adapter module (default export: Adapter or () => Adapter)")
    .option("--seed <n>", "first seed", "1")
    .option("--runs <n>", "validation seeds and model-based runs", "10")
    .option("--steps <n>", "driven actions per model-based run", "12")
    .option("--ticks <n>", "ticks per validation run (default: the family's)")
    .option("--bug <id>", "switch on a known cluster bug (repeatable)", (v: string, acc: string[]) => [...acc, ...v.split(",")], [])
    .option("--check <name>", `run only this check (repeatable): ${CHECK_NAMES.join(", ")}`, (v: string, acc: string[]) => [...acc, v], [])
    .option("--path <p>", "fast-check counterexample path (replays a shrunk model-based failure)")
    .option("--json", "print one JSON object")
    .action(async (spec: string, opts: ConformCliOptions) => io.exit(await runConform(io, spec, opts)));
}

export async function runConform(io: Io, specArg: string, opts: ConformCliOptions): Promise<number> {
  for (const c of opts.check)
    if (!(CHECK_NAMES as readonly string[]).includes(c))
      throw new ClusterspecError({ code: "CS327", message: `--check ${c} is not a conformance check.`, where: { option: "--check", value: c }, hint: `Checks: ${CHECK_NAMES.join(", ")}.` });
  const target = await resolveTarget(specArg, opts.adapter);
  const adapter = target.makeAdapter();
  const checks = (opts.check.length > 0 ? opts.check : CHECK_NAMES) as CheckName[];
  const traces = checks.includes("replay") ? await loadCoveringTraces(target.machine, target.spec, target.mutants) : [];
  const r = await conform(target.machine, adapter, traces, {
    seed: parseCount("--seed", opts.seed, 0) ?? 1,
    runs: parseCount("--runs", opts.runs) ?? 10,
    steps: parseCount("--steps", opts.steps) ?? 12,
    ticks: parseCount("--ticks", opts.ticks) ?? target.ticks,
    bugs: opts.bug,
    checks,
    reproduce: target.command,
  });
  if (opts.json) io.out(JSON.stringify(r));
  else for (const line of renderConform(r)) io.out(line);
  return r.status === "ok" ? 0 : 1;
}

export function renderConform(r: ConformResult): string[] {
  const lines = [`Conformance of ${r.spec}${r.bugs.length ? ` with bug ${r.bugs.join(", ")}` : ""}:`];
  for (const c of r.checks)
    lines.push(`  ${c.failed ? pc.red("✗") : pc.green("✓")} ${c.check}: ${c.runs} runs, ${c.steps} steps, ${c.ticks} ticks, ${(c.elapsedMs / 1000).toFixed(2)} s`);
  const d = r.divergence;
  if (d === undefined) {
    lines.push(pc.green(`✓ no divergence (${(r.elapsedMs / 1000).toFixed(2)} s).`));
    return lines;
  }
  lines.push(pc.red(`✗ ${d.check} seed ${d.seed}, step ${d.step}${d.time !== undefined ? ` (tick ${d.time})` : ""}: ${d.message}`));
  if (d.diff.length > 0) lines.push("Field diff (closest spec state → observed):", ...renderDiff(d.diff));
  if (d.specPath.length > 0) lines.push(`Spec path to the closest state: ${d.specPath.join(" → ")}`);
  if (d.trace.length > 0) lines.push("Trace so far:", ...d.trace.map((t) => `  ${t}`));
  lines.push(pc.dim(`Reproduce: ${d.reproduce}`));
  return lines;
}
