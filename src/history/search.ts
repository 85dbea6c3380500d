// Lowe's refinement of the Wing–Gong linearizability search, as Porcupine runs it: the history is a linked
// list of call and return entries in real-time order; the search linearizes a pending call whose register
// step is legal, lifts it out of the list and restarts from the head, and backtracks when it meets the return
// of an operation it has not linearized. Memoising (linearized set, state) prunes every configuration already
// explored, which turns most histories linear. Everything lives in typed arrays built once per register.

import { MemoTable } from "./memo-table.ts";
import { CAS, READ, WRITE, type RegisterOp } from "./operations.ts";

/** The register's state before the first operation is unknown (any value): used for windows that start mid-history. */
export const ANY_STATE = -1;

export type SearchVerdict = "ok" | "fail" | "timeout";

export interface SearchInput {
  readonly ops: readonly RegisterOp[];
  /** Interned initial value (0) or ANY_STATE. */
  readonly initial: number;
  /** performance.now() deadline. */
  readonly deadline: number;
  /** Seed of the Zobrist hashes. */
  readonly hashSeed: number;
  /** The file's events are in time order (a faster sort of the entries). */
  readonly timeOrdered?: boolean;
}

export interface SearchStats {
  verdict: SearchVerdict;
  memoEntries: number;
  memoBytes: number;
}

/** Sorts call and return entries: by time, then by position in the file; unknown returns go last. */
export function entryOrder(ops: readonly RegisterOp[], timeOrdered = false): Int32Array {
  const n = ops.length;
  if (timeOrdered && n < 1 << 20) {
    // File position alone orders the entries: pack (position, node) into one float and sort natively.
    const keys = new Float64Array(2 * n);
    const width = 2 * n, unknownBase = Math.floor(Number.MAX_SAFE_INTEGER / width / 2);
    for (let i = 0; i < n; i++) {
      const op = ops[i];
      keys[2 * i] = op.callSeq * width + 2 * i;
      keys[2 * i + 1] = (op.ret === Infinity ? unknownBase + op.callSeq : op.retSeq) * width + 2 * i + 1;
    }
    keys.sort();
    const out = new Int32Array(2 * n);
    for (let k = 0; k < 2 * n; k++) out[k] = keys[k] % width;
    return out;
  }
  const nodes = Array.from({ length: 2 * n }, (_, k) => k);
  const time = (k: number): number => {
    const op = ops[k >> 1];
    return k & 1 ? Math.max(op.ret, op.call) : op.call;
  };
  const seq = (k: number): number => {
    const op = ops[k >> 1];
    return k & 1 ? (op.ret === Infinity ? Infinity : op.retSeq) : op.callSeq;
  };
  nodes.sort((a, b) => time(a) - time(b) || seq(a) - seq(b) || a - b);
  return Int32Array.from(nodes);
}

/** True when no order can fail: no reads and no cas (every write is always legal), so no search is needed. */
export function isTrivial(ops: readonly RegisterOp[]): boolean {
  for (let i = 0; i < ops.length; i++) if (ops[i].kind !== WRITE) return false;
  return true;
}

export function searchRegister(input: SearchInput): SearchStats {
  const { ops, deadline } = input;
  const n = ops.length;
  if (isTrivial(ops)) return { verdict: "ok", memoEntries: 0, memoBytes: 0 };
  const head = 2 * n;
  const next = new Int32Array(2 * n + 1);
  const prev = new Int32Array(2 * n + 1);
  const order = entryOrder(ops, input.timeOrdered ?? false);
  let last = head;
  for (let k = 0; k < order.length; k++) {
    next[last] = order[k];
    prev[order[k]] = last;
    last = order[k];
  }
  next[last] = -1;
  const kind = new Int8Array(n), value = new Int32Array(n), expect = new Int32Array(n), unknown = new Uint8Array(n);
  const z1 = new Int32Array(n), z2 = new Int32Array(n);
  let rng = (input.hashSeed | 0) || 0x2545f491;
  const rand = (): number => {
    rng ^= rng << 13; rng ^= rng >>> 17; rng ^= rng << 5;
    return rng | 0;
  };
  for (let i = 0; i < n; i++) {
    const op = ops[i];
    kind[i] = op.kind; value[i] = op.value; expect[i] = op.expect; unknown[i] = op.ret === Infinity ? 1 : 0;
    z1[i] = rand(); z2[i] = rand();
  }
  const memo = new MemoTable(Math.min(16, Math.max(6, 33 - Math.clz32(n))));
  const stackOp = new Int32Array(n), stackState = new Int32Array(n);
  let sp = 0, state = input.initial, h1 = 0, h2 = 0, iter = 0;
  const done = (verdict: SearchVerdict): SearchStats => ({ verdict, memoEntries: memo.size, memoBytes: memo.bytes + 60 * n });
  let entry = next[head];
  while (entry !== -1) {
    if ((++iter & 0x3fff) === 0 && performance.now() > deadline) return done("timeout");
    if ((entry & 1) === 0) {
      const i = entry >> 1;
      const k = kind[i];
      let ns = -2;
      if (k === READ) ns = state === value[i] || state === ANY_STATE ? value[i] : -2;
      else if (k === CAS) ns = state === expect[i] || state === ANY_STATE ? value[i] : -2;
      else ns = value[i];
      if (ns !== -2) {
        const n1 = h1 ^ z1[i], n2 = h2 ^ z2[i];
        if (memo.add(n1, n2, ns)) {
          stackOp[sp] = i; stackState[sp] = state; sp++;
          state = ns; h1 = n1; h2 = n2;
          // lift: unlink the call and its return
          const c = entry, r = entry + 1;
          next[prev[c]] = next[c]; if (next[c] !== -1) prev[next[c]] = prev[c];
          next[prev[r]] = next[r]; if (next[r] !== -1) prev[next[r]] = prev[r];
          entry = next[head];
          continue;
        }
      }
      entry = next[entry];
    } else {
      // Reaching an unknown operation's return (+∞) means every definite operation is linearized; the
      // unknown ones left may simply never have taken effect.
      if (unknown[entry >> 1] === 1) return done("ok");
      if (sp === 0) return done("fail");
      sp--;
      const i = stackOp[sp];
      state = stackState[sp]; h1 ^= z1[i]; h2 ^= z2[i];
      // unlift: relink the return, then the call (reverse order of the lift)
      const c = 2 * i, r = c + 1;
      if (next[r] !== -1) prev[next[r]] = r; next[prev[r]] = r;
      if (next[c] !== -1) prev[next[c]] = c; next[prev[c]] = c;
      entry = next[c];
    }
  }
  return done("ok");
}
