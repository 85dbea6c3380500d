/**
 * Spec-driven replay (model-based testing): the checker's side chooses the next operation or fault — from a trace,
 * or from the actions enabled in the spec states consistent so far — the adapter performs it, the system settles,
 * and every observation on the way must be explained (internal steps are the system's own; the driven action must
 * be taken, at most once). Traces are cut at an action the adapter does not drive; an action enabled in no
 * consistent state is skipped (the system took another, equally legal, internal path).
 */
import type { Adapter } from "./adapter.ts";
import { dataCheck } from "./dataCheck.ts";
import { observationKey } from "./diff.ts";
import { Explainer, type Unexplained } from "./explainer.ts";
import { actionLabel, type Machine, type SpecAction } from "./machine.ts";
import type { Divergence, RunOutcome } from "./outcome.ts";

export interface DriveOptions {
  readonly seed: number;
  readonly bugs?: readonly string[];
  readonly depth?: number;
  readonly maxCandidates?: number;
  readonly check: "replay" | "model-based";
  readonly reproduce: string;
}

/** Chooses the next driven action given the consistent spec states (null ends the run). */
export type NextAction = (index: number, ex: Explainer) => SpecAction | null;

export interface DriveOutcome extends RunOutcome {
  /** Driven actions performed, skipped (enabled nowhere), and whether a trace was cut at an undriven action. */
  readonly performed: readonly string[];
  readonly skipped: number;
  readonly cutAt?: string;
}

/** The driven actions (operations and faults) enabled in at least one consistent spec state, in machine order. */
export function drivableActions(machine: Machine, adapter: Adapter, ex: Explainer): SpecAction[] {
  const seen = new Map<string, SpecAction>();
  for (const c of ex.candidates)
    for (const a of machine.enabled(c.state)) {
      const kind = adapter.actions[a.type]?.kind;
      if ((kind === "operation" || kind === "fault") && (adapter.accepts?.(a) ?? true)) seen.set(actionLabel(a), a);
    }
  return [...seen.values()];
}

export async function driveRun(machine: Machine, adapter: Adapter, next: NextAction, options: DriveOptions): Promise<DriveOutcome> {
  const started = performance.now();
  await adapter.reset(options.seed, { bugs: options.bugs ?? [], workload: false });
  const ex = new Explainer(machine, adapter, { depth: options.depth ?? 4, maxCandidates: options.maxCandidates ?? 2000 });
  const trace: string[] = [];
  const performed: string[] = [];
  let skipped = 0;
  let ticks = 0;
  let steps = 0;
  let cutAt: string | undefined;
  const done = (divergence?: Divergence): DriveOutcome => ({
    status: divergence ? "failed" : "ok",
    check: options.check,
    seed: options.seed,
    steps,
    ticks,
    elapsedMs: performance.now() - started,
    truncated: ex.truncated,
    coverage: Object.fromEntries(ex.coverage),
    performed,
    skipped,
    ...(cutAt !== undefined ? { cutAt } : {}),
    ...(divergence ? { divergence } : {}),
  });
  const diverge = (u: Unexplained | null, message: string, kind: Divergence["kind"] = u?.kind ?? "disabled"): DriveOutcome =>
    done({
      check: options.check,
      kind,
      step: steps,
      time: ticks,
      message,
      expected: u?.expected,
      observed: u?.observed,
      diff: u?.diff ?? [],
      trace: trace.slice(-40),
      specPath: (u?.specPath ?? ex.specPath()).slice(-40),
      invariant: u?.invariant,
      reproduce: options.reproduce,
    });
  let lastKey = observationKey(await adapter.observe());
  const first = ex.start(await adapter.observe());
  if (first !== null) return diverge(first, "the initial observation matches no initial spec state");
  for (let i = 0; ; i++) {
    const a = next(i, ex);
    if (a === null) break;
    const binding = adapter.actions[a.type];
    if (binding === undefined || binding.kind === "excluded") {
      cutAt = actionLabel(a);
      break;
    }
    if (binding.kind === "internal") continue;
    if (!ex.candidates.some((c) => machine.isEnabled(c.state, a)) || !(adapter.accepts?.(a) ?? true)) {
      skipped++;
      continue;
    }
    steps++;
    const label = actionLabel(a);
    performed.push(label);
    trace.push(`t${ticks} ${label}`);
    await adapter.perform(a);
    ex.inject(a);
    for (let k = 0; k < adapter.settleTicks; k++) {
      const report = await adapter.tick();
      ticks++;
      const now = await adapter.observe();
      const key = observationKey(now);
      if (key !== lastKey) {
        trace.push(`t${ticks} observed ${key}`);
        const u = ex.explain(now);
        if (u !== null) return diverge(u, `after driven step ${steps} (${label}), the observation at tick ${ticks} is not explained by the spec`);
        lastKey = key;
      }
      for (const f of report.finished) ex.retire(f);
    }
    if (binding.kind === "fault" && !ex.settleFault(label, await adapter.observe()))
      return diverge(null, `driven fault ${label} never showed: after ${adapter.settleTicks} ticks no consistent spec state has taken it`, "unexplained");
    ex.retire(a);
  }
  const data = dataCheck(adapter).violations;
  if (data.length > 0) return diverge(null, `the data history fails the ${data[0]!.check} check: ${data[0]!.detail}`, "data");
  return done();
}
