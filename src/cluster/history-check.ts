// A register check over a recorded history: every successful read of a key (object, block) must return a
// value that is not overwritten, in real time, before the read began. Sound (no false alarms): writes whose
// outcome is "fail" or "timeout" may or may not have taken effect, so they never make a read stale.
// Applies to single-owner read/write and quorum-majority read/update; a full linearizability check is next.

import type { HistoryEvent, InvokeEvent, ReturnEvent } from "./history.ts";

export interface StaleRead {
  readonly check: "stale-read";
  readonly detail: string;
}

interface Op {
  readonly inv: InvokeEvent;
  readonly ret: ReturnEvent | undefined;
}

const WRITE_OPS = new Set(["write", "update"]);
const READ_OPS = new Set(["read"]);

export function checkRegisterHistory(events: readonly HistoryEvent[]): StaleRead[] {
  const returns = new Map<number, ReturnEvent>();
  for (const e of events) if (e.type === "return") returns.set(e.id, e);
  const byKey = new Map<string, { writes: Op[]; reads: Op[] }>();
  for (const e of events) {
    if (e.type !== "invoke" || (!WRITE_OPS.has(e.op) && !READ_OPS.has(e.op))) continue;
    if (e.family !== "single-owner" && e.family !== "quorum-majority") continue;
    const key = `${e.family}|${e.object}|${e.block ?? 0}`;
    let entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, (entry = { writes: [], reads: [] }));
    (WRITE_OPS.has(e.op) ? entry.writes : entry.reads).push({ inv: e, ret: returns.get(e.id) });
  }
  const out: StaleRead[] = [];
  for (const [key, { writes, reads }] of byKey) {
    // Acknowledged writes sorted by return time, with the running maximum of their invoke times.
    const acked = writes.filter((w) => w.ret?.outcome === "ok").sort((a, b) => (a.ret as ReturnEvent).time - (b.ret as ReturnEvent).time);
    const prefixMaxInvoke: number[] = [];
    let m = -Infinity;
    for (const w of acked) prefixMaxInvoke.push((m = Math.max(m, w.inv.time)));
    const byValue = new Map<number, Op>();
    for (const w of writes) if (w.inv.value !== undefined) byValue.set(w.inv.value, w);
    for (const r of reads) {
      if (r.ret?.outcome !== "ok" || r.ret.value === undefined) continue;
      // Latest invoke among writes acknowledged before the read began.
      let lo = 0, hi = acked.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((acked[mid].ret as ReturnEvent).time < r.inv.time) lo = mid + 1;
        else hi = mid;
      }
      const latestInvoke = lo === 0 ? -Infinity : prefixMaxInvoke[lo - 1];
      const v = r.ret.value;
      if (v === 0) {
        if (lo > 0) out.push({ check: "stale-read", detail: `${key}: read #${r.inv.id} returned the initial value after write #${acked[0].inv.id} was acknowledged` });
        continue;
      }
      const source = byValue.get(v);
      if (source === undefined) {
        out.push({ check: "stale-read", detail: `${key}: read #${r.inv.id} returned ${v}, which no write wrote` });
        continue;
      }
      const sourceDone = source.ret?.outcome === "ok" ? source.ret.time : Infinity;
      if (latestInvoke > sourceDone)
        out.push({ check: "stale-read", detail: `${key}: read #${r.inv.id} returned ${v} from write #${source.inv.id}, overwritten before the read began` });
    }
  }
  return out;
}
