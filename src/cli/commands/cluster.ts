/**
 * `clusterspec cluster`: run the reference in-memory cluster under a seeded workload with faults and known
 * bugs, and print what happened (operations, faults, violations seen by the cluster's runtime checks). The
 * seed is always printed, and the text output ends with the command that reproduces the run. `--list-bugs`
 * prints the known-bug catalog. Exit codes: 0 no violation, 1 violations seen, 2 bad input.
 */
import { randomInt } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { ClusterspecError, type ErrorCode } from "../../core/errors.ts";
import { checkLinearizable, type LinearizabilityResult } from "../../history/index.ts";
import { BUG_IDS, Cluster, FAULT_CLASSES, KNOWN_BUGS, isBugId, isFaultClass, runWorkload, type BugId, type FaultClass } from "../../cluster/index.ts";

export interface ClusterCliOptions {
  nodes?: string;
  replicaMembers?: string;
  quorumLossNotice?: string;
  seed?: string;
  faults?: string;
  bug?: string[];
  steps?: string;
  faultEvery?: string;
  history?: string;
  json?: boolean;
  listBugs?: boolean;
}

export interface ClusterRunResult {
  readonly exitCode: number;
  readonly stdout: string;
}

/** Where output and the exit code go when registered on a program; defaults to the process. */
export interface ClusterCommandIo {
  out(text: string): void;
  exit(code: number): void;
}

export function registerClusterCommand(program: Command, io?: ClusterCommandIo): void {
  const sink: ClusterCommandIo = io ?? { out: (t) => void process.stdout.write(t + "\n"), exit: (c) => void (process.exitCode = c) };
  program
    .command("cluster")
    .description("run the reference in-memory block-device cluster under a seeded workload, faults and known bugs")
    .option("--nodes <n>", "number of nodes (2..64)", "3")
    .option("--replica-members <m>", "quorum replica members (1..15; QM-1 needs an even count, e.g. 4)", "3")
    .option("--quorum-loss-notice <ticks>", "single-owner: a cut-off node's failure detector notices the lost quorum within this many ticks (0..24; 15 reaches SO-M2)", "0")
    .option("--seed <n>", "seed for every random choice (printed; random when omitted)")
    .option("--faults <list>", `comma-separated fault classes: ${FAULT_CLASSES.join(", ")}`)
    .option("--bug <id>", "switch on a known bug (repeatable or comma-separated; see --list-bugs)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--steps <n>", "client operations to issue", "10000")
    .option("--fault-every <n>", "mean operations between two injected faults", "100")
    .option("--history <file>", "write the invoke/return history as JSON")
    .option("--list-bugs", "list the known-bug catalog")
    .option("--json", "print one JSON object")
    .action((opts: ClusterCliOptions) => {
      const r = runCluster(opts);
      if (r.stdout !== "") sink.out(r.stdout);
      sink.exit(r.exitCode);
    });
}

/** Bad input: a CS24x error naming the option (rendered as text, or `{ error }` with --json; exit 2). */
function badInput(code: ErrorCode, message: string, option: string, hint: string): ClusterspecError {
  return new ClusterspecError({ code, message, where: { command: "cluster", option }, hint });
}

function parseInteger(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw badInput("CS240", `${flag} must be an integer from ${min} to ${max}, got "${raw}".`, flag, `For example: ${flag} ${Math.min(max, Math.max(min, fallback))}`);
  return n;
}

function parseList(raw: string | readonly string[] | undefined): string[] {
  const parts = typeof raw === "string" ? [raw] : (raw ?? []);
  return parts.flatMap((p) => p.split(",")).map((s) => s.trim()).filter((s) => s !== "");
}

