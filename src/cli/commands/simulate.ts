/**
 * `clusterspec simulate <spec-file> --seed S --runs R --depth D`: seeded random walks with invariant
 * checks. The seed is always printed (a random one is chosen when none is given) so a run reproduces.
 */
import { randomInt } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import pc from "picocolors";
import { toItf } from "../../checker/itf.ts";
import { loadSpecModule } from "../../checker/loadSpec.ts";
import { compileModel } from "../../checker/model.ts";
import { simulate } from "../../checker/simulate.ts";
import type { Io } from "../io.ts";
import { parseCount, parseParams } from "../options.ts";
import { renderViolation } from "../render.ts";

interface SimulateCliOptions {
  param: string[];
  seed?: string;
  runs?: string;
  depth?: string;
  deadlock: boolean;
  strict?: boolean;
  export?: string;
  json?: boolean;
  traceOut?: string;
}

export function registerSimulateCommand(program: Command, io: Io): void {
  program
    .command("simulate")
    .description("random walks through a spec from a seed, checking invariants on every state")
    .argument("<spec-file>", "a spec module (.cspec.ts)")
    .option("--param <name=value>", "set a spec parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--seed <n>", "seed for every random choice (printed; random when omitted)")
    .option("--runs <n>", "number of behaviours", "100")
    .option("--depth <n>", "maximum steps per behaviour", "50")
    .option("--no-deadlock", "do not report states without enabled actions")
    .option("--strict", "validate every produced state against the Effect schema")
    .option("--export <name>", "the export holding the spec")
    .option("--trace-out <file>", "write the counterexample as an ITF JSON trace")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: SimulateCliOptions) => io.exit(await runSimulate(io, file, opts)));
}

export async function runSimulate(io: Io, file: string, opts: SimulateCliOptions): Promise<number> {
  const { spec } = await loadSpecModule(file, opts.export);
  const seed = parseCount("--seed", opts.seed, 0) ?? randomInt(0, 2 ** 31 - 1);
  const model = compileModel(spec, { params: parseParams(opts.param), strict: opts.strict ?? false, file, symmetry: false });
  const r = simulate(model, {
    seed,
    runs: parseCount("--runs", opts.runs) ?? 100,
    depth: parseCount("--depth", opts.depth, 0) ?? 50,
    ...(opts.deadlock ? {} : { deadlock: false }),
  });
  if (opts.traceOut && r.violation) writeFileSync(opts.traceOut, JSON.stringify(toItf(model, r.violation), null, 2) + "\n");
  const params = Object.entries(r.params).map(([k, v]) => ` --param ${k}=${String(v)}`).join("");
  const reproduce = `clusterspec simulate ${file}${params} --seed ${seed} --runs ${r.runs} --depth ${r.depth}${opts.deadlock ? "" : " --no-deadlock"}`;
  if (opts.json) io.out(JSON.stringify(r));
  else {
    io.out(`Simulating ${r.spec} with seed ${seed}: ${r.runs} runs of at most ${r.depth} steps.`);
    if (r.violation) io.out(pc.red(`✗ violation in run ${r.failingRun! + 1}.`) + "\n" + renderViolation(r.violation, { shortest: false }));
    else io.out(pc.green(`✓ no violation in ${r.steps.toLocaleString("en-US")} steps.`));
    const unused = r.coverage.filter((c) => c.taken === 0).map((c) => c.action);
    if (unused.length) io.out(pc.yellow(`Never taken: ${unused.join(", ")}.`));
    io.out(pc.dim(`Reproduce: ${reproduce}`));
  }
  return r.violation ? 1 : 0;
}
