/**
 * `clusterspec history check FILE [--json] [--time-limit 10s]`: decide whether a recorded block read/write
 * history (clusterspec-history/1, from the reference cluster or a user's own harness) is linearizable.
 * Exit codes: 0 linearizable, 1 not linearizable or `unknown` (the time limit or the memo bound ran out before
 * every block was decided: linearizability was not shown), 2 bad input.
 */
import type { Command } from "commander";
import { checkLinearizable, readHistoryFile, type LinearizabilityResult } from "../../history/index.ts";
import type { Io } from "../io.ts";
import { parseDuration } from "../options.ts";

export interface HistoryCheckOptions {
  json?: boolean;
  timeLimit?: string;
}

export function registerHistoryCommand(program: Command, io: Io): void {
  const history = program.command("history").description("work with recorded operation histories (clusterspec-history/1)");
  history
    .command("check <file>")
    .description("decide whether a block read/write history is linearizable (per block; Wing–Gong/Lowe search)")
    .option("--time-limit <duration>", "give up after this long with verdict unknown, e.g. 10s (default 60s)")
    .option("--json", "print one JSON object")
    .action((file: string, opts: HistoryCheckOptions) => io.exit(runHistoryCheck(io, file, opts)));
  history.exitOverride();
}

export function runHistoryCheck(io: Io, file: string, opts: HistoryCheckOptions): number {
  const timeLimitMs = parseDuration("--time-limit", opts.timeLimit) ?? 60_000;
  const h = readHistoryFile(file);
  const result = checkLinearizable(h, { timeLimitMs });
  if (opts.json) io.out(JSON.stringify({ file, ...result }));
  else io.out(renderLinearizability(result, file).join("\n"));
  return result.status === "linearizable" ? 0 : 1;
}

/** Text report of a linearizability result; shared with `clusterspec cluster --history`. */
export function renderLinearizability(r: LinearizabilityResult, file?: string): string[] {
  const n = (x: number): string => x.toLocaleString("en-US");
  const head = `${n(r.operations)} register operations on ${n(r.registers)} registers in ${r.elapsedMs.toFixed(0)} ms` +
    ` (dropped: ${n(r.dropped.failed)} failed, ${n(r.dropped.unknownReads)} reads with unknown result, ${n(r.dropped.unseenUnknownWrites)} unknown writes nobody read; ${n(r.otherOperations)} other operations not checked)`;
  const lines = [`${file === undefined ? "History" : file}: ${head}.`];
  if (r.status === "linearizable") lines.push("✓ linearizable: every read returned a value some legal order of the writes allows.");
  else if (r.status === "unknown") {
    const why = r.limitReached === "memory" ? "the search's memory bound was reached" : r.limitReached === "time+memory" ? "the time limit and the memory bound ran out" : "the time limit ran out";
    const hint = r.limitReached === "memory" ? "the history has a pathological block (very many concurrent operations); shorten the run or split the block" : "raise --time-limit";
    lines.push(`? unknown: ${why} before ${n(r.undecided.length)} register(s) were decided (${r.undecided.slice(0, 5).join(", ")}). Hint: ${hint}.`);
  }
  else {
    lines.push(`✗ not linearizable: ${n(r.failingRegisters)} register(s) cannot be explained by any order of their operations.`);
    for (const f of r.failures) {
      const reg = `${f.register.family !== undefined && f.register.family !== "" ? f.register.family + " " : ""}${f.register.object}${f.register.block === undefined ? "" : ` block ${f.register.block}`}`;
      lines.push(`  ${reg}: ${f.explanation}`);
      lines.push(`    shortest window (${f.window.length} operations${f.minimal ? "" : ", not minimised: time limit"}):`);
      for (const o of f.window.slice(0, 12)) {
        const v = o.op === "cas" ? `${JSON.stringify(o.expect)}→${JSON.stringify(o.value)}` : JSON.stringify(o.value);
        lines.push(`      #${o.id} ${o.op.padEnd(5)} ${v.padEnd(10)} [${o.invokeTime}..${o.returnTime ?? "?"}]${o.client === undefined ? "" : ` ${o.client}`}${o.node === undefined ? "" : `@${o.node}`}${o.id === f.operation.id ? "  ← cannot be linearized" : ""}`);
      }
      if (f.window.length > 12) lines.push(`      … ${f.window.length - 12} more (--json for all)`);
    }
  }
  if (r.seed !== undefined) lines.push(`Seed: ${r.seed}`);
  return lines;
}
