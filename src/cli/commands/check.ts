/**
 * `clusterspec check <spec-file>`: exhaustive model checking of one spec, or of every built-in spec
 * with `--all` (families must hold, mutants must be refuted). Exit 0 ok, 1 violation, 2 bad input.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { checkSpec } from "../../checker/check.ts";
import { toItf } from "../../checker/itf.ts";
import { loadSpecModule } from "../../checker/loadSpec.ts";
import { compileModel } from "../../checker/model.ts";
import type { CheckResult } from "../../checker/result.ts";
import type { Spec } from "../../dsl/spec.ts";
import { builtinSpecFiles, type BuiltinFile } from "../builtins.ts";
import { CONFIG_FILE, findSpecFiles, type SpecFile } from "../specFiles.ts";
import { parseCount, parseDuration, parseParams } from "../options.ts";
import { renderCheck } from "../render.ts";
import type { Io } from "../io.ts";
import { ClusterspecError } from "../../core/errors.ts";
import { EXIT_LIMIT, progressReporter } from "../progress.ts";
import { runList } from "./list.ts";

export interface CheckCliOptions {
  param: string[];
  workers?: string;
  maxStates?: string;
  maxDepth?: string;
  timeLimit?: string;
  dfs?: boolean;
  deadlock: boolean;
  symmetry: boolean;
  liveness: boolean;
  strict?: boolean;
  json?: boolean;
  traceOut?: string;
  export?: string;
  all?: boolean;
  allowLimit?: boolean;
  allowUnreached?: boolean;
  quiet?: boolean;
}

export function registerCheckCommand(program: Command, io: Io): void {
  program
    .command("check")
    .description("model-check a spec: every invariant on every reachable state, shortest counterexample on failure")
    .argument("[spec-file]", "a spec module (.cspec.ts), or a folder or glob of them (each checked against its expected verdict); without it, lists the built-in specs")
    .option("--param <name=value>", "set a spec parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--workers <n>", "worker threads (same counts for every n)")
    .option("--max-states <n>", "stop after this many distinct states (result: limit)")
    .option("--max-depth <n>", "do not expand states deeper than this many actions (result: limit)")
    .option("--time-limit <duration>", "stop after this long, e.g. 90s or 5m (result: limit)")
    .option("--dfs", "depth-first instead of breadth-first (counterexamples are not shortest)")
    .option("--no-deadlock", "do not report states without enabled actions")
    .option("--no-symmetry", "ignore the spec's symmetry declaration")
    .option("--no-liveness", "skip liveness properties (they need the full state graph)")
    .option("--strict", "validate every produced state against the Effect schema (slower)")
    .option("--export <name>", "the export holding the spec (default: the default export)")
    .option("--trace-out <file>", "write the counterexample as an ITF JSON trace")
    .option("--allow-limit", "exit 0, not 3, when a limit ends the run before the state space is exhausted")
    .option("--allow-unreached", "exit 0, not 1, when a `sometimes` witness is never reached")
    .option("--quiet", "no progress lines on stderr")
    .option("--all", "check every built-in spec: families must hold, mutants must be refuted")
    .option("--json", "print one JSON object")
    .action(async (file: string | undefined, opts: CheckCliOptions) => {
      if (opts.all) io.exit(await runAll(io, opts, builtinSpecFiles().filter((f): f is BuiltinFile & { kind: "family" | "mutant" } => f.kind !== "example").map((f) => ({ ...f, expected: f.kind === "mutant" ? "violation" : "ok" }))));
      else if (!file) io.exit(await runList(io, { json: opts.json }));
      else if (isSpecCollection(file)) io.exit(await runAll(io, opts, specCollection(file)));
      else io.exit(await runCheck(io, file, opts));
    });
}

export function reproduceLine(file: string, opts: CheckCliOptions, params: Record<string, unknown>): string {
  const parts = ["clusterspec check", file];
  for (const [k, v] of Object.entries(params)) parts.push(`--param ${k}=${String(v)}`);
  if (opts.workers) parts.push(`--workers ${opts.workers}`);
  if (opts.dfs) parts.push("--dfs");
  if (!opts.deadlock) parts.push("--no-deadlock");
  if (!opts.symmetry) parts.push("--no-symmetry");
  if (!opts.liveness) parts.push("--no-liveness");
  if (opts.maxStates) parts.push(`--max-states ${opts.maxStates}`);
  if (opts.maxDepth) parts.push(`--max-depth ${opts.maxDepth}`);
  if (opts.timeLimit) parts.push(`--time-limit ${opts.timeLimit}`);
  if (opts.export) parts.push(`--export ${opts.export}`);
  return parts.join(" ");
}

async function runOne(io: Io, file: string, opts: CheckCliOptions): Promise<{ spec: Spec; result: CheckResult }> {
  const { spec, exportName, machine } = await loadSpecModule(file, opts.export);
  // More threads than cores only adds contention (and --workers 1000 would start a thousand threads).
  const asked = parseCount("--workers", opts.workers) ?? 1;
  const workers = Math.min(asked, availableParallelism());
  if (workers < asked && !opts.json) io.err(`Note: --workers ${asked} capped at ${workers}, the number of CPUs available.`);
  const result = await checkSpec(spec, {
    file,
    exportName,
    machine,
    params: parseParams(opts.param),
    workers,
    strategy: opts.dfs ? "dfs" : "bfs",
    maxStates: parseCount("--max-states", opts.maxStates),
    maxDepth: parseCount("--max-depth", opts.maxDepth, 0),
    timeLimitMs: parseDuration("--time-limit", opts.timeLimit),
    ...(opts.deadlock ? {} : { deadlock: false }),
    symmetry: opts.symmetry,
    liveness: opts.liveness,
    strict: opts.strict ?? false,
    onProgress: progressReporter(io, { quiet: opts.quiet ?? false, json: opts.json ?? false }),
  });
  return { spec, result };
}

/** Exit code of one check: 1 violation or unreached witness, 3 limit (unless allowed), else 0. */
export function checkExitCode(r: CheckResult, opts: Pick<CheckCliOptions, "allowLimit" | "allowUnreached">): number {
  if (r.result === "violation") return 1;
  if (r.result === "limit") return opts.allowLimit ? 0 : EXIT_LIMIT;
  if (!opts.allowUnreached && unreached(r).length) return 1;
  return 0;
}

