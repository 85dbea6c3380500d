// checkLinearizable: the public entry point. Partitions the history into registers, decides each with the
// memoised search under one shared time limit, re-confirms every failure with independent hashes, and
// reports each failing register with its shortest non-linearizable window and an explanation.

import { decodeHistory, type History, type HistoryValue } from "./format.ts";
import { CAS, partitionHistory, registerOps, type RegisterKey, type RegisterOp } from "./operations.ts";
import { SearchScratch, searchColumns } from "./search.ts";
import { explainWindow, findWindow } from "./window.ts";

export interface CheckLinearizableOptions {
  /** Wall-clock budget for the whole history; past it the verdict is `unknown` (default: no limit). */
  readonly timeLimitMs?: number;
  /** Failing registers to minimise and explain (default 5; the rest are counted). */
  readonly maxFailures?: number;
  /**
   * Bound on the search's memo per register (entries of 12 bytes, default 2^23: at most 200 MB with its free slots);
   * a register that needs more is left undecided, like one the time limit cut, so memory stays bounded.
   */
  readonly maxMemoEntries?: number;
}

export interface WindowOperation {
  readonly id: number;
  readonly op: "read" | "write" | "cas";
  readonly value: HistoryValue;
  readonly expect?: HistoryValue;
  readonly invokeTime: number;
  /** null: the outcome is unknown (timeout, crash), so it may have taken effect at any later time. */
  readonly returnTime: number | null;
  readonly client?: string;
  readonly node?: string;
}

export interface RegisterFailure {
  readonly register: { readonly family?: string; readonly object: string; readonly block?: number };
  /** The operation that ends the shortest failing window (the read that saw an impossible value, usually). */
  readonly operation: WindowOperation;
  /** The shortest window of operations that cannot be linearized, in invoke order. */
  readonly window: readonly WindowOperation[];
  readonly minimal: boolean;
  readonly explanation: string;
}

export type LinearizabilityStatus = "linearizable" | "not-linearizable" | "unknown";

export interface LinearizabilityResult {
  readonly status: LinearizabilityStatus;
  readonly seed?: number;
  readonly registers: number;
  /** Register operations checked (after the Jepsen drops below). */
  readonly operations: number;
  readonly dropped: { readonly failed: number; readonly unknownReads: number; readonly unseenUnknownWrites: number };
  /** Operations of other kinds (migrations, snapshots, commits), not part of the check. */
  readonly otherOperations: number;
  readonly failingRegisters: number;
  readonly failures: readonly RegisterFailure[];
  /** Registers the time limit left undecided (keys "family|object|block"). */
  readonly undecided: readonly string[];
  /** Why registers were left undecided: the time limit, the memo bound, or both (absent when none was). */
  readonly limitReached?: "time" | "memory" | "time+memory";
  /** Register decisions (first and confirming runs) the linear pre-checks took, and those that needed the search. */
  readonly decisions: { readonly prechecked: number; readonly searched: number };
  /** The largest search memo held at once (bytes). */
  readonly memoBytes: number;
  /** The typed arrays the check allocated: the partition's columns plus the largest memo (bytes). */
  readonly workingBytes: number;
  readonly elapsedMs: number;
}

const OP_NAME = ["read", "write", "cas"] as const;

function toWindowOp(op: RegisterOp, values: readonly HistoryValue[]): WindowOperation {
  return {
    id: op.id, op: OP_NAME[op.kind], value: values[op.value],
    ...(op.kind === CAS ? { expect: values[op.expect] } : {}),
    invokeTime: op.call, returnTime: op.ret === Infinity ? null : op.ret,
    ...(op.invoke.client === undefined ? {} : { client: op.invoke.client }),
    ...(op.invoke.node === undefined ? {} : { node: op.invoke.node }),
  };
}

/**
 * Decides whether a block read/write history is linearizable, one register (object, block) at a time.
 *
 * @example
 *   const r = checkLinearizable(decodeHistory(JSON.parse(text)), { timeLimitMs: 10_000 });
 *   if (r.status === "not-linearizable") console.log(r.failures[0].explanation);
 */
