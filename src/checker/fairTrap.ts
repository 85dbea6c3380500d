/**
 * The search behind every liveness verdict: a fair behaviour that stays in a region of the state graph
 * forever (and, for `eventuallyAlways`, visits some "bad" state infinitely often), as a lasso.
 *
 * A strongly connected component C of the region hosts such a behaviour iff, after refinement for strong
 * fairness, every fair action is satisfied in it: a strongly fair action that is enabled somewhere in C but
 * never taken inside it forces the behaviour to avoid the states where it is enabled — so those are removed
 * and the rest split into components again (the classic Streett-style refinement); then every weakly fair
 * action must be taken inside or disabled somewhere, and a "must visit" state must remain. Enabledness and
 * taking count only steps that change the state (WF/SF of <<A>>_vars; stuttering is allowed, so a single
 * state counts as a component).
 */
import type { StateGraph } from "./stateGraph.ts";

export interface Lasso {
  /** Instance chain from an initial state (first element `-(i+1)`), then the cycle's instances. */
  readonly chain: number[];
  /** Index in the trace (states) where the cycle starts; the last state equals it. */
  readonly loopStart: number;
}

export interface TrapQuery {
  /** States the behaviour may stay in (1) — e.g. the ¬Q states. */
  readonly region: Uint8Array;
  /** Where the behaviour may enter the region from (initial states, or every P-state for leadsTo). */
  readonly starts: readonly number[];
  /** States of which the cycle must contain one (eventuallyAlways); null for none. */
  readonly mustVisit: Uint8Array | null;
  /** Weakly / strongly fair actions: masks over action instances. */
  readonly weak: readonly Uint8Array[];
  readonly strong: readonly Uint8Array[];
}

export function findFairTrap(g: StateGraph, q: TrapQuery): Lasso | null {
  const n = g.size;
  // The region part reachable from the starts, with BFS links for the prefix.
  const inB = new Uint8Array(n);
  const cameFrom = new Int32Array(n).fill(-1);
  const cameVia = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (const s of q.starts) if (q.region[s] && !inB[s]) (inB[s] = 1), queue.push(s);
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    for (let e = g.edgeStart[u]!; e < g.edgeStart[u + 1]!; e++) {
      const v = g.edgeTarget[e]!;
      if (q.region[v] && !inB[v]) {
        inB[v] = 1;
        cameFrom[v] = u;
        cameVia[v] = g.edgeInstance[e]!;
        queue.push(v);
      }
    }
  }
  if (queue.length === 0) return null;
  // Components in the order the search reached them, each entered at its member reached first: the lasso's
  // prefix is then as short as the search allows.
  const pos = new Int32Array(n);
  queue.forEach((s, i) => (pos[s] = i));
  const comps = components(g, inB, queue).map((c) => c.sort((a, b) => pos[a]! - pos[b]!));
  comps.sort((a, b) => pos[a[0]!]! - pos[b[0]!]!);
  const member = new Uint8Array(n);
  for (const comp of comps) {
    const found = fairWithin(g, q, comp, member);
    if (found) return buildLasso(g, found.members, found.waypoints, member, cameFrom, cameVia);
  }
  return null;
}

type Waypoint = { readonly edge: number } | { readonly state: number };

