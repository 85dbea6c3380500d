/**
 * `clusterspec <verb>`: the one front door. Every verb takes `--json`; exit codes are 0 ok,
 * 1 property violated, 2 bad input. Bad input prints one clear message with hints — never a stack trace.
 */
import { Command, CommanderError } from "commander";
import { ClusterspecError } from "../core/errors.ts";
import { registerCheckCommand } from "./commands/check.ts";
import { registerListCommand } from "./commands/list.ts";
import { registerSimulateCommand } from "./commands/simulate.ts";
import { processIo, type Io } from "./io.ts";
import { registerClusterCommand } from "./commands/cluster.ts";
import { registerHistoryCommand } from "./commands/history.ts";
import { registerGenerateCommand } from "./commands/generate.ts";
import { registerConformCommand } from "./commands/conform.ts";
import { registerReplayCommand } from "./commands/replay.ts";
import { registerMutantsCommand } from "./commands/mutants.ts";
import { registerReportCommand } from "./commands/report.ts";

export async function main(argv: readonly string[], ioOverride?: Partial<Io>): Promise<number> {
  let code = 0;
  const io: Io = { ...processIo((c) => (code = c)), ...ioOverride, exit: (c) => (code = c) };
  const json = argv.includes("--json");
  const program = new Command("clusterspec")
    .description("Specs, model checking, generated implementations and conformance suites for clustered-storage protocols")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => {} })
    .showHelpAfterError(false);
  registerCheckCommand(program, io);
  registerSimulateCommand(program, io);
  registerListCommand(program, io);
  registerClusterCommand(program, io);
  registerHistoryCommand(program, io);
  registerGenerateCommand(program, io);
  registerConformCommand(program, io);
  registerReplayCommand(program, io);
  registerMutantsCommand(program, io);
  registerReportCommand(program, io);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => {} });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return report(io, json, new ClusterspecError({ code: "CS160", message: e.message.replace(/^error: /, "").replace(/\.?$/, "."), hint: "Run `clusterspec help <verb>` for the options of a verb." }));
    }
    if (e instanceof ClusterspecError) return report(io, json, e);
    const err = e as Error;
    io.err(`internal error: ${err?.message ?? String(e)}`);
    if (process.env.CLUSTERSPEC_DEBUG) io.err(err?.stack ?? "");
    else io.err("Hint: this is a bug in clusterspec; rerun with CLUSTERSPEC_DEBUG=1 for a stack trace and report it.");
    return 2;
  }
}

function report(io: Io, json: boolean, e: ClusterspecError): number {
  io.progress("");
  if (json) io.out(JSON.stringify({ error: e.toJSON() }));
  else io.err(e.render());
  return 2;
}
