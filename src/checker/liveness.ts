/**
 * Liveness under weak fairness, by SCC search on the explicit state graph.
 *
 * `eventually Q` fails when a fair behaviour from an initial state avoids Q forever; `P leadsTo Q`
 * fails when one does so from a reachable P-state. Restrict the graph to ¬Q states reachable from the
 * start states through ¬Q states; a strongly connected component C there is a fair trap iff every fair
 * action is either taken inside C or disabled somewhere in C — counting only steps that change the state,
 * as TLA+'s WF_vars(A) means <<A>>_vars (stuttering is allowed, so a
 * single state counts). The counterexample is a lasso: prefix to C, then a cycle through C that takes
 * or sees disabled every fair action. Symmetry is not applied here (cycles must be real cycles).
 */
import { compileModel, type CompiledModel, type CompiledLiveness } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import type { Violation } from "./result.ts";
import { buildStateGraph, isGraphLimit, type StateGraph } from "./stateGraph.ts";
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
      marks[k]!.from[id] = prop.from(s, m.ctx) ? 1 : 0;
      marks[k]!.notTo[id] = prop.to(s, m.ctx) ? 0 : 1;
    });
  }
  const results: Array<{ name: string; id?: string; holds: boolean }> = [];
  let violation: Violation | undefined;
  for (const [k, prop] of m.liveness.entries()) {
    const lasso = findFairTrap(m, g, marks[k]!, prop);
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

interface Lasso {
  readonly chain: number[];
  readonly loopStart: number;
}

function findFairTrap(m: CompiledModel, g: StateGraph, mark: { from: Uint8Array; notTo: Uint8Array }, prop: CompiledLiveness): Lasso | null {
  const n = g.size;
  const notQ = mark.notTo;
  // Start states, then everything reachable from them through ¬Q states.
  const inB = new Uint8Array(n);
  const cameFrom = new Int32Array(n).fill(-1);
  const cameVia = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  const starts = prop.kind === "eventually" ? g.initial : Array.from({ length: n }, (_, i) => i).filter((i) => mark.from[i] === 1);
  for (const s of starts) if (notQ[s] && !inB[s]) (inB[s] = 1), queue.push(s);
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    for (let e = g.edgeStart[u]!; e < g.edgeStart[u + 1]!; e++) {
      const v = g.edgeTarget[e]!;
      if (notQ[v] && !inB[v]) {
        inB[v] = 1;
        cameFrom[v] = u;
        cameVia[v] = g.edgeInstance[e]!;
        queue.push(v);
      }
    }
  }
  if (queue.length === 0) return null;
  const comp = tarjan(g, inB);
  const fairActions = m.fair;
  // Group members by component.
  const members = new Map<number, number[]>();
  for (const u of queue) {
    const c = comp[u]!;
    const list = members.get(c);
    if (list) list.push(u);
    else members.set(c, [u]);
  }
  for (const u of queue) {
    const c = comp[u]!;
    const list = members.get(c);
    if (!list) continue;
    members.delete(c);
    // For each fair action: an internal edge taking it, or a member where it is disabled.
    const waypoints: Array<{ edge: number } | { state: number }> = [];
    let fair = true;
    for (const group of fairActions) {
      let taken = -1;
      let disabledAt = -1;
      for (const s of list) {
        let enabled = false;
        for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
          // WF applies to <<A>>_vars: a step of A that leaves the state unchanged neither enables nor satisfies it.
          if (group[g.edgeInstance[e]!] !== 1 || g.edgeTarget[e] === s) continue;
          enabled = true;
          if (taken < 0 && comp[g.edgeTarget[e]!] === c && inB[g.edgeTarget[e]!]) taken = e;
        }
        if (!enabled && disabledAt < 0) disabledAt = s;
        if (taken >= 0) break;
      }
      if (taken >= 0) waypoints.push({ edge: taken });
      else if (disabledAt >= 0) waypoints.push({ state: disabledAt });
      else {
        fair = false;
        break;
      }
    }
    if (!fair) continue;
    return buildLasso(g, comp, c, inB, list[0]!, cameFrom, cameVia, waypoints);
  }
  return null;
}

