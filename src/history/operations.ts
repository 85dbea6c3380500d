// From events to register operations, all registers in one set of typed columns (P-compositionality: a history
// is linearizable iff its projection on every register is, so each block is checked on its own). The Jepsen
// rules for outcomes: `fail` never took effect (dropped); `timeout`/`unknown`/`info` or no return at all may
// have taken effect at any time after the invoke (its return is at +∞); a read whose result is unknown says
// nothing (dropped). A write whose outcome is unknown and whose value no read or cas ever saw is dropped too:
// placing it last (or never) is always a valid choice for it, so it cannot change the verdict, only slow the
// search. Three passes over the events and a counting sort; no object is built per operation (RegisterOp
// objects are materialised only for a failing register, to explain it).

import type { History, HistoryInvoke, HistoryReturn, HistoryValue } from "./format.ts";

export const READ = 0;
export const WRITE = 1;
export const CAS = 2;

/** One register operation, materialised for windows and explanations (values are interned ids; 0 is the initial value). */
export interface RegisterOp {
  readonly id: number;
  readonly kind: typeof READ | typeof WRITE | typeof CAS;
  /** read: the value returned; write: the value written; cas: the new value. */
  readonly value: number;
  /** cas only: the expected value (else -1). */
  readonly expect: number;
  readonly call: number;
  /** +∞ when the outcome is unknown. */
  readonly ret: number;
  /** Position of the invoke and the return in the file (tie-breaks equal times; ∞ returns sort last). */
  readonly callSeq: number;
  readonly retSeq: number;
  readonly invoke: HistoryInvoke;
  readonly result: HistoryReturn | undefined;
}

export interface RegisterKey {
  readonly key: string;
  readonly family: string | undefined;
  readonly object: string;
  readonly block: number | undefined;
}

/**
 * Every register's operations as columns. Register r owns operations [start[r], start[r+1]) (in invoke order)
 * and entries [2·start[r], 2·start[r+1]): its call and return entries in Lowe's order, each `2·local + isReturn`.
 */
export interface Partition {
  readonly registers: readonly RegisterKey[];
  readonly start: Int32Array;
  readonly kind: Int8Array;
  readonly value: Int32Array;
  readonly expect: Int32Array;
  readonly call: Float64Array;
  /** Return time, +∞ when the outcome is unknown. */
  readonly ret: Float64Array;
  /** File positions of the invoke and of the return (-1: none or unknown). */
  readonly callSeq: Int32Array;
  readonly retSeq: Int32Array;
  readonly entries: Int32Array;
  /** Interned values, shared by all registers: values[0] is the initial value. */
  readonly values: readonly HistoryValue[];
  /** Operations that are not register operations (migrations, snapshots, backups): not checked. */
  readonly otherOps: number;
  readonly droppedFailed: number;
  readonly droppedUnknownReads: number;
  readonly droppedUnseenWrites: number;
  /** Events are in non-decreasing time order in the file (then file position alone orders entries). */
  readonly timeOrdered: boolean;
  /** Bytes of the typed arrays the partition allocated (the columns and the passes' temporaries). */
  readonly bytes: number;
}

// `update` (a quorum log append, read back as the last value) and `snapRead` (a read of a shadow copy) are the
// reference cluster's names for a write and a read.
// (A comparison chain, not a lookup object: a keyed load with every op name of a file was the hottest line.)
function kindOf(op: string): number {
  if (op === "read" || op === "snapRead") return READ;
  if (op === "write" || op === "update") return WRITE;
  if (op === "cas") return CAS;
  return -1;
}

const OK = 1, FAIL = 2, UNKNOWN = 3;
const OUTCOME: Record<string, number | undefined> = { ok: OK, fail: FAIL, timeout: UNKNOWN, unknown: UNKNOWN, info: UNKNOWN };

