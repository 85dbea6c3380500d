/**
 * `clusterspec report [--out DIR] [--quick] [--spec FILE...] [--json]`: measure and write report.json, report.md and
 * report.html. `report --check FILE` validates a report against the clusterspec-report/1 schema; `report --schema`
 * prints that schema as JSON Schema. Exit 0 when written (or valid), 1 when a measured property failed (a family
 * violated, a mutant survived, a bug was not killed, a false alarm), 2 on bad input.
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import { Schema } from "effect";
import pc from "picocolors";
import { makeReport, readReportFile, writeReport, ReportSchema, type Report, type ReportProgress } from "../../report/index.ts";
import { killSummary } from "../../report/summary.ts";
import type { Io } from "../io.ts";

interface ReportCliOptions {
  out: string;
  quick?: boolean;
  spec: string[];
  json?: boolean;
  check?: string;
  schema?: boolean;
}

export function registerReportCommand(program: Command, io: Io): void {
  program
    .command("report")
    .description("measure and write an invariant benchmark report: report.json, report.md (Mermaid counterexamples), report.html")
    .option("--out <dir>", "output directory", "reports/latest")
    .option("--quick", "smaller sweeps and one run per figure (CI: under two minutes)")
    .option("--spec <file>", "report on this spec (repeatable; default: the four families and the benchmark model)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--check <file>", "validate a report.json against the clusterspec-report/1 schema")
    .option("--schema", "print the clusterspec-report/1 schema as JSON Schema")
    .option("--json", "print one JSON object")
    .action(async (opts: ReportCliOptions) => io.exit(await runReport(io, opts)));
}

/** A bar with ETA on a TTY; otherwise a line at most every 10 s (and for each spec section). */
export function progressRenderer(io: Io, json: boolean): (p: ReportProgress) => void {
  let lastLine = -Infinity;
  let lastSpec = "";
  return (p) => {
    const pct = p.total === 0 ? 1 : p.done / p.total;
    const eta = p.etaMs === null ? "" : `, ETA ${Math.ceil(p.etaMs / 1000)} s`;
    if (io.isTTY && !json) {
      const width = 24;
      const fill = Math.round(pct * width);
      io.progress(`  [${"█".repeat(fill)}${"░".repeat(width - fill)}] ${p.done}/${p.total} ${(p.elapsedMs / 1000).toFixed(0)} s${eta}  ${p.label}`);
      return;
    }
    const spec = p.label.split(":")[0]!;
    if (p.elapsedMs - lastLine < 10_000 && spec === lastSpec) return;
    lastLine = p.elapsedMs;
    lastSpec = spec;
    io.err(`report: ${p.done}/${p.total} (${Math.round(pct * 100)}%) after ${(p.elapsedMs / 1000).toFixed(0)} s${eta} — ${p.label}`);
  };
}

/** What failed among the measured properties (for the exit code and the closing line). */
export function failuresOf(r: Report): string[] {
  const out: string[] = [];
  for (const s of r.specs) {
    if (s.role !== "spec" && s.verdict.result !== "ok") out.push(`${s.name}: ${s.verdict.result}`);
    for (const m of s.mutants) if (!m.refuted) out.push(`mutant ${m.name} not refuted`);
  }
  for (const b of r.conformance.bugs) if (b.status === "not-killed") out.push(`bug ${b.bug} not killed`);
  for (const f of r.conformance.families) if ((f.falseAlarms ?? 0) > 0) out.push(`${f.family}: ${f.falseAlarms} false alarms`);
  return out;
}

export async function runReport(io: Io, opts: ReportCliOptions): Promise<number> {
  if (opts.schema) {
    io.out(JSON.stringify(Schema.toJsonSchemaDocument(ReportSchema), null, 2));
    return 0;
  }
  if (opts.check) {
    const r = readReportFile(opts.check);
    if (opts.json) io.out(JSON.stringify({ file: opts.check, valid: true, format: r.format, specs: r.specs.length }));
    else io.out(`${pc.green("✓")} ${opts.check} is a valid ${r.format} report (${r.specs.length} specs, ${r.conformance.bugs.length} cluster bugs, generated ${r.generatedAt}).`);
    return 0;
  }
  const command = ["clusterspec report", ...(opts.quick ? ["--quick"] : []), ...opts.spec.map((s) => `--spec ${s}`), ...(opts.out !== "reports/latest" ? [`--out ${opts.out}`] : [])].join(" ");
  const report = await makeReport({ quick: opts.quick ?? false, specs: opts.spec, command, onProgress: progressRenderer(io, opts.json ?? false) });
  io.progress("");
  const files = await writeReport(resolve(opts.out), report);
  const failures = failuresOf(report);
  const k = killSummary(report);
  if (opts.json) io.out(JSON.stringify({ files, failures, report }));
  else {
    for (const s of report.specs) {
      const ok = s.verdict.result === "ok";
      const mut = s.mutants.length ? `, ${s.mutants.filter((m) => m.refuted).length}/${s.mutants.length} mutants refuted` : "";
      io.out(`${ok ? pc.green("✓") : pc.red("✗")} ${s.name.padEnd(22)} ${s.verdict.result.padEnd(9)} ${s.verdict.distinctStates.toLocaleString("en-US").padStart(10)} distinct states${mut}`);
    }
    io.out(`Cluster bugs: ${k.killed} killed, ${k.notKilled} not killed, ${k.notMeasured} not measured of ${k.bugs}; false alarms: ${k.falseAlarms ?? "not measured"}.`);
    io.out(`Wrote ${files.json}, ${files.markdown} and ${files.html} in ${(report.elapsedMs / 1000).toFixed(1)} s.`);
    if (failures.length) io.out(pc.red(`Failed: ${failures.join("; ")}.`));
  }
  return failures.length ? 1 : 0;
}
