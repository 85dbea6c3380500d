/**
 * `clusterspec <verb>`: the one front door. Every verb takes `--json`; exit codes are 0 ok,
 * 1 property violated, 2 bad input. Bad input prints one clear message with hints — never a stack trace.
 */
import { readFileSync } from "node:fs";
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
import { registerInitCommand } from "./commands/init.ts";
import { registerDescribeCommand } from "./commands/describe.ts";
import { registerReportCommand } from "./commands/report.ts";

export async function main(argv: readonly string[], ioOverride?: Partial<Io>): Promise<number> {
  let code = 0;
  const io: Io = { ...processIo((c) => (code = c)), ...ioOverride, exit: (c) => (code = c) };
  // `--json` after `--` is an operand, not the option.
  const dashdash = argv.indexOf("--");
  const json = (dashdash < 0 ? argv : argv.slice(0, dashdash)).includes("--json");
  if (argv.length === 0) argv = ["--help"];
  if (json && (argv.includes("--help") || argv.includes("-h") || argv[0] === "help")) return printHelpJson(io, argv);
  // Under --json, stdout carries exactly one JSON object: a spec's console.log goes to stderr instead.
  const restore = json && !ioOverride ? redirectConsoleLog() : () => {};
  try {
    return await run(argv, io, json, () => code);
  } finally {
    restore();
  }
}

function buildProgram(io: Io): Command {
  const program = new Command("clusterspec")
    .description("Specs, model checking, generated implementations and conformance suites for clustered-storage protocols")
    .version(packageVersion(), "-V, --version", "print the clusterspec version")
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
  registerInitCommand(program, io);
  registerDescribeCommand(program, io);
  registerReportCommand(program, io);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => {} });
  return program;
}

async function run(argv: readonly string[], io: Io, json: boolean, code: () => number): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return report(io, json, new ClusterspecError({ code: "CS160", message: e.message.replace(/^error: /, "").replace(/\.?$/, "."), hint: "Run `clusterspec help <verb>` for the options of a verb." }));
    }
    if (e instanceof ClusterspecError) return report(io, json, e);
    const err = e as Error;
    const internal = new ClusterspecError({
      code: "CS299",
      message: `internal error: ${err?.message ?? String(e)}`,
      hint: "This is a bug in clusterspec; rerun with CLUSTERSPEC_DEBUG=1 for a stack trace and report it.",
    });
    if (process.env.CLUSTERSPEC_DEBUG) io.err(err?.stack ?? "");
    return report(io, json, internal);
  }
}

/** `--help --json`: the verbs and their options as data. */
function printHelpJson(io: Io, argv: readonly string[]): number {
  const program = buildProgram(io);
  const verb = argv.find((a) => !a.startsWith("-") && a !== "help");
  const describe = (c: Command) => ({
    name: c.name(),
    description: c.description(),
    arguments: c.registeredArguments.map((a) => ({ name: a.name(), required: a.required, description: a.description })),
    options: c.options.map((o) => ({ flags: o.flags, description: o.description })),
  });
  const cmd = verb ? program.commands.find((c) => c.name() === verb) : undefined;
  io.out(JSON.stringify(cmd ? describe(cmd) : { ...describe(program), version: packageVersion(), commands: program.commands.map(describe) }));
  return 0;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

function redirectConsoleLog(): () => void {
  const { log, info } = console;
  console.log = console.info = (...a: unknown[]) => console.error(...a);
  return () => {
    console.log = log;
    console.info = info;
  };
}

function report(io: Io, json: boolean, e: ClusterspecError): number {
  io.progress("");
  if (json) io.out(JSON.stringify({ error: e.toJSON() }));
  else io.err(e.render());
  return 2;
}
