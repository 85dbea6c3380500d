// Lowe's refinement of the Wing–Gong linearizability search, as Porcupine runs it: the history is a linked
// list of call and return entries in real-time order; the search linearizes a pending call whose register
// step is legal, lifts it out of the list and restarts from the head, and backtracks when it meets the return
// of an operation it has not linearized. Memoising (linearized set, state) prunes every configuration already
// explored, which turns most histories linear. Before searching, three cheap checks decide most registers of a
// real history outright: only writes (always legal); a read of a value nothing wrote (never legal); no two
// operations overlap (the one order is replayed). Everything lives in typed arrays reused across registers.

import { FULL, MemoTable } from "./memo-table.ts";
import { CAS, READ, WRITE, type RegisterOp } from "./operations.ts";

/** The register's state before the first operation is unknown (any value): used for windows that start mid-history. */
export const ANY_STATE = -1;

/** `limit`: the memo reached its bound (memory), `timeout`: the deadline passed; both leave the register undecided. */
export type SearchVerdict = "ok" | "fail" | "timeout" | "limit";

/** One or more registers' operations as columns; a register is the range [base, base + n), its entries at 2·base. */
export interface SearchColumns {
  readonly kind: Int8Array;
  readonly value: Int32Array;
  readonly expect: Int32Array;
  /** +∞ for an unknown outcome. */
  readonly ret: Float64Array;
  /** Call and return entries in real-time order, `2·local + isReturn`. */
  readonly entries: Int32Array;
}

/** Buffers shared by every search of one check (grown on demand, never shrunk). */
export class SearchScratch {
  next = new Int32Array(0);
  prev = new Int32Array(0);
  stackOp = new Int32Array(0);
  stackState = new Int32Array(0);
  z1 = new Int32Array(0);
  z2 = new Int32Array(0);
  stamp = new Int32Array(0);
  generation = 0;
  /** Search steps across registers, so the deadline is looked at every 16k steps however small the registers. */
  iter = 0;
  readonly memo: MemoTable;
  /** Largest memo (bytes) any search of this scratch held. */
  peakMemoBytes = 0;
  /** Decisions taken by the linear pre-checks, and by the search. */
  prechecked = 0;
  searched = 0;

  constructor(maxMemoEntries?: number) {
    this.memo = new MemoTable(6, maxMemoEntries);
  }

  ensure(n: number, values: number): void {
    if (this.next.length < 2 * n + 1) {
      const m = Math.max(2 * n + 1, 2 * this.next.length);
      this.next = new Int32Array(m); this.prev = new Int32Array(m);
      this.stackOp = new Int32Array(m >> 1); this.stackState = new Int32Array(m >> 1);
      this.z1 = new Int32Array(m >> 1); this.z2 = new Int32Array(m >> 1);
    }
    if (this.stamp.length < values) this.stamp = new Int32Array(Math.max(values, 2 * this.stamp.length));
  }
}

export interface SearchInput {
  readonly ops: readonly RegisterOp[];
  /** Interned initial value (0) or ANY_STATE. */
  readonly initial: number;
  /** performance.now() deadline. */
  readonly deadline: number;
  /** Seed of the Zobrist hashes. */
  readonly hashSeed: number;
}

