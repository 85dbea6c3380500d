/**
 * Parallel BFS on worker_threads. All workers insert into one shared seen set and claim chunks of one
 * shared frontier (see `teamProtocol.ts`), so no successor is shipped between threads and no worker
 * idles while another has work. Levels are synchronous and a level is always finished before the run
 * stops, so the set of states at each depth — every count, the verdict, and which violating state is
 * reported (the first by depth, invariant and fingerprint) — is the same for any number of workers.
 * Only the particular shortest trace printed for it can differ between runs, as in TLC.
 */
import { Worker } from "node:worker_threads";
import { ClusterspecError, type ErrorCode } from "../core/errors.ts";
import { violationOf } from "./check.ts";
import { toCheckResult } from "./finish.ts";
import type { CompiledModel } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import type { CheckResult } from "./result.ts";
import { precedes, type FoundViolation } from "./shard.ts";
import { SharedFingerprintSet } from "./sharedFingerprintSet.ts";
import {
  CONTROL_INTS,
  CURSOR,
  GROW,
  HARD,
  HARD_LOAD,
  SOFT,
  SOFT_LOAD,
  STOP,
  STOP_STATES,
  STOP_TIME,
  TOTAL,
  USED,
  statDistinct,
  statGenerated,
  type CoordinatorMessage,
  type RoundDone,
} from "./teamProtocol.ts";
import type { WorkerSetup } from "./worker.ts";

export interface ParallelOptions extends CheckOptions {
  readonly file: string;
  readonly exportName: string;
  readonly workers: number;
  readonly strict?: boolean;
  readonly symmetry?: boolean;
}

/** Free slots to keep at the start of a round: every worker can claim a few records at once. */
const MIN_ROOM_RECORDS = 8;