const unreached = (r: CheckResult) => (r.result === "ok" ? r.witnesses.filter((w) => w.count === 0).map((w) => w.name) : []);

/**
 * `--trace-out` is usable before a long run starts: its folder exists (created when missing) and is writable, it is
 * not a folder, and it is not the spec file itself.
 */
function prepareTraceOut(traceOut: string, specFile: string): void {
  const out = resolve(traceOut);
  const bad = (why: string, hint: string): never => {
    throw new ClusterspecError({ code: "CS283", message: `--trace-out ${traceOut} ${why}.`, where: { option: "--trace-out", file: traceOut }, hint });
  };
  if (out === resolve(specFile)) bad("is the spec file itself; writing the trace would overwrite your spec", "Name another file, e.g. --trace-out trace.itf.json.");
  if (existsSync(out) && statSync(out).isDirectory()) bad("is a directory", `Name a file inside it, e.g. --trace-out ${traceOut.replace(/\/$/, "")}/trace.itf.json.`);
  try {
    mkdirSync(dirname(out), { recursive: true });
    accessSync(dirname(out), constants.W_OK);
  } catch (e) {
    bad(`cannot be written: ${(e as Error).message}`, "Pick a folder you can write to.");
  }
}

export async function runCheck(io: Io, file: string, opts: CheckCliOptions): Promise<number> {
  if (opts.traceOut) prepareTraceOut(opts.traceOut, file);
  const { spec, result: r } = await runOne(io, file, opts);
  io.progress("");
  let traceError: ClusterspecError | undefined;
  if (opts.traceOut && r.violation) {
    try {
      const model = compileModel(spec, { params: r.params as Record<string, string>, file, symmetry: opts.symmetry });
      writeFileSync(opts.traceOut, JSON.stringify(toItf(model, r.violation), null, 2) + "\n");
    } catch (e) {
      // The result is printed all the same: a long run is never lost to a failed write.
      traceError = e instanceof ClusterspecError ? e : new ClusterspecError({ code: "CS283", message: `--trace-out ${opts.traceOut} could not be written: ${(e as Error).message}.`, where: { option: "--trace-out", file: opts.traceOut }, hint: "The counterexample is in the output above; pick a writable file." });
    }
  }
  const missing = unreached(r);
  if (opts.json) io.out(JSON.stringify({ ...r, ...(missing.length ? { unreachedWitnesses: missing } : {}), ...(traceError ? { traceOutError: traceError.toJSON() } : {}) }));
  else {
    io.out(renderCheck(r, reproduceLine(file, opts, r.params)));
    if (opts.traceOut && !traceError) io.out(r.violation ? `ITF trace written to ${opts.traceOut}.` : `No counterexample, so no trace written to ${opts.traceOut}.`);
    if (missing.length && !opts.allowUnreached) io.out(pc.red(`✗ Witness${missing.length > 1 ? "es" : ""} ${missing.join(", ")} never reached: the spec may not do what you think (pass --allow-unreached to accept).`));
    if (r.result === "limit" && !opts.allowLimit) io.out(pc.yellow(`Exit code ${EXIT_LIMIT}: the check is incomplete (pass --allow-limit to accept, or raise the limit).`));
    if (traceError) io.err(traceError.render());
  }
  if (traceError) return 2;
  return checkExitCode(r, opts);
}