/** The whole command as a pure-ish function (it only writes the `--history` file): tests call it directly. */
export function runCluster(opts: ClusterCliOptions, chooseSeed: () => number = () => randomInt(0, 2 ** 31 - 1)): ClusterRunResult {
  try {
    if (opts.listBugs) return listBugs(opts.json ?? false);
    const nodes = parseInteger("--nodes", opts.nodes, 3, 2, 64);
    const replicaMembers = parseInteger("--replica-members", opts.replicaMembers, 3, 1, 15);
    const notice = parseInteger("--quorum-loss-notice", opts.quorumLossNotice, 0, 0, 24);
    const steps = parseInteger("--steps", opts.steps, 10_000, 0, 10_000_000);
    const faultEvery = parseInteger("--fault-every", opts.faultEvery, 100, 1, 1_000_000);
    const seed = opts.seed === undefined ? chooseSeed() : parseInteger("--seed", opts.seed, 0, 0, 2 ** 32 - 1);
    const faults = parseList(opts.faults);
    for (const f of faults) if (!isFaultClass(f)) throw badInput("CS241", `Unknown fault "${f}".`, "--faults", `Known faults: ${FAULT_CLASSES.join(", ")}.`);
    const bugs = parseList(opts.bug);
    for (const b of bugs) if (!isBugId(b)) throw badInput("CS242", `Unknown bug id "${b}".`, "--bug", `Run \`clusterspec cluster --list-bugs\`; ids are ${BUG_IDS.join(", ")}.`);
    const cluster = new Cluster({ seed, nodes, replicaMembers, soQuorumLossNotice: notice, bugs: bugs as BugId[] });
    const summary = runWorkload(cluster, { steps, faults: faults as FaultClass[], faultEvery });
    if (opts.history !== undefined) {
      try {
        writeFileSync(opts.history, cluster.env.history.toJSON(seed) + "\n");
      } catch (e) {
        throw badInput("CS243", `Cannot write the history to ${opts.history}: ${(e as Error).message}.`, "--history", "Pass a writable path to --history.");
      }
    }
    const reproduce = [
      `clusterspec cluster --nodes ${nodes}${replicaMembers !== 3 ? ` --replica-members ${replicaMembers}` : ""}${notice !== 0 ? ` --quorum-loss-notice ${notice}` : ""} --seed ${seed}`,
      faults.length > 0 ? ` --faults ${faults.join(",")}` : "",
      faults.length > 0 && faultEvery !== 100 ? ` --fault-every ${faultEvery}` : "",
      bugs.map((b) => ` --bug ${b}`).join(""),
      ` --steps ${steps}`,
      opts.history !== undefined ? ` --history ${opts.history}` : "",
    ].join("");
    // The recorded history is checked for linearizability here, not in src/cluster (which depends on core only);
    // it subsumes the cluster's own stale-read check, whose entries it therefore replaces.
    const linearizability = checkLinearizable(cluster.history(), { timeLimitMs: 10_000 });
    const violations = [
      ...summary.violations.filter((v) => v.check !== "stale-read").map(({ check, detail }) => ({ check, detail })),
      ...linearizabilityViolations(linearizability),
    ];
    const exitCode = violations.length > 0 ? 1 : 0;
    if (opts.json) {
      // The history check's verdict, so a machine can tell "linearizable" from "unknown" (time limit reached).
      const lin = linearizability;
      const history = {
        status: lin.status, registers: lin.registers, operations: lin.operations, undecided: lin.undecided.length,
        ...(lin.limitReached === undefined ? {} : { limitReached: lin.limitReached }), elapsedMs: Math.round(lin.elapsedMs),
      };
      const out = {
        seed, nodes, replicaMembers, steps, events: summary.events, operations: summary.operations.total, faults: summary.faults,
        linearizability: history, violations, firstViolationStep: violations.length === 0 ? null : summary.firstViolationStep ?? steps,
      };
      return { exitCode, stdout: JSON.stringify(out) };
    }
    const n = (x: number): string => x.toLocaleString("en-US");
    const ops = summary.operations;
    const lines = [
      `Simulating a ${nodes}-node reference cluster with seed ${seed}: ${n(steps)} client operations, ` +
        `faults ${faults.length > 0 ? faults.join(",") : "none"}, bugs ${bugs.length > 0 ? bugs.join(",") : "none"}.`,
      `  events      ${n(summary.events)} simulated events in ${n(summary.virtualTime)} virtual ticks`,
      `  operations  ${n(ops.total)} (ok ${n(ops.ok)}, failed ${n(ops.fail)}, timed out ${n(ops.timeout)})`,
      `              ${Object.entries(ops.byFamily).sort().map(([f, c]) => `${f} ${n(c)}`).join(", ")}`,
      `  faults      ${n(summary.faults)} injected`,
    ];
    lines.push(`  history     ${n(linearizability.operations)} register operations on ${n(linearizability.registers)} blocks: ${linearizability.status} (${linearizability.elapsedMs.toFixed(0)} ms)`);
    if (violations.length === 0) lines.push("✓ no violation seen by the runtime safety checks or the linearizability check.");
    else {
      lines.push(`✗ ${n(violations.length)} violation${violations.length === 1 ? "" : "s"}:`);
      for (const v of violations.slice(0, 20)) lines.push(`  ${v.check.padEnd(10)} ${v.detail}`);
      if (violations.length > 20) lines.push(`  … and ${n(violations.length - 20)} more (use --json for all).`);
    }
    if (opts.history !== undefined) lines.push(`History written to ${opts.history} (${n(cluster.env.history.events.length)} events).`);
    lines.push(`Reproduce: ${reproduce}`);
    return { exitCode, stdout: lines.join("\n") };
  } catch (e) {
    if (!(e instanceof ClusterspecError)) throw e;
    const hint = e.hints.join(" ");
    // `hints` as every verb's JSON error has it; `hint` the same as one string.
    if (opts.json) return { exitCode: 2, stdout: JSON.stringify({ error: { code: e.code, message: e.message, where: e.where, hint, hints: e.hints } }) };
    return { exitCode: 2, stdout: `error ${e.code}: ${e.message}\nHint: ${hint}` };
  }
}