function slotOf(v: number, mask: number): number {
  const h = Math.imul(v, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Value interning: 32-bit integers (what block devices hold) through an open-addressing table of typed arrays,
 * anything else (strings, fractions, huge numbers) through a Map.
 */
class Interner {
  readonly values: HistoryValue[] = [];
  private keys: Int32Array;
  private ids: Int32Array; // id + 1; 0 marks a free slot
  private mask: number;
  private used = 0;
  private readonly other = new Map<HistoryValue, number>();

  /** `hint`: about how many distinct values to expect. */
  constructor(initial: HistoryValue, hint: number) {
    const size = 1 << Math.max(6, 32 - Math.clz32(Math.max(64, hint)));
    this.keys = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    this.id(initial);
  }

  id(v: HistoryValue): number {
    if (typeof v === "number" && (v | 0) === v) {
      const keys = this.keys, ids = this.ids, mask = this.mask;
      let i = slotOf(v, mask);
      for (;;) {
        const k = ids[i];
        if (k === 0) break;
        if (keys[i] === v) return k - 1;
        i = (i + 1) & mask;
      }
      const id = this.values.length;
      keys[i] = v; ids[i] = id + 1; this.values.push(v);
      if (++this.used * 2 > mask) this.grow();
      return id;
    }
    let k = this.other.get(v);
    if (k === undefined) { k = this.values.length; this.other.set(v, k); this.values.push(v); }
    return k;
  }

  private grow(): void {
    const oldKeys = this.keys, oldIds = this.ids;
    const size = oldKeys.length * 2, mask = size - 1;
    this.keys = new Int32Array(size); this.ids = new Int32Array(size); this.mask = mask;
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldIds[j] === 0) continue;
      let i = slotOf(oldKeys[j], mask);
      while (this.ids[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = oldKeys[j]; this.ids[i] = oldIds[j];
    }
  }
}

/** Where each operation id returns: an array for ids up to the event count (as recorders number them), else a Map. */
class ReturnIndex {
  private readonly dense: Int32Array;
  private readonly other = new Map<number, number>();

  constructor(events: number) {
    this.dense = new Int32Array(events + 1).fill(-1);
  }

  set(id: number, at: number): void {
    if (id >= 0 && id < this.dense.length) this.dense[id] = at;
    else this.other.set(id, at);
  }

  get(id: number): number {
    return id >= 0 && id < this.dense.length ? this.dense[id] : (this.other.get(id) ?? -1);
  }
}

/** Splits a history into registers keyed by (family, object, block). Plain loops over typed arrays. */
export function partitionHistory(history: History): Partition {
  const events = history.events;
  const nEvents = events.length;
  const interner = new Interner(history.initial ?? 0, 1024);
  const values = interner.values;
  // Pass 1, the only one that touches the event objects (in file order): every event's time, every return's
  // outcome and value, every register invoke's register (nested maps object → family → block: no string key
  // per event), kind, value and expected value.
  const byObject = new Map<string, Map<string | undefined, RegisterSlot>>();
  const registers: RegisterKey[] = [];
  const byKey = new Map<string, number>();
  const returns = new ReturnIndex(nEvents);
  const evTime = new Float64Array(nEvents), evOutcome = new Int8Array(nEvents), evValue = new Int32Array(nEvents);
  // Per register invoke: sized for the usual half of the events (every invoke has at most one return), grown if not.
  let cap = (nEvents >> 1) + 16;
  let opEvent = new Int32Array(cap), opReg0 = new Int32Array(cap), opId = new Float64Array(cap);
  let k0 = new Int8Array(cap), v0 = new Int32Array(cap), x0 = new Int32Array(cap);
  let nOps = 0, otherOps = 0, timeOrdered = true, lastTime = -Infinity;
  for (let i = 0; i < nEvents; i++) {
    const e = events[i];
    const t = e.time;
    evTime[i] = t;
    if (t < lastTime) timeOrdered = false;
    lastTime = t;
    if (e.type !== "invoke") {
      returns.set(e.id, i);
      evOutcome[i] = OUTCOME[e.outcome] ?? UNKNOWN;
      evValue[i] = e.value === undefined ? -1 : interner.id(e.value);
      continue;
    }
    const kind = kindOf(e.op);
    // Files recorded before shadow copies were registers name the live volume as a snapshot read's object; such a
    // read returns the frozen copy, not the volume, and does not say which copy, so it cannot be checked.
    if (kind === -1 || (e.op === "snapRead" && !e.object.startsWith("snapshot-"))) { otherOps++; continue; }
    let byFamily = byObject.get(e.object);
    if (byFamily === undefined) byObject.set(e.object, (byFamily = new Map()));
    let slot = byFamily.get(e.family);
    if (slot === undefined) byFamily.set(e.family, (slot = { dense: [], none: -1 }));
    const block = e.block;
    let r = block === undefined ? slot.none : block >= 0 && block < 1 << 20 ? (slot.dense[block] ?? -1) : -1;
    if (r === -1) {
      // blocks may be negative or huge in a user's file: those go through the string-keyed map
      const key = `${e.family ?? ""}|${e.object}|${block ?? ""}`;
      r = byKey.get(key) ?? -1;
      if (r === -1) {
        r = registers.length;
        registers.push({ key, family: e.family, object: e.object, block });
        byKey.set(key, r);
      }
      if (block === undefined) slot.none = r;
      else if (block >= 0 && block < 1 << 20) slot.dense[block] = r;
    }
    if (nOps === cap) {
      cap = Math.min(nEvents, 2 * cap);
      opEvent = grown(opEvent, cap); opReg0 = grown(opReg0, cap); opId = grown(opId, cap);
      k0 = grown(k0, cap); v0 = grown(v0, cap); x0 = grown(x0, cap);
    }
    opEvent[nOps] = i; opReg0[nOps] = r; opId[nOps] = e.id; k0[nOps] = kind;
    v0[nOps] = kind === READ ? -1 : interner.id(e.value as HistoryValue);
    x0[nOps] = kind === CAS ? interner.id(e.expect as HistoryValue) : -1;
    nOps++;
  }
  // Pass 2: outcomes of the register operations (typed arrays only), counted per register.
  const nRegs = registers.length;
  const count = new Int32Array(nRegs + 1);
  const keep = new Uint8Array(nOps);
  const rs0 = new Int32Array(nOps);
  let droppedFailed = 0, droppedUnknownReads = 0, droppedUnseenWrites = 0;
  for (let j = 0; j < nOps; j++) {
    const rs = returns.get(opId[j]);
    const outcome = rs === -1 ? UNKNOWN : evOutcome[rs];
    if (outcome === FAIL) { droppedFailed++; continue; }
    const known = outcome === OK;
    if (k0[j] === READ) {
      if (!known || evValue[rs] === -1) { droppedUnknownReads++; continue; }
      v0[j] = evValue[rs];
    }
    keep[j] = 1; rs0[j] = known ? rs : -1;
    count[opReg0[j] + 1]++;
  }
  // Counting sort by register (stable: invoke order within a register), dropping unknown writes nobody saw.
  const start = new Int32Array(nRegs + 1);
  for (let r = 0; r < nRegs; r++) start[r + 1] = start[r] + count[r + 1];
  const order = new Int32Array(start[nRegs]);
  const fill = start.slice(0, nRegs);
  for (let j = 0; j < nOps; j++) if (keep[j] === 1) order[fill[opReg0[j]]++] = j;
  const seen = new Int32Array(values.length).fill(-1);
  const kind = new Int8Array(order.length), value = new Int32Array(order.length), expect = new Int32Array(order.length);
  const call = new Float64Array(order.length), ret = new Float64Array(order.length);
  const callSeq = new Int32Array(order.length), retSeq = new Int32Array(order.length);
  const finalStart = new Int32Array(nRegs + 1);
  let w = 0;
  for (let r = 0; r < nRegs; r++) {
    finalStart[r] = w;
    for (let p = start[r]; p < start[r + 1]; p++) {
      const j = order[p];
      if (k0[j] === READ) seen[v0[j]] = r;
      else if (k0[j] === CAS) seen[x0[j]] = r;
    }
    for (let p = start[r]; p < start[r + 1]; p++) {
      const j = order[p];
      if (k0[j] === WRITE && rs0[j] === -1 && seen[v0[j]] !== r) { droppedUnseenWrites++; continue; }
      kind[w] = k0[j]; value[w] = v0[j]; expect[w] = x0[j];
      callSeq[w] = opEvent[j]; retSeq[w] = rs0[j];
      call[w] = evTime[opEvent[j]]; ret[w] = rs0[j] === -1 ? Infinity : evTime[rs0[j]];
      w++;
    }
  }
  finalStart[nRegs] = w;
  const entries = entryOrders(finalStart, callSeq, retSeq, call, ret, w, nEvents, timeOrdered);
  // Registers left without operations (all dropped) are removed: compact keys and starts.
  const keptRegs: RegisterKey[] = [];
  const compactStart: number[] = [];
  for (let r = 0; r < nRegs; r++) if (finalStart[r + 1] > finalStart[r]) { keptRegs.push(registers[r]); compactStart.push(finalStart[r]); }
  compactStart.push(w);
  return {
    registers: keptRegs, start: Int32Array.from(compactStart),
    kind: kind.subarray(0, w), value: value.subarray(0, w), expect: expect.subarray(0, w), call: call.subarray(0, w), ret: ret.subarray(0, w),
    callSeq: callSeq.subarray(0, w), retSeq: retSeq.subarray(0, w), entries, values,
    otherOps, droppedFailed, droppedUnknownReads, droppedUnseenWrites, timeOrdered,
    // per event: times, outcomes, return values, the return index and the entry pass's position map (21 bytes);
    // per register invoke: pass 1's columns (25), pass 2's flags and the sort order (9); per kept operation:
    // the columns and entries (45)
    bytes: nEvents * 21 + cap * 25 + nOps * 9 + w * 45 + nRegs * 24,
  };
}

function grown<T extends Int8Array | Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

interface RegisterSlot { readonly dense: number[]; none: number }

/**
 * Each register's call and return entries in Lowe's order: by time, then file position; unknown returns last.
 * When the file is in time order, file position alone orders them: one pass over the events fills every
 * register's list; otherwise each register's entries are sorted.
 */
function entryOrders(start: Int32Array, callSeq: Int32Array, retSeq: Int32Array, call: Float64Array, ret: Float64Array, n: number, nEvents: number, timeOrdered: boolean): Int32Array {
  const nRegs = start.length - 1;
  const entries = new Int32Array(2 * n);
  const fill = new Int32Array(nRegs);
  for (let r = 0; r < nRegs; r++) fill[r] = 2 * start[r];
  if (timeOrdered) {
    // event position → 2·(operation index) + isReturn, then one pass in file order.
    const at = new Int32Array(nEvents).fill(-1);
    const regOf = new Int32Array(n);
    for (let r = 0; r < nRegs; r++) for (let p = start[r]; p < start[r + 1]; p++) regOf[p] = r;
    for (let p = 0; p < n; p++) { at[callSeq[p]] = 2 * p; if (retSeq[p] !== -1) at[retSeq[p]] = 2 * p + 1; }
    for (let i = 0; i < nEvents; i++) {
      const a = at[i];
      if (a === -1) continue;
      const p = a >> 1, r = regOf[p];
      entries[fill[r]++] = 2 * (p - start[r]) + (a & 1);
    }
    for (let r = 0; r < nRegs; r++)
      for (let p = start[r]; p < start[r + 1]; p++) if (retSeq[p] === -1) entries[fill[r]++] = 2 * (p - start[r]) + 1;
    return entries;
  }
  for (let r = 0; r < nRegs; r++) {
    const s = start[r], m = start[r + 1] - s;
    const nodes = Array.from({ length: 2 * m }, (_, k) => k);
    const time = (k: number): number => (k & 1 ? Math.max(ret[s + (k >> 1)], call[s + (k >> 1)]) : call[s + (k >> 1)]);
    const seq = (k: number): number => (k & 1 ? (retSeq[s + (k >> 1)] === -1 ? Infinity : retSeq[s + (k >> 1)]) : callSeq[s + (k >> 1)]);
    nodes.sort((a, b) => time(a) - time(b) || seq(a) - seq(b) || a - b);
    entries.set(nodes, 2 * s);
  }
  return entries;
}

/** Register r's operations as objects, for the window search and the explanation (a failing register only). */
export function registerOps(history: History, part: Partition, r: number): RegisterOp[] {
  const out: RegisterOp[] = [];
  for (let p = part.start[r]; p < part.start[r + 1]; p++) {
    const invoke = history.events[part.callSeq[p]] as HistoryInvoke;
    const rs = part.retSeq[p];
    const result = rs === -1 ? undefined : (history.events[rs] as HistoryReturn);
    out.push({
      id: invoke.id, kind: part.kind[p] as RegisterOp["kind"], value: part.value[p], expect: part.expect[p],
      call: part.call[p], ret: part.ret[p], callSeq: part.callSeq[p], retSeq: rs === -1 ? Infinity : rs, invoke, result,
    });
  }
  return out;
}