const isSpecCollection = (target: string) => /[*?]/.test(target) || (existsSync(target) && statSync(target).isDirectory());

function specCollection(target: string): SpecFile[] {
  const files = findSpecFiles(target);
  if (files.length === 0)
    throw new ClusterspecError({
      code: "CS100",
      message: `${target} holds no spec modules.`,
      where: { target },
      hint: `Name spec modules *.cspec.ts, or list them in ${CONFIG_FILE} ({ "specs": ["**/*.cspec.ts"] }); \`clusterspec init\` writes a starting point.`,
    });
  return files;
}

/** Checks each file against its expected verdict (families hold, mutants are refuted); exit 1 when any does not. */
async function runAll(io: Io, opts: CheckCliOptions, files: readonly SpecFile[]): Promise<number> {
  const rows: Array<{ file: string; kind: string; spec: string; result: string; expected: string; pass: boolean; distinctStates: number; invariantId?: string; steps?: number; elapsedMs: number }> = [];
  for (const f of files) {
    const { result: r } = await runOne(io, f.file, { ...opts, param: [] });
    io.progress("");
    const expected = f.expected;
    const row = {
      file: f.file,
      kind: f.kind,
      spec: r.spec,
      result: r.result,
      expected,
      pass: r.result === expected && (expected !== "ok" || checkExitCode(r, opts) === 0),
      distinctStates: r.distinctStates,
      ...(r.violation ? { invariantId: r.violation.invariantId ?? r.violation.invariant } : {}),
      ...(r.violation ? { steps: r.violation.trace.length - 1 } : {}),
      elapsedMs: r.elapsedMs,
    };
    rows.push(row);
    if (!opts.json) {
      const mark = row.pass ? pc.green("✓") : pc.red("✗");
      const what = f.kind === "mutant" ? (r.violation ? `refuted: ${row.invariantId} after ${row.steps} steps` : "NOT refuted") : r.result === "ok" ? "holds" : `${r.result}${row.invariantId ? `: ${row.invariantId}` : ""}`;
      io.out(`${mark} ${f.file.padEnd(42)} ${what.padEnd(34)} ${r.distinctStates.toLocaleString("en-US").padStart(10)} states ${(r.elapsedMs / 1000).toFixed(1).padStart(6)} s`);
    }
  }
  const failed = rows.filter((r) => !r.pass);
  if (opts.json) io.out(JSON.stringify({ result: failed.length ? "violation" : "ok", specs: rows }));
  else io.out(failed.length ? pc.red(`${failed.length} of ${rows.length} specs did not behave as expected.`) : pc.green(`All ${rows.length} specs behave as expected (families hold, mutants refuted).`));
  return failed.length ? 1 : 0;
}