/** One `linearizable` violation per register whose operations no order explains. */
function linearizabilityViolations(r: LinearizabilityResult): Array<{ check: string; detail: string }> {
  return r.failures.map((f) => ({
    check: "linearizable",
    detail: `${f.register.family ?? ""} ${f.register.object}${f.register.block === undefined ? "" : ` block ${f.register.block}`}: ${f.explanation} Window: ${f.window.map((o) => `#${o.id}`).join(" ")}.`.trim(),
  })).concat(r.failingRegisters > r.failures.length ? [{ check: "linearizable", detail: `… and ${r.failingRegisters - r.failures.length} more registers that are not linearizable.` }] : []);
}

function listBugs(json: boolean): ClusterRunResult {
  const rows = KNOWN_BUGS.map(({ id, family, breaks, description, reach }) => ({ id, family, breaks, description, reach }));
  if (json) return { exitCode: 0, stdout: JSON.stringify(rows) };
  const lines = ["Known bugs (switch one on with --bug ID); each with the faults and configuration its scenario needs:"];
  for (const r of rows) {
    const config = [`--faults ${r.reach.faults.length > 0 ? r.reach.faults.join(",") : "(none)"}`, r.reach.replicaMembers === undefined ? "" : `--replica-members ${r.reach.replicaMembers}`, r.reach.quorumLossNotice === undefined ? "" : `--quorum-loss-notice ${r.reach.quorumLossNotice}`].filter((x) => x !== "").join(" ");
    lines.push(`  ${r.id.padEnd(6)} ${r.family.padEnd(21)} breaks ${r.breaks.padEnd(10)} ${r.description}`);
    lines.push(`         needs ${config}: ${r.reach.why}`);
  }
  return { exitCode: 0, stdout: lines.join("\n") };
}
