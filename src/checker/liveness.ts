/**
 * Liveness under weak and strong fairness, by SCC search on the explicit state graph (`fairTrap.ts`).
 *
 * `eventually Q` fails when a fair behaviour from an initial state avoids Q forever; `P leadsTo Q`
 * fails when one does so from a reachable P-state. Restrict the graph to ¬Q states reachable from the
 * start states through ¬Q states; a strongly connected component C there is a fair trap iff every fair
 * action is either taken inside C or disabled somewhere in C — counting only steps that change the state,
 * as TLA+'s WF_vars(A) means <<A>>_vars (stuttering is allowed, so a
 * single state counts). The counterexample is a lasso: prefix to C, then a cycle through C that takes
 * or sees disabled every fair action. `eventuallyAlways P` fails when a fair cycle anywhere reachable passes a
 * ¬P-state. Symmetry is not applied here — the graph is rebuilt without it, since a cycle between
 * representatives need not be a real cycle — so liveness under a symmetry declaration is sound.
 */
import { ClusterspecError, describeValue } from "../core/errors.ts";
import { findFairTrap } from "./fairTrap.ts";
import { compileModel, type CompiledModel } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import type { Violation } from "./result.ts";
import { buildStateGraph, isGraphLimit } from "./stateGraph.ts";
import { replayChain } from "./trace.ts";

export interface LivenessOutcome {
  readonly results: ReadonlyArray<{ readonly name: string; readonly id?: string; readonly holds: boolean }>;
  readonly violation?: Violation;
  /** The state graph outgrew `--max-states` (or the default cap) or the time left: liveness is undecided. */
  readonly limit?: "states" | "time";
  readonly elapsedMs: number;
}

/** Liveness of every property; `deadline` (a `Date.now()` value) is when the run's time limit ends. */
export function checkLiveness(model: CompiledModel, opts: CheckOptions = {}, deadline = Infinity): LivenessOutcome {
  const start = Date.now();
  const m = model.canonicalize ? compileModel(model.spec, { params: model.params, symmetry: false, file: model.file }) : model;
  const built = buildStateGraph(m, opts.maxStates, deadline);
  if (isGraphLimit(built)) return { results: [], limit: built.limit, elapsedMs: Date.now() - start };
  const g = built;
  // Evaluate each property's predicates once per state into byte arrays; states are decoded one at a time.
  const marks = m.liveness.map(() => ({ from: new Uint8Array(g.size), notTo: new Uint8Array(g.size) }));
  for (let id = 0; id < g.size; id++) {
    const s = m.codec.decode(g.states.data, id * m.words);
    m.liveness.forEach((prop, k) => {
      try {
        marks[k]!.from[id] = prop.from(s, m.ctx) ? 1 : 0;
        marks[k]!.notTo[id] = prop.to(s, m.ctx) ? 0 : 1;
      } catch (e) {
        if (e instanceof ClusterspecError) throw e;
        throw new ClusterspecError({
          code: "CS287",
          message: `Liveness property ${prop.name} of spec ${m.name} threw: ${(e as Error)?.message ?? String(e)}`,
          where: { ...(m.file ? { file: m.file } : {}), spec: m.name, liveness: prop.name, state: describeValue(s) },
          hint: "A liveness predicate must return a boolean for every reachable state; guard against missing values.",
        });
      }
    });
  }
  const results: Array<{ name: string; id?: string; holds: boolean }> = [];
  let violation: Violation | undefined;
  for (const [k, prop] of m.liveness.entries()) {
    const mark = marks[k]!;
    // eventuallyAlways P: a fair behaviour anywhere that visits ¬P forever often (the "must visit" states).
    const all = prop.kind === "eventuallyAlways";
    const lasso = findFairTrap(g, {
      region: all ? new Uint8Array(g.size).fill(1) : mark.notTo,
      starts: prop.kind === "leadsTo" ? Array.from({ length: g.size }, (_, i) => i).filter((i) => mark.from[i] === 1) : g.initial,
      mustVisit: all ? mark.notTo : null,
      weak: m.fair,
      strong: m.strongFair,
    });
    results.push({ name: prop.name, ...(prop.id ? { id: prop.id } : {}), holds: lasso === null });
    if (lasso && !violation) {
      const { steps } = replayChain(m, lasso.chain);
      violation = {
        kind: "liveness",
        invariant: prop.name,
        ...(prop.id ? { invariantId: prop.id } : {}),
        statement: prop.statement,
        trace: steps,
        loopStart: lasso.loopStart,
      };
    }
  }
  return { results, ...(violation ? { violation } : {}), elapsedMs: Date.now() - start };
}
