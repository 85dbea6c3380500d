/**
 * Seeded random simulation (swarm-style walks): `runs` behaviours of at most `depth` steps, each step a
 * uniformly chosen enabled action instance, invariants checked on every state. Every choice comes from
 * one xoroshiro128+ stream seeded by `seed`, so a run is reproduced by passing the same seed back.
 */
import { unsafeUniformIntDistribution, xoroshiro128plus } from "pure-rand";
import { ClusterspecError, describeValue } from "../core/errors.ts";
import { toPlain } from "./trace.ts";
import type { CompiledModel } from "./model.ts";
import type { TraceStep, Violation } from "./result.ts";

export interface SimulateOptions {
  readonly seed: number;
  readonly runs: number;
  readonly depth: number;
  readonly deadlock?: boolean;
}

export interface SimulationResult {
  readonly spec: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly seed: number;
  readonly runs: number;
  readonly depth: number;
  readonly result: "ok" | "violation";
  /** Steps taken over all runs. */
  readonly steps: number;
  /** Index of the run (0-based) that found the violation. */
  readonly failingRun?: number;
  readonly elapsedMs: number;
  readonly coverage: ReadonlyArray<{ readonly action: string; readonly taken: number }>;
  readonly witnesses: ReadonlyArray<{ readonly name: string; readonly hits: number }>;
  readonly violation?: Violation;
}

/** Runs a spec function; a throw is the same CS error `check` gives (CS140–142, CS261–262), naming the function. */
function guarded<T>(model: CompiledModel, code: "CS140" | "CS141" | "CS142" | "CS261" | "CS262", what: string, s: unknown, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ClusterspecError) throw e;
    throw new ClusterspecError({
      code,
      message: `The ${what} of spec ${model.name} threw: ${(e as Error)?.message ?? String(e)}`,
      where: { ...(model.file ? { file: model.file } : {}), spec: model.name, function: what, state: describeValue(s) },
      hint: "A spec function must be defined on every state it can see; check for missing values.",
    });
  }
}

export function simulate(model: CompiledModel, opts: SimulateOptions): SimulationResult {
  const start = performance.now();
  const rng = xoroshiro128plus(opts.seed);
  const pick = (n: number) => unsafeUniformIntDistribution(0, n - 1, rng);
  const taken = new Float64Array(model.actionNames.length);
  const hits = new Float64Array(model.witnesses.length);
  const w = new Uint32Array(model.words);
  const enabled: number[] = [];
  const deadlock = opts.deadlock ?? model.deadlock;
  let steps = 0;
  let violation: Violation | undefined;
  let failingRun: number | undefined;
  const failing = (s: unknown): number => model.invariants.findIndex((inv) => !guarded(model, "CS142", `invariant ${inv.name}`, s, () => inv.check(s, model.ctx)));
  const inConstraint = (s: unknown): boolean => guarded(model, "CS261", "state constraint", s, () => model.constraint!(s, model.ctx));
  for (let run = 0; run < opts.runs && !violation; run++) {
    let s = model.initStates[pick(model.initStates.length)]!;
    if (model.constraint !== null && !inConstraint(s)) continue;
    const trace: TraceStep[] = [{ action: null, args: {}, state: toPlain(s) }];
    const record = (bad: number) => {
      const inv = model.invariants[bad]!;
      violation = { kind: "invariant", invariant: inv.name, ...(inv.id ? { invariantId: inv.id } : {}), statement: inv.statement, trace };
      failingRun = run;
    };
    const bad0 = failing(s);
    if (bad0 >= 0) {
      record(bad0);
      break;
    }
    for (let d = 0; d < opts.depth; d++) {
      enabled.length = 0;
      for (let i = 0; i < model.instances.length; i++) {
        const inst = model.instances[i]!;
        if (!inst.guard) enabled.push(i);
        else {
          // One evaluation decides the whole run of instances the guard cannot tell apart (guardArgs.ts).
          const guard = inst.guard;
          const ok = guarded(model, "CS140", `guard of action ${inst.label}`, s, () => guard(s, inst.args, model.ctx));
          for (; i < inst.guardRunEnd; i++) if (ok) enabled.push(i);
          i--;
        }
      }
      if (enabled.length === 0) {
        if (deadlock) {
          violation = { kind: "deadlock", invariant: "deadlock", statement: "Some state has no enabled action (deadlock).", trace };
          failingRun = run;
        }
        break;
      }
      const inst = model.instances[enabled[pick(enabled.length)]!]!;
      const from = s;
      const next = guarded(model, "CS141", `apply of action ${inst.label}`, s, () => inst.apply(from, inst.args, model.ctx));
      if (model.strict) model.validate(next, inst.origin);
      model.encodeChecked(next, w, 0, inst.origin, s);
      // A behaviour ends where it leaves the state constraint (the step is generated, its state not explored).
      if (model.constraint !== null && !inConstraint(next)) break;
      const badStep = model.transitions.findIndex((tr) => !guarded(model, "CS262", `action property ${tr.name}`, next, () => tr.check(from, next, inst, model.ctx)));
      if (badStep >= 0) {
        const tr = model.transitions[badStep]!;
        trace.push({ action: inst.name, args: inst.args, state: toPlain(next) });
        violation = { kind: "transition", invariant: tr.name, ...(tr.id ? { invariantId: tr.id } : {}), statement: tr.statement, trace };
        failingRun = run;
        break;
      }
      s = next;
      steps++;
      taken[inst.action]!++;
      trace.push({ action: inst.name, args: inst.args, state: toPlain(s) });
      const now = s;
      model.witnesses.forEach((wt, k) => guarded(model, "CS142", `witness ${wt.name}`, now, () => wt.check(now, model.ctx)) && hits[k]!++);
      const bad = failing(s);
      if (bad >= 0) {
        record(bad);
        break;
      }
    }
  }
  return {
    spec: model.name,
    params: model.params,
    seed: opts.seed,
    runs: opts.runs,
    depth: opts.depth,
    result: violation ? "violation" : "ok",
    steps,
    ...(failingRun !== undefined ? { failingRun } : {}),
    elapsedMs: Math.round(performance.now() - start),
    coverage: model.actionNames.map((action, i) => ({ action, taken: taken[i]! })),
    witnesses: model.witnesses.map((wt, i) => ({ name: wt.name, hits: hits[i]! })),
    ...(violation ? { violation } : {}),
  };
}
