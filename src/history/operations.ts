// From events to register operations, one list per register (P-compositionality: a history is linearizable
// iff its projection on every register is, so each block is checked on its own). The Jepsen rules for
// outcomes: `fail` never took effect (dropped); `timeout`/`unknown`/`info` or no return at all may have taken
// effect at any time after the invoke (its return is at +∞); a read whose result is unknown says nothing
// (dropped). A write whose outcome is unknown and whose value no read or cas ever saw is dropped too: placing
// it last (or never) is always a valid choice for it, so it cannot change the verdict, only slow the search.

import type { History, HistoryInvoke, HistoryReturn, HistoryValue } from "./format.ts";

export const READ = 0;
export const WRITE = 1;
export const CAS = 2;

/** One register operation; values are interned per register into small integers (0 is the initial value). */
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

export interface RegisterHistory {
  readonly key: string;
  readonly family: string | undefined;
  readonly object: string;
  readonly block: number | undefined;
  readonly ops: RegisterOp[];
  /** Interned values: values[i] is the original value of id i; values[0] is the initial value. */
  readonly values: HistoryValue[];
}

export interface Partition {
  readonly registers: RegisterHistory[];
  /** Operations that are not register operations (migrations, snapshots, backups): not checked. */
  readonly otherOps: number;
  readonly droppedFailed: number;
  readonly droppedUnknownReads: number;
  readonly droppedUnseenWrites: number;
  /** Events are in non-decreasing time order in the file (then file position alone orders entries). */
  readonly timeOrdered: boolean;
}

// `update` (a quorum log append, read back as the last value) and `snapRead` (a read of a shadow copy) are the
// reference cluster's names for a write and a read.
const KIND: Record<string, RegisterOp["kind"] | undefined> = { read: READ, snapRead: READ, write: WRITE, update: WRITE, cas: CAS };

interface Group {
  readonly reg: RegisterHistory;
  readonly intern: Map<HistoryValue, number>;
  readonly invokes: number[];
}

/** Splits a history into registers keyed by (family, object, block). Plain loops: this runs once per event. */
export function partitionHistory(history: History): Partition {
  const events = history.events;
  // Where each id returns: a dense array while ids are small non-negative integers (as recorders number them),
  // a Map otherwise. Also notes whether the file is in time order, which lets the search sort by position alone.
  const dense: number[] = [];
  let sparse: Map<number, number> | undefined;
  let timeOrdered = true, lastTime = -Infinity;
  const returnAt = { get: (id: number): number | undefined => (sparse !== undefined ? sparse.get(id) : id >= 0 && id < 1 << 26 ? dense[id] : undefined) };
  const initial = history.initial ?? 0;
  // Nested maps (object → family → block) instead of one string key per event: no string is built per event.
  const byObject = new Map<string, Map<string | undefined, Group[]>>();
  const groups: Group[] = [];
  let otherOps = 0, droppedFailed = 0, droppedUnknownReads = 0, droppedUnseenWrites = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.time < lastTime) timeOrdered = false;
    lastTime = e.time;
    if (e.type !== "invoke") {
      if (sparse === undefined && e.id >= 0 && e.id < 1 << 26) dense[e.id] = i;
      else {
        if (sparse === undefined) { sparse = new Map(); dense.forEach((v, k) => sparse!.set(k, v)); }
        sparse.set(e.id, i);
      }
      continue;
    }
    if (KIND[e.op] === undefined) { otherOps++; continue; }
    let byFamily = byObject.get(e.object);
    if (byFamily === undefined) byObject.set(e.object, (byFamily = new Map()));
    let byBlock = byFamily.get(e.family);
    if (byBlock === undefined) byFamily.set(e.family, (byBlock = []));
    const slot = e.block === undefined ? 0 : e.block + 1; // blocks may be negative in a user's file: see below
    let g = slot >= 0 ? byBlock[slot] : undefined;
    if (g === undefined) {
      const key = `${e.family ?? ""}|${e.object}|${e.block ?? ""}`;
      const reg: RegisterHistory = { key, family: e.family, object: e.object, block: e.block, ops: [], values: [initial] };
      g = { reg, intern: new Map([[initial, 0]]), invokes: [] };
      groups.push(g);
      if (slot >= 0 && slot < 1 << 20) byBlock[slot] = g;
      else { const other = groups.find((x) => x.reg.key === key && x !== g); if (other !== undefined) { groups.pop(); g = other; } }
    }
    g.invokes.push(i);
  }
  const registers: RegisterHistory[] = [];
  for (const { reg, intern, invokes } of groups) {
    const values = reg.values;
    const id = (v: HistoryValue): number => {
      let k = intern.get(v);
      if (k === undefined) { k = values.length; intern.set(v, k); values.push(v); }
      return k;
    };
    const seen = new Set<number>();
    const kept: RegisterOp[] = [];
    for (let j = 0; j < invokes.length; j++) {
      const callSeq = invokes[j];
      const inv = events[callSeq] as HistoryInvoke;
      const retSeq = returnAt.get(inv.id);
      const ret = retSeq === undefined ? undefined : (events[retSeq] as HistoryReturn);
      const outcome = ret?.outcome;
      if (outcome === "fail") { droppedFailed++; continue; }
      const known = outcome === "ok";
      const kind = KIND[inv.op] as RegisterOp["kind"];
      if (kind === READ && (!known || ret!.value === undefined)) { droppedUnknownReads++; continue; }
      const value = id(kind === READ ? (ret!.value as HistoryValue) : (inv.value as HistoryValue));
      const expect = kind === CAS ? id(inv.expect as HistoryValue) : -1;
      if (kind === READ) seen.add(value);
      else if (kind === CAS) seen.add(expect);
      kept.push({
        id: inv.id, kind, value, expect, call: inv.time, ret: known ? ret!.time : Infinity,
        callSeq, retSeq: known ? (retSeq as number) : Infinity, invoke: inv, result: ret,
      });
    }
    for (let j = 0; j < kept.length; j++) {
      const op = kept[j];
      if (op.kind === WRITE && op.ret === Infinity && !seen.has(op.value)) { droppedUnseenWrites++; continue; }
      reg.ops.push(op);
    }
    if (reg.ops.length > 0) registers.push(reg);
  }
  return { registers, otherOps, droppedFailed, droppedUnknownReads, droppedUnseenWrites, timeOrdered };
}
