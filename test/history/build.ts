// A tiny builder for hand-written histories: each operation as [invoke time, return time | null, ...], so a
// test reads like the interval diagrams of the Knossos and Porcupine papers.
import type { History, HistoryRecord, HistoryValue } from "../../src/history/index.ts";

export type Spec =
  | { op: "read"; at: number; end: number | null; value?: HistoryValue; outcome?: "ok" | "fail" | "timeout"; block?: number }
  | { op: "write"; at: number; end: number | null; value: HistoryValue; outcome?: "ok" | "fail" | "timeout"; block?: number }
  | { op: "cas"; at: number; end: number | null; expect: HistoryValue; value: HistoryValue; outcome?: "ok" | "fail" | "timeout"; block?: number };

export const r = (at: number, end: number | null, value?: HistoryValue, extra: Partial<Spec> = {}): Spec => ({ op: "read", at, end, value, ...extra }) as Spec;
export const w = (at: number, end: number | null, value: HistoryValue, extra: Partial<Spec> = {}): Spec => ({ op: "write", at, end, value, ...extra }) as Spec;
export const cas = (at: number, end: number | null, expect: HistoryValue, value: HistoryValue, extra: Partial<Spec> = {}): Spec => ({ op: "cas", at, end, expect, value, ...extra }) as Spec;

/** Events sorted by time; at equal times returns come before invokes (touching intervals do not overlap). */
export function history(specs: readonly Spec[], seed = 1): History {
  const evs: Array<{ t: number; order: number; e: HistoryRecord }> = [];
  specs.forEach((s, i) => {
    const id = i + 1;
    evs.push({ t: s.at, order: 1, e: { type: "invoke", id, time: s.at, op: s.op, object: "vol", block: s.block ?? 0, ...(s.op === "read" ? {} : { value: s.value }), ...(s.op === "cas" ? { expect: s.expect } : {}), client: `c${id}` } as HistoryRecord });
    if (s.end !== null) {
      const outcome = s.outcome ?? "ok";
      evs.push({ t: s.end, order: 0, e: { type: "return", id, time: s.end, outcome, ...(s.op === "read" && outcome === "ok" ? { value: s.value } : {}) } as HistoryRecord });
    }
  });
  evs.sort((a, b) => a.t - b.t || a.order - b.order);
  return { format: "clusterspec-history/1", seed, events: evs.map((x) => x.e) };
}

/** n concurrent writes, n sequential reads seeing each value once, then a read of the first value seen. */
export function pathological(n: number): Spec[] {
  const specs: Spec[] = [];
  for (let i = 1; i <= n; i++) specs.push(w(0, 1000, i));
  const seen = (i: number): number => ((i * 37) % n) + 1; // a permutation of 1..n when gcd(37, n) = 1
  for (let i = 1; i <= n; i++) specs.push(r(2 * i, 2 * i + 1, seen(i)));
  specs.push(r(2000, 2001, seen(1)));
  return specs;
}
