/**
 * `clusterspec replay <itf-file> [--spec file] [--adapter module] [--bug ID] [--seed S] [--json]`: replays an ITF
 * trace on the spec machine (every step must be enabled and reach the recorded state's action), and, with an adapter
 * or a built-in family, drives the system through it with every observation explained.
 */
import type { Command } from "commander";
import pc from "picocolors";
import { ClusterspecError } from "../../core/errors.ts";
import { driveRun } from "../../conformance/drive.ts";
import { readItfActions } from "../../conformance/itfTrace.ts";
import { actionLabel } from "../../conformance/machine.ts";
import { renderOutcome } from "../../conformance/renderOutcome.ts";
import { findTarget } from "../../conformance/families.ts";
import { resolveTarget } from "../../conformance/resolveTarget.ts";
import { machineFromSpec } from "../../conformance/specMachine.ts";
import { loadSpec } from "../../checker/index.ts";
import type { Io } from "../io.ts";
import { parseCount } from "../options.ts";

interface ReplayCliOptions {
  spec?: string;
  adapter?: string;
  bug: string[];
  seed?: string;
  json?: boolean;
}

export function registerReplayCommand(program: Command, io: Io): void {
  program
    .command("replay")
    .description("replay an ITF trace on the spec machine and, with an adapter, on the system")
    .argument("<itf-file>", "an ITF trace whose states carry #meta.action/#meta.args")
    .option("--spec <spec>", "spec file or family (default: the trace's #meta.source)")
    .option("--adapter <module>", "drive your system through the trace")
    .option("--bug <id>", "switch on a known cluster bug (repeatable)", (v: string, acc: string[]) => [...acc, ...v.split(",")], [])
    .option("--seed <n>", "seed of the system run", "1")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: ReplayCliOptions) => io.exit(await runReplay(io, file, opts)));
}

export async function runReplay(io: Io, file: string, opts: ReplayCliOptions): Promise<number> {
  const itf = readItfActions(file);
  const specArg = opts.spec ?? itf.spec;
  if (specArg === undefined)
    throw new ClusterspecError({ code: "CS320", message: `Trace ${file} does not say which spec it belongs to.`, where: { file }, hint: "Pass --spec <spec file or family>." });
  const builtin = findTarget(specArg);
  const hasSystem = opts.adapter !== undefined || (builtin !== undefined && builtin.adapter !== null);
  const target = hasSystem ? await resolveTarget(builtin?.family ?? specArg, opts.adapter) : null;
  const m = target?.machine ?? machineFromSpec(await loadSpec(builtin?.specFile ?? specArg), { params: builtin?.params ?? itf.params ?? {} });
  // On the machine: every step enabled.
  let s = m.initialStates()[0];
  let machineSteps = 0;
  let disabledAt: { step: number; action: string; message: string } | null = null;
  for (const a of itf.actions) {
    const r = m.step(s, a);
    if (r.status !== "ok") {
      disabledAt = { step: machineSteps + 1, action: actionLabel(a), message: r.message };
      break;
    }
    s = r.state;
    machineSteps++;
  }
  const seed = parseCount("--seed", opts.seed, 0) ?? 1;
  const sys =
    target === null
      ? null
      : await driveRun(m, target.makeAdapter(), (i) => itf.actions[i] ?? null, {
          seed,
          bugs: opts.bug,
          check: "replay",
          reproduce: `clusterspec replay ${file}${opts.adapter ? ` --spec ${target.specFile} --adapter ${opts.adapter}` : ""} --seed ${seed}${opts.bug.map((b) => ` --bug ${b}`).join("")}`,
        });
  const ok = disabledAt === null && (sys === null || sys.status === "ok");
  if (opts.json) io.out(JSON.stringify({ file, spec: m.config.spec, steps: itf.actions.length, machine: { steps: machineSteps, disabledAt }, system: sys }));
  else {
    io.out(`Replaying ${file} (${itf.actions.length} steps) on ${m.config.spec}:`);
    io.out(disabledAt === null ? pc.green(`  ✓ machine: all ${machineSteps} steps enabled`) : pc.red(`  ✗ machine: step ${disabledAt.step} ${disabledAt.action} is disabled (${disabledAt.message})`));
    if (sys === null) io.out(pc.dim("  (no system: pass --adapter, or use a family with a reference-cluster adapter)"));
    else if (sys.status === "ok")
      io.out(pc.green(`  ✓ system: ${sys.performed.length} driven steps explained${sys.skipped ? `, ${sys.skipped} skipped` : ""}${sys.cutAt ? `, cut at ${sys.cutAt} (not driven)` : ""}`));
    else for (const line of renderOutcome(sys, m.config.spec)) io.out(`  ${line}`);
  }
  return ok ? 0 : 1;
}
