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
import { ClusterspecError } from "../../core/errors.ts";
import { compareReports, makeReport, readReportFile, writeReport, ReportSchema, type Report, type ReportChange, type ReportProgress } from "../../report/index.ts";
import { killSummary } from "../../report/summary.ts";
import type { Io } from "../io.ts";

interface ReportCliOptions {
  out: string;
  quick?: boolean;
  spec: string[];
  json?: boolean;
  check?: string;
  compare?: string[];
  threshold?: string;
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
    .option("--compare <old-and-new...>", "compare two report.json files: changes beyond the noise threshold (exit 1 on a regression)")
    .option("--threshold <percent>", "noise threshold for --compare, e.g. 25%", "25%")
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
  if (opts.compare) return runCompare(io, opts.compare, opts);
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

/** `25%`, `25` or `0.25` → 0.25. */
export function parseThreshold(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(raw.trim());
  const v = m ? (m[2] === "%" || Number(m[1]) > 1 ? Number(m[1]) / 100 : Number(m[1])) : NaN;
  if (!Number.isFinite(v) || v <= 0 || v >= 10)
    throw new ClusterspecError({ code: "CS304", message: `--threshold must be a positive percentage, got ${JSON.stringify(raw)}.`, where: { option: "--threshold", value: raw }, hint: "For example --threshold 25% (the shared CI machines vary by about ±20%)." });
  return v;
}

const shownValue = (v: ReportChange["old"]): string => (v === null ? "—" : typeof v === "number" ? (Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 2 })) : String(v));

function runCompare(io: Io, files: readonly string[], opts: ReportCliOptions): number {
  if (files.length !== 2)
    throw new ClusterspecError({ code: "CS304", message: `--compare takes two report files (old, new), got ${files.length}.`, where: { option: "--compare" }, hint: "clusterspec report --compare reports/example/report.json reports/latest/report.json" });
  const threshold = parseThreshold(opts.threshold ?? "25%");
  const [oldFile, newFile] = files as [string, string];
  const c = compareReports(readReportFile(oldFile), readReportFile(newFile), { threshold });
  if (opts.json) io.out(JSON.stringify({ old: oldFile, new: newFile, ...c }));
  else {
    io.out(`Comparing ${oldFile} → ${newFile} (noise threshold ±${Math.round(threshold * 100)}%; times under ${c.minMs} ms ignored).`);
    for (const n of c.notes) io.out(pc.yellow(`Note: ${n}.`));
    for (const kind of ["regression", "changed", "improvement"] as const)
      for (const x of c.changes.filter((y) => y.kind === kind)) {
        const mark = kind === "improvement" ? pc.green("+") : kind === "changed" ? pc.yellow("~") : pc.red("✗");
        const rel = x.relative === null ? "" : ` (${x.relative > 0 ? "+" : ""}${Math.round(x.relative * 100)}%)`;
        io.out(`${mark} ${kind.padEnd(11)} ${x.figure}: ${shownValue(x.old)} → ${shownValue(x.new)}${rel}`);
      }
    const imp = c.changes.filter((x) => x.kind === "improvement").length;
    io.out(c.changes.length === 0 ? pc.green("No changes beyond the noise threshold.") : `${c.regressions} regression${c.regressions === 1 ? "" : "s"} or changes of semantics, ${imp} improvement${imp === 1 ? "" : "s"}.`);
  }
  return c.regressions > 0 ? 1 : 0;
}