export function checkLinearizable(history: History, options: CheckLinearizableOptions = {}): LinearizabilityResult {
  const started = performance.now();
  const deadline = options.timeLimitMs === undefined ? Infinity : started + options.timeLimitMs;
  const maxFailures = options.maxFailures ?? 5;
  const part = partitionHistory(history);
  const scratch = new SearchScratch(options.maxMemoEntries);
  const failures: RegisterFailure[] = [];
  const undecided: string[] = [];
  let failing = 0, timedOut = false, memoryOut = false;
  const nValues = part.values.length;
  for (let r = 0; r < part.registers.length; r++) {
    const base = part.start[r], n = part.start[r + 1] - base;
    let verdict = searchColumns(part, base, n, 0, deadline, 0x9e3779b9, scratch, nValues);
    // A fingerprint collision can only prune a branch, i.e. turn "ok" into "fail"; independent hashes confirm.
    if (verdict === "fail") verdict = searchColumns(part, base, n, 0, deadline, 0x6a09e667, scratch, nValues);
    if (verdict === "timeout" || verdict === "limit") {
      undecided.push(part.registers[r].key);
      if (verdict === "timeout") timedOut = true; else memoryOut = true;
      continue;
    }
    if (verdict === "ok") continue;
    failing++;
    if (failures.length >= maxFailures) continue;
    const ops = registerOps(history, part, r);
    const w = findWindow(ops, deadline, 0x3c6ef372);
    if (w === undefined) continue;
    const reg = part.registers[r];
    failures.push({
      register: { ...(reg.family === undefined ? {} : { family: reg.family }), object: reg.object, ...(reg.block === undefined ? {} : { block: reg.block }) },
      operation: toWindowOp(w.culprit, part.values),
      window: w.ops.map((o) => toWindowOp(o, part.values)),
      minimal: w.minimal,
      explanation: explainWindow(w, part.values, failedWritesOf(history, reg)),
    });
  }
  const status: LinearizabilityStatus = failing > 0 ? "not-linearizable" : undecided.length > 0 ? "unknown" : "linearizable";
  const limitReached = timedOut && memoryOut ? "time+memory" : timedOut ? "time" : memoryOut ? "memory" : undefined;
  return {
    status, ...(history.seed === undefined ? {} : { seed: history.seed }),
    registers: part.registers.length, operations: part.kind.length,
    dropped: { failed: part.droppedFailed, unknownReads: part.droppedUnknownReads, unseenUnknownWrites: part.droppedUnseenWrites },
    otherOperations: part.otherOps, failingRegisters: failing, failures, undecided,
    ...(limitReached === undefined ? {} : { limitReached }), decisions: { prechecked: scratch.prechecked, searched: scratch.searched }, memoBytes: scratch.peakMemoBytes, workingBytes: part.bytes + scratch.peakMemoBytes, elapsedMs: performance.now() - started,
  };
}

/** Writes to the register that were reported failed (to say so when a read saw one's value). */
function failedWritesOf(history: History, reg: RegisterKey): Array<{ id: number; value: HistoryValue }> {
  const failedIds = new Set<number>();
  for (const e of history.events) if (e.type === "return" && e.outcome === "fail") failedIds.add(e.id);
  return history.events.flatMap((e) =>
    e.type === "invoke" && failedIds.has(e.id) && e.op !== "read" && e.value !== undefined && e.object === reg.object && e.block === reg.block && e.family === reg.family
      ? [{ id: e.id, value: e.value }] : []);
}


/** Options of checkHistory: the checker's, plus the name of the document in CS22x errors. */
export interface CheckHistoryOptions extends CheckLinearizableOptions {
  /** Names the document in errors (a file path, "adapter history"); default "<history>". */
  readonly source?: string;
}

/**
 * The entry point for callers holding a history they did not validate — a conformance adapter's recording, a
 * user's harness output after JSON.parse: decodes it (a malformed one throws one ClusterspecError CS222–CS224
 * naming `source`, the event and the field), then decides it as checkLinearizable does.
 *
 * @example
 *   const r = checkHistory(JSON.parse(text), { timeLimitMs: 5_000, source: "run-7.json" });
 *   if (r.status === "unknown") console.log(`undecided (${r.limitReached} limit):`, r.undecided);
 */
export function checkHistory(document: unknown, options: CheckHistoryOptions = {}): LinearizabilityResult {
  return checkLinearizable(decodeHistory(document, options.source), options);
}
