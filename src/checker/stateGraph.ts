/**
 * The explicit state graph, for liveness: every reachable state (packed) with an id, and every edge
 * (target id, action instance) in CSR form. Built by BFS, so ids are in BFS order and `parent` gives
 * shortest paths from the initial states. Meant for the small configurations liveness is checked on.
 */
import { fingerprint } from "./fingerprint.ts";
import { GrowableInt32, GrowableWords } from "./growable.ts";
import type { CompiledModel } from "./model.ts";

export interface StateGraph {
  readonly size: number;
  readonly states: GrowableWords;
  readonly edgeStart: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeInstance: Int32Array;
  readonly parent: Int32Array;
  /** Instance that first reached each state, or -(i+1) for initial state i. */
  readonly via: Int32Array;
  readonly initial: readonly number[];
}

/** Id lookup by packed contents: open addressing over ids, comparing words. */
class StateIndex {
  private table = new Int32Array(1 << 12).fill(-1);
  constructor(
    private readonly states: GrowableWords,
    private readonly words: number,
  ) {}
  /** Id of the state at `w[0..words)`, adding it when new (returns -(id+1) when added). */
  intern(w: Uint32Array): number {
    if (this.states.length * 2 >= this.table.length) this.grow();
    const mask = this.table.length - 1;
    let i = fingerprint(w, 0, this.words) & mask;
    const d = this.states.data;
    for (;;) {
      const id = this.table[i]!;
      if (id < 0) break;
      let same = true;
      for (let k = 0; k < this.words; k++) if (d[id * this.words + k] !== w[k]) (same = false), (k = this.words);
      if (same) return id;
      i = (i + 1) & mask;
    }
    const at = this.states.alloc();
    this.states.data.set(w.subarray(0, this.words), at);
    const id = at / this.words;
    this.table[i] = id;
    return -(id + 1);
  }
  private grow(): void {
    const old = this.states;
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    for (let id = 0; id < old.length; id++) {
      let i = fingerprint(old.data, id * this.words, this.words) & mask;
      while (this.table[i]! >= 0) i = (i + 1) & mask;
      this.table[i] = id;
    }
  }
}

/** The graph is too big for the limits given: `states` (more than `maxStates`) or `time` (past `deadline`). */
export interface GraphLimit {
  readonly limit: "states" | "time";
  readonly states: number;
}

export const isGraphLimit = (g: StateGraph | GraphLimit): g is GraphLimit => "limit" in g;

/**
 * Builds the whole graph, or stops at a limit: more than `maxStates` states, or `deadline` (a `Date.now()` value)
 * passed, checked every 256 states so that even a slow spec stops close to it.
 */
export function buildStateGraph(model: CompiledModel, maxStates = 2_000_000, deadline = Infinity): StateGraph | GraphLimit {
  const words = model.words;
  const states = new GrowableWords(words);
  const index = new StateIndex(states, words);
  const parent = new GrowableInt32();
  const via = new GrowableInt32();
  const edgeStart = new GrowableInt32();
  const edgeTarget = new GrowableInt32();
  const edgeInstance = new GrowableInt32();
  const w = new Uint32Array(words);
  const initial: number[] = [];
  const inModel = (s: unknown) => model.constraint === null || model.constraint(s, model.ctx);
  model.initStates.forEach((s, i) => {
    if (!inModel(s)) return;
    model.encodeChecked(s, w, 0, "init");
    const id = index.intern(w);
    if (id < 0) {
      parent.push(-1);
      via.push(-(i + 1));
      initial.push(-id - 1);
    }
  });
  for (let id = 0; id < states.length; id++) {
    if (states.length > maxStates) return { limit: "states", states: states.length };
    if ((id & 15) === 0 && deadline !== Infinity && Date.now() > deadline) return { limit: "time", states: states.length };
    edgeStart.push(edgeTarget.length);
    const s = model.codec.decode(states.data, id * words);
    const insts = model.instances;
    // Instances before `trueUntil` share a guard evaluation that already said yes (see guardArgs.ts).
    let trueUntil = 0;
    for (let i = 0; i < insts.length; i++) {
      const inst = insts[i]!;
      if (inst.guard && i >= trueUntil) {
        if (!inst.guard(s, inst.args, model.ctx)) {
          i = inst.guardRunEnd - 1;
          continue;
        }
        trueUntil = inst.guardRunEnd;
      }
      const next = inst.apply(s, inst.args, model.ctx);
      // States outside the constraint are not part of the graph (TLC's CONSTRAINT).
      if (!inModel(next)) continue;
      model.encodeChecked(next, w, 0, inst.origin, s);
      let t = index.intern(w);
      if (t < 0) {
        t = -t - 1;
        parent.push(id);
        via.push(i);
      }
      edgeTarget.push(t);
      edgeInstance.push(i);
    }
  }
  edgeStart.push(edgeTarget.length);
  return {
    size: states.length,
    states,
    edgeStart: edgeStart.data.subarray(0, edgeStart.length),
    edgeTarget: edgeTarget.data.subarray(0, edgeTarget.length),
    edgeInstance: edgeInstance.data.subarray(0, edgeInstance.length),
    parent: parent.data.subarray(0, parent.length),
    via: via.data.subarray(0, via.length),
    initial,
  };
}