function buildLasso(
  g: StateGraph,
  comp: Int32Array,
  c: number,
  inB: Uint8Array,
  entry: number,
  cameFrom: Int32Array,
  cameVia: Int32Array,
  waypoints: Array<{ edge: number } | { state: number }>,
): Lasso {
  // Prefix: shortest path from an initial state to the first B-state on the way to `entry`, then within B.
  const withinB: number[] = [];
  let u = entry;
  while (cameFrom[u]! >= 0) {
    withinB.push(cameVia[u]!);
    u = cameFrom[u]!;
  }
  withinB.reverse();
  const prefix: number[] = [];
  let p = u;
  while (g.parent[p]! >= 0) {
    prefix.push(g.via[p]!);
    p = g.parent[p]!;
  }
  prefix.push(g.via[p]!);
  prefix.reverse();
  const chain = [...prefix, ...withinB];
  const loopStart = chain.length - 1;
  // Cycle from `entry` through every waypoint and back, staying in component c.
  let at = entry;
  const steps: number[] = [];
  for (const w of waypoints) {
    if ("edge" in w) {
      const src = sourceOf(g, w.edge);
      steps.push(...pathWithin(g, comp, c, inB, at, src));
      steps.push(g.edgeInstance[w.edge]!);
      at = g.edgeTarget[w.edge]!;
    } else {
      steps.push(...pathWithin(g, comp, c, inB, at, w.state));
      at = w.state;
    }
  }
  steps.push(...pathWithin(g, comp, c, inB, at, entry));
  return { chain: [...chain, ...steps], loopStart };
}

function sourceOf(g: StateGraph, edge: number): number {
  let lo = 0;
  let hi = g.size - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (g.edgeStart[mid]! <= edge) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Shortest path (instances) from `from` to `to` inside component c; empty when from === to. */
function pathWithin(g: StateGraph, comp: Int32Array, c: number, inB: Uint8Array, from: number, to: number): number[] {
  if (from === to) return [];
  const prev = new Map<number, [number, number]>([[from, [-1, -1]]]);
  const q = [from];
  for (let h = 0; h < q.length; h++) {
    const u = q[h]!;
    for (let e = g.edgeStart[u]!; e < g.edgeStart[u + 1]!; e++) {
      const v = g.edgeTarget[e]!;
      if (!inB[v] || comp[v] !== c || prev.has(v)) continue;
      prev.set(v, [u, g.edgeInstance[e]!]);
      if (v === to) {
        const out: number[] = [];
        let x = v;
        while (x !== from) {
          const [pu, inst] = prev.get(x)!;
          out.push(inst);
          x = pu;
        }
        return out.reverse();
      }
      q.push(v);
    }
  }
  throw new Error("liveness: no path inside a strongly connected component");
}

/** Iterative Tarjan over the subgraph induced by `inB`; returns a component number per state. */
function tarjan(g: StateGraph, inB: Uint8Array): Int32Array {
  const n = g.size;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callStack: number[] = [];
  const edgeAt = new Int32Array(n);
  let counter = 0;
  let compCount = 0;
  for (let root = 0; root < n; root++) {
    if (!inB[root] || index[root]! >= 0) continue;
    callStack.push(root);
    index[root] = low[root] = counter++;
    edgeAt[root] = g.edgeStart[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const u = callStack[callStack.length - 1]!;
      if (edgeAt[u]! < g.edgeStart[u + 1]!) {
        const v = g.edgeTarget[edgeAt[u]++]!;
        if (!inB[v]) continue;
        if (index[v]! < 0) {
          index[v] = low[v] = counter++;
          edgeAt[v] = g.edgeStart[v]!;
          stack.push(v);
          onStack[v] = 1;
          callStack.push(v);
        } else if (onStack[v]) low[u] = Math.min(low[u]!, index[v]!);
      } else {
        callStack.pop();
        if (callStack.length > 0) {
          const parent = callStack[callStack.length - 1]!;
          low[parent] = Math.min(low[parent]!, low[u]!);
        }
        if (low[u] === index[u]) {
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            comp[w] = compCount;
          } while (w !== u);
          compCount++;
        }
      }
    }
  }
  return comp;
}
