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
}

// `update` (a quorum log append, read back as the last value) and `snapRead` (a read of a shadow copy) are the
// reference cluster's names for a write and a read.
const KIND: Record<string, RegisterOp["kind"] | undefined> = { read: READ, snapRead: READ, write: WRITE, update: WRITE, cas: CAS };

/** Splits a history into registers keyed by (family, object, block). */
export function partitionHistory(history: History): Partition {
  const returns = new Map<number, { ret: HistoryReturn; seq: number }>();
  history.events.forEach((e, seq) => {
    if (e.type === "return") returns.set(e.id, { ret: e, seq });
  });
  const initial = history.initial ?? 0;
  const byKey = new Map<string, { reg: RegisterHistory; intern: Map<HistoryValue, number>; raw: Array<[HistoryInvoke, number]> }>();
  let otherOps = 0, droppedFailed = 0, droppedUnknownReads = 0, droppedUnseenWrites = 0;
  history.events.forEach((e, seq) => {
    if (e.type !== "invoke") return;
    if (KIND[e.op] === undefined) return void otherOps++;
    const key = `${e.family ?? ""}|${e.object}|${e.block ?? ""}`;
    let entry = byKey.get(key);
    if (entry === undefined) {
      const reg: RegisterHistory = { key, family: e.family, object: e.object, block: e.block, ops: [], values: [initial] };
      byKey.set(key, (entry = { reg, intern: new Map([[initial, 0]]), raw: [] }));
    }
    entry.raw.push([e, seq]);
  });
  const registers: RegisterHistory[] = [];
  for (const { reg, intern, raw } of byKey.values()) {
    const id = (v: HistoryValue): number => {
      let i = intern.get(v);
      if (i === undefined) intern.set(v, (i = reg.values.length)), reg.values.push(v);
      return i;
    };
    const seen = new Set<number>();
    const pending: RegisterOp[] = [];
    for (const [inv, callSeq] of raw) {
      const r = returns.get(inv.id);
      const outcome = r?.ret.outcome;
      if (outcome === "fail") { droppedFailed++; continue; }
      const known = outcome === "ok";
      const kind = KIND[inv.op] as RegisterOp["kind"];
      if (kind === READ && (!known || r?.ret.value === undefined)) { droppedUnknownReads++; continue; }
      const value = id(kind === READ ? (r!.ret.value as HistoryValue) : (inv.value as HistoryValue));
      const expect = kind === CAS ? id(inv.expect as HistoryValue) : -1;
      if (kind === READ) seen.add(value);
      if (kind === CAS) seen.add(expect);
      pending.push({
        id: inv.id, kind, value, expect, call: inv.time, ret: known ? r!.ret.time : Infinity,
        callSeq, retSeq: known ? r!.seq : Infinity, invoke: inv, result: r?.ret,
      });
    }
    for (const op of pending) {
      if (op.kind === WRITE && op.ret === Infinity && !seen.has(op.value)) { droppedUnseenWrites++; continue; }
      reg.ops.push(op);
    }
    if (reg.ops.length > 0) registers.push(reg);
  }
  return { registers, otherOps, droppedFailed, droppedUnknownReads, droppedUnseenWrites };
}
