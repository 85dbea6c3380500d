/**
 * Implementation-driven validation (trace validation, as TLA+ does it for CCF and etcd): the system runs its own
 * seeded workload and faults; after every tick whose observation changed, the observation must be explained by the
 * spec from the states consistent with everything seen before (see Explainer). At the end, the data histories must
 * pass the adapter's linearizability/register check.
 */
import type { Adapter } from "./adapter.ts";
import { dataCheck } from "./dataCheck.ts";
import { observationKey } from "./diff.ts";
import { Explainer } from "./explainer.ts";
import { actionLabel, type Machine } from "./machine.ts";
import type { RunOutcome } from "./outcome.ts";

export interface ValidateOptions {
  readonly seed: number;
  /** Ticks of the system's own run. */
  readonly ticks: number;
  readonly bugs?: readonly string[];
  /** Longest sequence of spec steps explaining one observation. */
  readonly depth?: number;
  readonly maxCandidates?: number;
  /** The command a failure prints to reproduce itself (without --seed). */
  readonly reproduce?: string;
}

export async function validateRun(machine: Machine, adapter: Adapter, options: ValidateOptions): Promise<RunOutcome> {
  const started = performance.now();
  await adapter.reset(options.seed, { bugs: options.bugs ?? [], workload: true });
  const ex = new Explainer(machine, adapter, { depth: options.depth ?? 4, maxCandidates: options.maxCandidates ?? 2000 });
  const trace: string[] = [];
  const reproduce = `${options.reproduce ?? `clusterspec conform ${adapter.spec}`} --seed ${options.seed}${(options.bugs ?? []).map((b) => ` --bug ${b}`).join("")}`;
  let steps = 0;
  let ticks = 0;
  let last = await adapter.observe();
  const fail = (step: number, u: NonNullable<ReturnType<Explainer["explain"]>>, message?: string): RunOutcome => ({
    status: "failed",
    check: "validate",
    seed: options.seed,
    steps,
    ticks,
    elapsedMs: performance.now() - started,
    truncated: ex.truncated,
    coverage: Object.fromEntries(ex.coverage),
    divergence: {
      check: "validate",
      kind: u.kind,
      step,
      time: ticks,
      message:
        message ??
        (u.kind === "invariant"
          ? `observation ${step} is explained only by spec states that break invariant ${u.invariant}`
          : `observation ${step} (tick ${ticks}) is not explained by any spec behaviour of at most ${options.depth ?? 4} steps from the states consistent so far`),
      expected: u.expected,
      observed: u.observed,
      diff: u.diff,
      trace: trace.slice(-40),
      specPath: u.specPath.slice(-40),
      invariant: u.invariant,
      reproduce,
    },
  });
  const first = ex.start(last);
  if (first !== null) return fail(0, first);
  let lastKey = observationKey(last);
  const faultsDue: { label: string; due: number }[] = [];
  while (ticks < options.ticks) {
    const report = await adapter.tick();
    ticks++;
    for (const a of report.injected) {
      ex.inject(a);
      trace.push(`t${ticks} ${actionLabel(a)}`);
      if (adapter.actions[a.type]?.kind === "fault") faultsDue.push({ label: actionLabel(a), due: ticks + adapter.settleTicks });
    }
    const now = await adapter.observe();
    const key = observationKey(now);
    if (key !== lastKey) {
      steps++;
      trace.push(`t${ticks} observed ${key}`);
      const u = ex.explain(now);
      if (u !== null) return fail(steps, u);
      lastKey = key;
      last = now;
    }
    // An injected fault must show up as its spec step within settleTicks (a fault the system ignored is a failure).
    while (faultsDue.length > 0 && (faultsDue[0]!.due <= ticks || report.more === false)) {
      const f = faultsDue.shift()!;
      if (!ex.settleFault(f.label, last, faultsDue.filter((g) => g.label === f.label).length))
        return fail(steps, { kind: "unexplained", expected: adapter.project(ex.candidates[0]!.state), observed: last, diff: [], specPath: ex.specPath() },
          `injected fault ${f.label} never showed: ${adapter.settleTicks} ticks later no spec state consistent with the observations has taken it`);
    }
    for (const a of report.finished) ex.retire(a);
    if (report.more === false) break;
  }
  const data = dataCheck(adapter).violations;
  const base = { seed: options.seed, steps, ticks, elapsedMs: performance.now() - started, truncated: ex.truncated, coverage: Object.fromEntries(ex.coverage) };
  if (data.length > 0)
    return {
      status: "failed",
      check: "validate",
      ...base,
      divergence: {
        check: "data",
        kind: "data",
        step: steps,
        time: ticks,
        message: `the data history fails the ${data[0]!.check} check: ${data[0]!.detail}`,
        diff: [],
        trace: trace.slice(-40),
        specPath: ex.specPath().slice(-40),
        reproduce,
      },
    };
  return { status: "ok", check: "validate", ...base };
}
