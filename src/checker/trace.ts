/**
 * Counterexample reconstruction. The checker keeps only (parent, action instance) per state; a trace is
 * rebuilt by replaying those instances from the initial state. Under symmetry the stored states are
 * representatives, so each step picks the instance whose successor has the next representative's
 * packed form — the printed trace is a real behaviour, not a jump between permuted states.
 */
import type { CompiledModel } from "./model.ts";
import type { TraceStep } from "./result.ts";

export interface TraceLink {
  readonly parent: number;
  readonly via: number;
}

/** Follow parent links from `gid` back to an initial state; returns the `via` values, initial first. */
export function chainOf(gid: number, link: (gid: number) => TraceLink): number[] {
  const out: number[] = [];
  let g = gid;
  for (;;) {
    const { parent, via } = link(g);
    out.push(via);
    if (parent < 0) break;
    g = parent;
  }
  return out.reverse();
}

/** Replays a chain (first element `-(i+1)` for initial state i) into concrete states and steps. */
export function replayChain(model: CompiledModel, chain: readonly number[]): { states: unknown[]; steps: TraceStep[] } {
  const w = new Uint32Array(model.words);
  const rep = new Uint32Array(model.words);
  const init = model.initStates[-chain[0]! - 1]!;
  model.encodeChecked(init, w, 0, "init");
  // Start from the decoded initial state so replays see exactly what the checker saw.
  let actual: unknown = model.canonicalize ? init : model.codec.decode(w, 0);
  let stored: unknown = model.codec.decode(w, 0);
  const states: unknown[] = [actual];
  const steps: TraceStep[] = [{ action: null, args: {}, state: toPlain(actual) }];
  for (let i = 1; i < chain.length; i++) {
    const inst = model.instances[chain[i]!]!;
    const next = inst.apply(stored, inst.args, model.ctx);
    model.encodeChecked(next, rep, 0, inst.label);
    stored = model.codec.decode(rep, 0);
    let taken = inst;
    if (model.canonicalize) {
      // Find the step from the actual state that lands on the same representative.
      const found = model.instances.find((c) => {
        if (c.guard && !c.guard(actual, c.args, model.ctx)) return false;
        model.encodeChecked(c.apply(actual, c.args, model.ctx), w, 0, c.label);
        for (let k = 0; k < model.words; k++) if (w[k] !== rep[k]) return false;
        return true;
      });
      taken = found ?? inst;
      actual = found ? found.apply(actual, found.args, model.ctx) : next;
    } else actual = stored;
    states.push(actual);
    steps.push({ action: taken.name, args: taken.args, state: toPlain(actual) });
  }
  return { states, steps };
}

/** JSON-friendly copy of a state: sets become arrays in insertion-independent (sorted) order. */
export function toPlain(v: unknown): unknown {
  if (v instanceof Set) return [...v].map(toPlain).sort(compareLits);
  if (Array.isArray(v)) return v.map(toPlain);
  if (v !== null && typeof v === "object") {
    // fromEntries defines own properties: `out["__proto__"] = x` would set the prototype instead.
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}

function compareLits(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Members of a set of records or tuples (already plain) order by their JSON, so equal sets print alike.
  const x = a !== null && typeof a === "object" ? JSON.stringify(a) : String(a);
  const y = b !== null && typeof b === "object" ? JSON.stringify(b) : String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