/** A fair sub-component of `members` (an SCC), with the waypoints its cycle must pass; `member` marks it on return. */
function fairWithin(g: StateGraph, q: TrapQuery, members: number[], member: Uint8Array): { members: number[]; waypoints: Waypoint[] } | null {
  for (const s of members) member[s] = 1;
  const clear = () => {
    for (const s of members) member[s] = 0;
  };
  for (const group of q.strong) {
    let taken = false;
    const enabledAt: number[] = [];
    for (const s of members) {
      let enabled = false;
      for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
        if (group[g.edgeInstance[e]!] !== 1 || g.edgeTarget[e] === s) continue;
        enabled = true;
        if (member[g.edgeTarget[e]!]) taken = true;
      }
      if (enabled) enabledAt.push(s);
    }
    if (taken || enabledAt.length === 0) continue;
    // Enabled here and there but never taken inside: a fair behaviour must avoid those states for good.
    for (const s of enabledAt) member[s] = 0;
    const rest = members.filter((s) => member[s] === 1);
    clear();
    if (rest.length === 0) return null;
    const mask = new Uint8Array(g.size);
    for (const s of rest) mask[s] = 1;
    for (const sub of components(g, mask, rest)) {
      const found = fairWithin(g, q, sub, member);
      if (found) return found;
    }
    return null;
  }
  const waypoints: Waypoint[] = [];
  for (const group of q.weak) {
    let taken = -1;
    let disabledAt = -1;
    for (const s of members) {
      let enabled = false;
      for (let e = g.edgeStart[s]!; e < g.edgeStart[s + 1]!; e++) {
        if (group[g.edgeInstance[e]!] !== 1 || g.edgeTarget[e] === s) continue;
        enabled = true;
        if (taken < 0 && member[g.edgeTarget[e]!]) taken = e;
      }
      if (!enabled && disabledAt < 0) disabledAt = s;
      if (taken >= 0) break;
    }
    if (taken >= 0) waypoints.push({ edge: taken });
    else if (disabledAt >= 0) waypoints.push({ state: disabledAt });
    else {
      clear();
      return null;
    }
  }
  if (q.mustVisit) {
    const bad = members.find((s) => q.mustVisit![s] === 1);
    if (bad === undefined) {
      clear();
      return null;
    }
    waypoints.push({ state: bad });
  }
  return { members, waypoints };
}

function buildLasso(g: StateGraph, members: number[], waypoints: Waypoint[], member: Uint8Array, cameFrom: Int32Array, cameVia: Int32Array): Lasso {
  const entry = members[0]!;
  // Prefix: the graph's shortest path to the start state the region was entered at, then the BFS inside it.
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
  let at = entry;
  const steps: number[] = [];
  for (const w of waypoints) {
    if ("edge" in w) {
      steps.push(...pathWithin(g, member, at, sourceOf(g, w.edge)));
      steps.push(g.edgeInstance[w.edge]!);
      at = g.edgeTarget[w.edge]!;
    } else {
      steps.push(...pathWithin(g, member, at, w.state));
      at = w.state;
    }
  }
  steps.push(...pathWithin(g, member, at, entry));
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

/** Shortest path (instances) from `from` to `to` through marked states; empty when from === to. */
function pathWithin(g: StateGraph, member: Uint8Array, from: number, to: number): number[] {
  if (from === to) return [];
  const prev = new Map<number, [number, number]>([[from, [-1, -1]]]);
  const q = [from];
  for (let h = 0; h < q.length; h++) {
    const u = q[h]!;
    for (let e = g.edgeStart[u]!; e < g.edgeStart[u + 1]!; e++) {
      const v = g.edgeTarget[e]!;
      if (!member[v] || prev.has(v)) continue;
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

/** Strongly connected components of the subgraph induced by `mask`, roots taken in `order` (iterative Tarjan). */
function components(g: StateGraph, mask: Uint8Array, order: readonly number[]): number[][] {
  const n = g.size;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const edgeAt = new Int32Array(n);
  const stack: number[] = [];
  const callStack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (const root of order) {
    if (!mask[root] || index[root]! >= 0) continue;
    callStack.push(root);
    index[root] = low[root] = counter++;
    edgeAt[root] = g.edgeStart[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const u = callStack[callStack.length - 1]!;
      if (edgeAt[u]! < g.edgeStart[u + 1]!) {
        const v = g.edgeTarget[edgeAt[u]++]!;
        if (!mask[v]) continue;
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
          const comp: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            comp.push(w);
          } while (w !== u);
          out.push(comp.reverse());
        }
      }
    }
  }
  return out;
}
