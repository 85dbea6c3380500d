// The shortest window that cannot be linearized, for the failure report. Two facts make it cheap:
// a prefix of a history (cut at an operation's return, with operations still pending there treated as
// unknown) is linearizable whenever the whole is, so the earliest failing prefix is found by binary search; and
// at a quiescent point (nothing pending) everything before precedes everything after in any linearization,
// so a suffix checked from ANY state is linearizable whenever the whole is — the latest quiescent start that
// still fails is found by binary search too. The window is therefore genuinely non-linearizable on its own.

import { CAS, READ, type RegisterOp } from "./operations.ts";
import { ANY_STATE, entryOrder, SearchScratch, searchRegister, type SearchVerdict } from "./search.ts";

export interface Window {
  readonly ops: RegisterOp[];
  /** The operation whose return ends the earliest failing prefix. */
  readonly culprit: RegisterOp;
  /** True when the window starts at the beginning of the register's history (state = the initial value). */
  readonly fromStart: boolean;
  /** False when the time limit cut the minimisation short (the window is then longer than necessary). */
  readonly minimal: boolean;
}

export function findWindow(ops: readonly RegisterOp[], deadline: number, hashSeed: number): Window | undefined {
  const order = entryOrder(ops);
  const n = ops.length;
  const callPos = new Int32Array(n), retPos = new Float64Array(n).fill(Infinity);
  order.forEach((node, pos) => {
    const i = node >> 1;
    if (node & 1) { if (ops[i].ret !== Infinity) retPos[i] = pos; }
    else callPos[i] = pos;
  });
  const returns = [...Array(n).keys()].filter((i) => retPos[i] !== Infinity).sort((a, b) => retPos[a] - retPos[b]);
  // Quiescent start positions: before a call with nothing pending.
  const cuts: number[] = [];
  let open = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const node = order[pos];
    if ((node & 1) === 0) {
      if (open === 0) cuts.push(pos);
      open++;
    } else if (ops[node >> 1].ret !== Infinity) open--;
  }
  let timedOut = false;
  const scratch = new SearchScratch();
  const run = (start: number, endPos: number): SearchVerdict => {
    const sub: RegisterOp[] = [];
    for (let i = 0; i < n; i++) {
      if (callPos[i] < start || callPos[i] > endPos) continue;
      const op = ops[i];
      if (retPos[i] <= endPos) sub.push(op);
      else if (op.kind !== READ) sub.push({ ...op, ret: Infinity, retSeq: Infinity });
    }
    const v = searchRegister({ ops: sub, initial: start === 0 ? 0 : ANY_STATE, deadline, hashSeed }, scratch);
    if (v === "timeout" || v === "limit") timedOut = true;
    return v;
  };
  // Earliest failing prefix: the first return k such that the prefix through it fails.
  let lo = 0, hi = returns.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi && !timedOut) {
    const mid = (lo + hi) >> 1;
    if (run(0, retPos[returns[mid]]) === "fail") hi = mid;
    else lo = mid + 1;
  }
  const culprit = returns[hi];
  const endPos = retPos[culprit];
  // Latest quiescent start that still fails (cuts[0] = 0 always fails: that is the prefix itself).
  const usable = cuts.filter((c) => c <= callPos[culprit]);
  let a = 0, b = usable.length - 1;
  while (a < b && !timedOut) {
    const mid = (a + b + 1) >> 1;
    if (run(usable[mid], endPos) === "fail") a = mid;
    else b = mid - 1;
  }
  const start = usable[a] ?? 0;
  const windowOps = ops.filter((_, i) => callPos[i] >= start && callPos[i] <= endPos && (retPos[i] <= endPos || ops[i].kind !== READ));
  return { ops: windowOps, culprit: ops[culprit], fromStart: start === 0, minimal: !timedOut };
}

/** Why no order works, in words, from the culprit's point of view (the last operation of the window). */
export function explainWindow(w: Window, values: readonly (number | string)[], failedWrites: readonly { id: number; value: number | string }[]): string {
  const show = (v: number): string => JSON.stringify(values[v]);
  const t = (x: number): string => (x === Infinity ? "never (unknown outcome)" : String(x));
  const c = w.culprit;
  const writes = w.ops.filter((o) => o.kind !== READ);
  const span = `${w.ops.length} operation${w.ops.length === 1 ? "" : "s"} from t=${Math.min(...w.ops.map((o) => o.call))} to t=${c.ret}`;
  const tail = ` No order of the ${span} (${w.fromStart ? "starting from the initial value" : "starting from any value"}) explains every result.`;
  if (c.kind === READ || c.kind === CAS) {
    const v = c.kind === READ ? c.value : c.expect;
    const what = c.kind === READ ? `read #${c.id} [t=${c.call}..${c.ret}] returned ${show(v)}` : `cas #${c.id} [t=${c.call}..${c.ret}] succeeded expecting ${show(v)}`;
    const sources = writes.filter((o) => o.value === v && o !== c);
    const isInitial = v === 0 && w.fromStart;
    if (sources.length === 0 && !isInitial) {
      const failedSource = failedWrites.find((f) => f.value === values[v]);
      const failedNote = failedSource === undefined ? "" : ` (write #${failedSource.id} of ${show(v)} was reported failed, and a failed write never takes effect)`;
      const before = w.ops.find((o) => o.kind === READ && o !== c && o.value !== v && o.ret < c.call);
      if (before !== undefined && !w.fromStart)
        return `${what}, but read #${before.id} had already returned ${show(before.value)} at t=${before.ret}, before it began, and no write in between wrote ${show(v)}${failedNote}.` + tail;
      const acked = writes.find((o) => o.ret < c.call && o.value !== v);
      if (acked !== undefined && !w.fromStart)
        return `${what}, but write #${acked.id} of ${show(acked.value)} was acknowledged at t=${acked.ret}, before it began, and no write after it wrote ${show(v)}${failedNote}: the value was overwritten.` + tail;
      if (failedSource !== undefined) return `${what}, written only by write #${failedSource.id}, which was reported failed — and a failed write never takes effect.` + tail;
      return `${what}, a value no write in the window wrote${w.fromStart ? " (and not the initial value)" : ""}.` + tail;
    }
    const late = sources.every((s) => s.call > c.ret);
    if (sources.length > 0 && late && !isInitial) return `${what}, but the only write of it, #${sources[0].id}, was invoked at t=${sources[0].call}, after the read returned.` + tail;
    const lastSourceEnd = isInitial ? -Infinity : Math.max(...sources.map((s) => s.ret));
    const over = writes.find((x) => x.value !== v && x.ret < c.call && x.call > lastSourceEnd);
    if (over !== undefined) {
      const src = isInitial ? "the initial value" : `write #${sources.find((s) => s.ret === lastSourceEnd)?.id ?? sources[0].id} (returned t=${t(lastSourceEnd)})`;
      return `${what} from ${src}, but write #${over.id} of ${show(over.value)} ran entirely after that [t=${over.call}..${over.ret}] and before the read began: the value was overwritten.` + tail;
    }
    return `${what}.` + tail;
  }
  return `write #${c.id} of ${show(c.value)} [t=${c.call}..${c.ret}] cannot be placed.` + tail;
}