export async function exploreParallel(model: CompiledModel, opts: ParallelOptions): Promise<CheckResult> {
  const start = performance.now();
  const W = opts.workers;
  const maxSucc = Math.max(1, model.instances.length);
  const ctrl = new Int32Array(new SharedArrayBuffer(CONTROL_INTS * 4));
  const statsBuffer = new SharedArrayBuffer(W * 2 * 8);
  const stats = new Float64Array(statsBuffer);
  const minRoom = 2 * W * maxSucc * MIN_ROOM_RECORDS;
  let capacity = 1 << 16;
  while (capacity * SOFT_LOAD < model.initStates.length + minRoom) capacity *= 2;
  let table = SharedFingerprintSet.allocate(capacity);
  const setLimits = () => {
    Atomics.store(ctrl, HARD, Math.floor(table.capacity * HARD_LOAD));
    Atomics.store(ctrl, SOFT, Math.floor(table.capacity * SOFT_LOAD));
  };
  setLimits();

  const workers = Array.from({ length: W }, (_, index) => {
    const setup: WorkerSetup = {
      file: opts.file,
      exportName: opts.exportName,
      params: model.params as Record<string, string | number | boolean>,
      strict: opts.strict ?? false,
      symmetry: opts.symmetry ?? true,
      deadlock: opts.deadlock,
      index,
      count: W,
      control: ctrl.buffer as SharedArrayBuffer,
      stats: statsBuffer,
      table: table.buffer,
      maxStates: opts.maxStates,
    };
    return new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: setup });
  });
  const inbox = workers.map(() => [] as unknown[]);
  const waiters: Array<((m: unknown) => void) | null> = workers.map(() => null);
  workers.forEach((w, i) => {
    const deliver = (m: unknown) => {
      const wait = waiters[i];
      if (wait) {
        waiters[i] = null;
        wait(m);
      } else inbox[i]!.push(m);
    };
    w.on("message", deliver);
    w.on("error", (e) => deliver({ type: "error", error: { code: "INTERNAL", message: e.stack ?? String(e) } }));
  });
  const next = (i: number): Promise<any> =>
    inbox[i]!.length > 0 ? Promise.resolve(inbox[i]!.shift()) : new Promise((r) => (waiters[i] = r));
  const all = async <T>(): Promise<T[]> => {
    const out = await Promise.all(workers.map((_, i) => next(i)));
    const err = out.find((m) => m.type === "error");
    if (err) throw toError(err.error);
    return out as T[];
  };
  const send = (msg: CoordinatorMessage | ((i: number) => CoordinatorMessage)) =>
    workers.forEach((w, i) => w.postMessage(typeof msg === "function" ? msg(i) : msg));

  // The stop flag is raised from this thread's timers while the workers run.
  const timers: NodeJS.Timeout[] = [];
  if (opts.timeLimitMs !== undefined) timers.push(setTimeout(() => Atomics.compareExchange(ctrl, STOP, 0, STOP_TIME), opts.timeLimitMs));
  let depth = 1;
  if (opts.onProgress) {
    const onProgress = opts.onProgress;
    timers.push(
      setInterval(() => {
        let distinct = 0;
        let generated = 0;
        for (let w = 0; w < W; w++) {
          distinct += stats[statDistinct(w)]!;
          generated += stats[statGenerated(w)]!;
        }
        const queued = Math.max(0, Atomics.load(ctrl, TOTAL) - Atomics.load(ctrl, CURSOR));
        onProgress({ distinctStates: distinct, generatedStates: generated, queued, depth, elapsedMs: performance.now() - start });
      }, 1000),
    );
  }

  /** Doubles the shared seen set until a round can start; the workers rehash it in parallel. */
  const ensureRoom = async (used: number) => {
    let cap = table.capacity;
    while (used > cap * SOFT_LOAD || cap * HARD_LOAD - used < minRoom) cap *= 2;
    if (cap !== table.capacity) {
      const old = table;
      table = SharedFingerprintSet.allocate(cap);
      const part = Math.ceil(old.capacity / W);
      send((i) => ({ type: "grow", table: table.buffer, old: old.buffer, from: Math.min(old.capacity, i * part), to: Math.min(old.capacity, (i + 1) * part) }));
      await all();
      setLimits();
    }
    Atomics.store(ctrl, USED, used);
    Atomics.store(ctrl, GROW, 0);
  };

  try {
    await all(); // ready
    send({ type: "seed" });
    let done = await all<RoundDone>();
    let level = 0;
    let limit: "states" | "depth" | "time" | undefined;
    const sum = (k: "distinct" | "generated") => done.reduce((a, d) => a + d[k], 0);
    const queued = () => done.reduce((a, d) => a + d.next.records, 0);
    const firstViolation = (): FoundViolation | null => done.reduce<FoundViolation | null>((best, d) => (d.violation && precedes(d.violation, best) ? d.violation : best), null);
    const stopReason = () => {
      const s = Atomics.load(ctrl, STOP);
      return s === STOP_TIME ? "time" : s === STOP_STATES ? "states" : undefined;
    };
    while (!firstViolation() && queued() > 0) {
      limit = stopReason();
      if (opts.maxStates !== undefined && sum("distinct") >= opts.maxStates) limit = "states";
      if (limit) break;
      const atLimit = level >= (opts.maxDepth ?? Infinity);
      await ensureRoom(sum("distinct"));
      const segments = done.map((d) => d.next);
      Atomics.store(ctrl, CURSOR, 0);
      Atomics.store(ctrl, TOTAL, queued());
      send({ type: "level", depth: level + 1, atLimit, segments });
      done = await all<RoundDone>();
      // A round ends early when the seen set must grow; the level resumes where the cursor stopped.
      while (!stopReason() && Atomics.load(ctrl, CURSOR) < Atomics.load(ctrl, TOTAL)) {
        await ensureRoom(sum("distinct"));
        send({ type: "resume" });
        done = await all<RoundDone>();
      }
      limit = stopReason();
      if (limit) break;
      level++;
      if (queued() > 0) depth = level + 1;
      if (atLimit) break;
    }
    // A violation found before a stop is still reported: it is real, and a trace is worth more than a limit.
    const violation = firstViolation();
    if (!limit && !violation && done.some((d) => d.truncated)) limit = "depth";
    send({ type: "finish", wantTrace: violation !== null });
    const fin = await all<any>();
    const add = (k: string) => {
      const out = new Float64Array((fin[0][k] as ArrayLike<number>).length);
      for (const f of fin) out.forEach((_, i) => (out[i]! += f[k][i]));
      return out;
    };
    const minDepth = () => {
      const out = new Int32Array((fin[0].witnessDepth as Int32Array).length).fill(-1);
      for (const f of fin) (f.witnessDepth as Int32Array).forEach((d, i) => d >= 0 && (out[i]! < 0 || d < out[i]!) && (out[i] = d));
      return out;
    };
    const distinct = sum("distinct");
    const v = violation
      ? violationOf(model, violation.gid, violation.invariant, (g) => {
          const f = fin[g % W];
          const local = Math.floor(g / W);
          return { parent: f.parent[local], via: f.via[local] };
        })
      : undefined;
    return toCheckResult(model, {
      status: v ? "violation" : limit ? "limit" : "ok",
      ...(limit && !v ? { limit } : {}),
      strategy: "bfs",
      workers: W,
      distinct,
      generated: sum("generated"),
      depth,
      elapsedMs: performance.now() - start,
      fpBytes: table.bytes,
      traceBytes: distinct * 8,
      coverageGenerated: add("coverageGenerated"),
      coverageDistinct: add("coverageDistinct"),
      witnessCount: add("witnessCount"),
      witnessDepth: minDepth(),
      ...(v ? { violation: v } : {}),
    });
  } finally {
    timers.forEach((t) => clearTimeout(t));
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function toError(e: { code: string; message: string; where?: Record<string, string | number>; hints?: string[] }): Error {
  if (e.code.startsWith("CS")) return new ClusterspecError({ code: e.code as ErrorCode, message: e.message, where: e.where ?? {}, hint: e.hints ?? [] });
  return new Error(`checker worker failed: ${e.message}`);
}
