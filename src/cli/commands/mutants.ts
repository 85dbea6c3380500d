/**
 * `clusterspec mutants [--json] [--budget 60s] [--runs N] [--bug ID] [--no-spec]`: the kill matrix. Every spec mutant
 * must be refuted by the checker; every known cluster bug, switched on alone, must make its family's conformance
 * session fail. Exit 1 when a mutant survives or a bug is not killed.
 */
import type { Command } from "commander";
import pc from "picocolors";
import { bugRows, specMutantRows, type SpecMutantRow } from "../../conformance/killMatrix.ts";
import type { Io } from "../io.ts";
import { parseCount, parseDuration } from "../options.ts";

interface MutantsCliOptions {
  json?: boolean;
  budget?: string;
  runs?: string;
  bug: string[];
  spec: boolean;
}

export function registerMutantsCommand(program: Command, io: Io): void {
  program
    .command("mutants")
    .description("the kill matrix: spec mutants refuted by the checker, cluster bugs caught by conformance")
    .option("--budget <duration>", "time allowed per cluster bug", "60s")
    .option("--runs <n>", "validation seeds / model-based runs per bug", "200")
    .option("--bug <id>", "only these cluster bugs (repeatable)", (v: string, acc: string[]) => [...acc, ...v.split(",")], [])
    .option("--no-spec", "skip the spec mutants")
    .option("--json", "print one JSON object")
    .action(async (opts: MutantsCliOptions) => io.exit(await runMutants(io, opts)));
}

export async function runMutants(io: Io, opts: MutantsCliOptions): Promise<number> {
  const spec: SpecMutantRow[] = opts.spec ? await specMutantRows() : [];
  const bugs = await bugRows({ budgetMs: parseDuration("--budget", opts.budget) ?? 60_000, runs: parseCount("--runs", opts.runs) ?? 200, ...(opts.bug.length ? { only: opts.bug } : {}) });
  const killed = bugs.filter((b) => b.killed);
  const secs = killed.map((b) => b.seconds!).sort((a, b) => a - b);
  const median = secs.length === 0 ? null : secs[Math.floor((secs.length - 1) / 2)]!;
  const summary = { specMutants: spec.length, refuted: spec.filter((m) => m.refuted).length, bugs: bugs.length, killed: killed.length, medianSecondsToKill: median, maxSecondsToKill: secs.at(-1) ?? null };
  if (opts.json) io.out(JSON.stringify({ spec, bugs, summary }));
  else {
    if (spec.length > 0) {
      io.out("Spec mutants (checker):");
      for (const m of spec) io.out(`  ${m.refuted ? pc.green("✓") : pc.red("✗")} ${m.mutant.padEnd(6)} ${m.refuted ? `refuted by ${m.invariant} in ${m.traceLength} steps` : "NOT refuted"}`);
    }
    io.out("Cluster bugs (conformance):");
    for (const b of bugs)
      io.out(
        b.killed
          ? `  ${pc.green("✓")} ${b.bug.padEnd(6)} killed by ${b.check} (seed ${b.seed}) after ${b.steps} steps, ${b.seconds!.toFixed(2)} s — ${b.reproduce}`
          : `  ${pc.red("✗")} ${b.bug.padEnd(6)} not killed: ${b.reason}`,
      );
    io.out(`${summary.refuted}/${summary.specMutants} spec mutants refuted; ${summary.killed}/${summary.bugs} cluster bugs killed${median === null ? "" : `, median ${median.toFixed(2)} s, max ${summary.maxSecondsToKill!.toFixed(2)} s`}.`);
  }
  return summary.refuted === summary.specMutants && summary.killed === summary.bugs ? 0 : 1;
}