/** Sorts call and return entries: by time, then by position in the file; unknown returns go last. */
export function entryOrder(ops: readonly RegisterOp[]): Int32Array {
  const nodes = Array.from({ length: 2 * ops.length }, (_, k) => k);
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

/** Searches a list of operation objects (the window minimisation's sub-histories). */
export function searchRegister(input: SearchInput, scratch = new SearchScratch()): SearchVerdict {
  const { ops } = input;
  const n = ops.length;
  const cols: SearchColumns = {
    kind: Int8Array.from(ops, (o) => o.kind), value: Int32Array.from(ops, (o) => o.value),
    expect: Int32Array.from(ops, (o) => o.expect), ret: Float64Array.from(ops, (o) => o.ret), entries: entryOrder(ops),
  };
  let values = 1;
  for (let i = 0; i < n; i++) values = Math.max(values, cols.value[i] + 1, cols.expect[i] + 1);
  return searchColumns(cols, 0, n, input.initial, input.deadline, input.hashSeed, scratch, values);
}

/** Decides register [base, base + n) of the columns. `values`: one more than the largest interned value id. */
export function searchColumns(c: SearchColumns, base: number, n: number, initial: number, deadline: number, hashSeed: number, scratch: SearchScratch, values: number): SearchVerdict {
  const { kind, value, expect, ret, entries } = c;
  let readsOrCas = false;
  for (let i = base; i < base + n; i++) if (kind[i] !== WRITE) { readsOrCas = true; break; }
  scratch.prechecked++;
  if (!readsOrCas) return "ok"; // every order of writes alone is legal
  scratch.ensure(n, values);
  if (initial !== ANY_STATE && readsUnwritten(c, base, n, initial, scratch)) return "fail";
  const sequential = replaySequential(c, base, n, initial);
  if (sequential !== undefined) return sequential;
  scratch.prechecked--;
  scratch.searched++;

  const { next, prev, stackOp, stackState, z1, z2, memo } = scratch;
  const head = 2 * n, e0 = 2 * base;
  let last = head;
  for (let k = 0; k < 2 * n; k++) {
    const e = entries[e0 + k];
    next[last] = e; prev[e] = last; last = e;
  }
  next[last] = -1;
  let rng = (hashSeed | 0) || 0x2545f491;
  for (let i = 0; i < n; i++) {
    rng ^= rng << 13; rng ^= rng >>> 17; rng ^= rng << 5; z1[i] = rng;
    rng ^= rng << 13; rng ^= rng >>> 17; rng ^= rng << 5; z2[i] = rng;
  }
  memo.reset(Math.min(16, Math.max(6, 33 - Math.clz32(n))));
  let sp = 0, state = initial, h1 = 0, h2 = 0, iter = scratch.iter;
  const done = (verdict: SearchVerdict): SearchVerdict => {
    scratch.iter = iter;
    scratch.peakMemoBytes = Math.max(scratch.peakMemoBytes, memo.bytes);
    return verdict;
  };
  let entry = next[head];
  while (entry !== -1) {
    if ((++iter & 0x3fff) === 0 && performance.now() > deadline) return done("timeout");
    if ((entry & 1) === 0) {
      const i = entry >> 1, g = base + i;
      const k = kind[g];
      let ns = -2;
      if (k === READ) ns = state === value[g] || state === ANY_STATE ? value[g] : -2;
      else if (k === CAS) ns = state === expect[g] || state === ANY_STATE ? value[g] : -2;
      else ns = value[g];
      if (ns !== -2) {
        const n1 = h1 ^ z1[i], n2 = h2 ^ z2[i];
        const added = memo.add(n1, n2, ns);
        if (added === FULL) return done("limit");
        if (added === 1) {
          stackOp[sp] = i; stackState[sp] = state; sp++;
          state = ns; h1 = n1; h2 = n2;
          // lift: unlink the call and its return
          const cl = entry, r = entry + 1;
          next[prev[cl]] = next[cl]; if (next[cl] !== -1) prev[next[cl]] = prev[cl];
          next[prev[r]] = next[r]; if (next[r] !== -1) prev[next[r]] = prev[r];
          entry = next[head];
          continue;
        }
      }
      entry = next[entry];
    } else {
      // Reaching an unknown operation's return (+∞) means every definite operation is linearized; the
      // unknown ones left may simply never have taken effect.
      if (ret[base + (entry >> 1)] === Infinity) return done("ok");
      if (sp === 0) return done("fail");
      sp--;
      const i = stackOp[sp];
      state = stackState[sp]; h1 ^= z1[i]; h2 ^= z2[i];
      // unlift: relink the return, then the call (reverse order of the lift)
      const cl = 2 * i, r = cl + 1;
      if (next[r] !== -1) prev[next[r]] = r; next[prev[r]] = r;
      if (next[cl] !== -1) prev[next[cl]] = cl; next[prev[cl]] = cl;
      entry = next[cl];
    }
  }
  return done("ok");
}

/**
 * A read (or a cas known to have succeeded) of a value that neither the initial state nor any write or cas
 * produced. A cas of unknown outcome may never have taken effect, so it proves nothing.
 */
function readsUnwritten(c: SearchColumns, base: number, n: number, initial: number, scratch: SearchScratch): boolean {
  const { kind, value, expect, ret } = c;
  const stamp = scratch.stamp, gen = ++scratch.generation;
  stamp[initial] = gen;
  for (let i = base; i < base + n; i++) if (kind[i] !== READ) stamp[value[i]] = gen;
  for (let i = base; i < base + n; i++) {
    if (kind[i] === READ && stamp[value[i]] !== gen) return true;
    if (kind[i] === CAS && ret[i] !== Infinity && stamp[expect[i]] !== gen) return true;
  }
  return false;
}

/**
 * When every operation returns before the next is invoked (and none has an unknown outcome) the history has
 * exactly one order: replay it. Undefined when two operations overlap (then the search decides).
 */
function replaySequential(c: SearchColumns, base: number, n: number, initial: number): SearchVerdict | undefined {
  const { kind, value, expect, ret, entries } = c;
  const e0 = 2 * base;
  for (let k = 0; k < 2 * n; k += 2) {
    const call = entries[e0 + k];
    if ((call & 1) !== 0 || entries[e0 + k + 1] !== call + 1 || ret[base + (call >> 1)] === Infinity) return undefined;
  }
  let state = initial;
  for (let k = 0; k < 2 * n; k += 2) {
    const g = base + (entries[e0 + k] >> 1);
    const kd = kind[g];
    if (kd === WRITE) state = value[g];
    else if (kd === READ) {
      if (state !== value[g] && state !== ANY_STATE) return "fail";
      state = value[g];
    } else {
      if (state !== expect[g] && state !== ANY_STATE) return "fail";
      state = value[g];
    }
  }
  return "ok";
}
