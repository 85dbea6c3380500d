/**
 * A covering set of spec traces for spec-driven replay: the shortest trace taking every action at least once, the
 * shortest trace reaching every `sometimes` witness (breadth-first over the machine), and, for every mutant of the
 * family, the mutant checker's counterexample replayed on the correct spec as far as its steps stay enabled — the
 * dangerous scenarios, run against the implementation.
 */
import { bindDefs } from "../checker/defs.ts";
import type { Spec } from "../dsl/spec.ts";
import { checkSpec } from "../checker/index.ts";
import { actionLabel, type Machine, type SpecAction } from "./machine.ts";

export interface CoveringTrace {
  /** `action-crash`, `witness-soloRestart`, `mutant-pt-m1`. */
  readonly name: string;
  readonly purpose: string;
  readonly actions: readonly SpecAction[];
  readonly states: readonly unknown[];
}

interface Node {
  readonly state: unknown;
  readonly parent: number;
  readonly via: SpecAction | null;
}

export function coveringTraces(machine: Machine, spec: Spec, options: { maxStates?: number } = {}): CoveringTrace[] {
  const maxStates = options.maxStates ?? 200_000;
  const defs: Record<string, (s: unknown) => unknown> = {};
  const ctx = { params: machine.config.params, sets: machine.config.sets, defs };
  bindDefs(spec.defs as never, defs, ctx);
  const actionsLeft = new Set(Object.keys(spec.actions));
  const witnesses = Object.entries(spec.sometimes ?? {});
  const witnessLeft = new Set(witnesses.map(([k]) => k));
  const nodes: Node[] = [];
  const seen = new Set<string>();
  const out: CoveringTrace[] = [];
  const pathTo = (i: number): { actions: SpecAction[]; states: unknown[] } => {
    const actions: SpecAction[] = [];
    const states: unknown[] = [];
    for (let k = i; k >= 0; k = nodes[k]!.parent) {
      states.push(nodes[k]!.state);
      if (nodes[k]!.via) actions.push(nodes[k]!.via!);
    }
    return { actions: actions.reverse(), states: states.reverse() };
  };
  for (const s of machine.initialStates()) {
    const fp = machine.fingerprint(s);
    if (seen.has(fp)) continue;
    seen.add(fp);
    nodes.push({ state: s, parent: -1, via: null });
  }
  const noteWitnesses = (i: number): void => {
    for (const [name, w] of witnesses)
      if (witnessLeft.has(name) && w.check(nodes[i]!.state as never, ctx as never)) {
        witnessLeft.delete(name);
        out.push({ name: `witness-${name}`, purpose: `reaches sometimes-witness ${name}: ${w.statement}`, ...pathTo(i) });
      }
  };
  nodes.forEach((_, i) => noteWitnesses(i));
  for (let head = 0; head < nodes.length && (actionsLeft.size > 0 || witnessLeft.size > 0) && nodes.length < maxStates; head++) {
    const s = nodes[head]!.state;
    for (const a of machine.enabled(s)) {
      const r = machine.step(s, a);
      if (r.status !== "ok") continue;
      if (actionsLeft.has(a.type)) {
        actionsLeft.delete(a.type);
        const p = pathTo(head);
        out.push({ name: `action-${a.type}`, purpose: `takes action ${a.type}`, actions: [...p.actions, a], states: [...p.states, r.state] });
      }
      const fp = machine.fingerprint(r.state);
      if (seen.has(fp)) continue;
      seen.add(fp);
      nodes.push({ state: r.state, parent: head, via: a });
      noteWitnesses(nodes.length - 1);
    }
  }
  return out;
}

/** A mutant's counterexample (found by the checker on the mutant) replayed on the correct machine while enabled. */
export async function mutantTrace(machine: Machine, mutant: Spec): Promise<CoveringTrace | null> {
  // The mutant is checked at its own defaults (some need another configuration to show the bug).
  const r = await checkSpec(mutant, { workers: 1, liveness: false });
  if (r.result !== "violation" || r.violation === undefined) return null;
  const steps = r.violation.trace.slice(1).map((t) => ({ type: t.action!, ...(t.args as Record<string, unknown>) }) as SpecAction);
  // From the initial state that lets the counterexample run furthest (a spec may have several, one per part).
  let actions: SpecAction[] = [];
  let states: unknown[] = [];
  for (const init of machine.initialStates()) {
    const run: SpecAction[] = [];
    let s = init;
    const seen: unknown[] = [s];
    for (const a of steps) {
      const next = machine.step(s, a);
      if (next.status !== "ok") break;
      run.push(a);
      s = next.state;
      seen.push(s);
    }
    if (states.length === 0 || run.length > actions.length) [actions, states] = [run, seen];
  }
  return {
    name: `mutant-${mutant.name}`,
    purpose: `${mutant.name}'s counterexample to ${r.violation.invariantId ?? r.violation.invariant} (${steps.length} steps: ${steps.map(actionLabel).join(" → ")}), replayed on the correct spec for ${actions.length} steps`,
    actions,
    states,
  };
}
