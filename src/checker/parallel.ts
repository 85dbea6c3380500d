/**
 * Parallel BFS on worker_threads. All members — this thread and W-1 workers — insert into one shared
 * seen set and claim chunks of one shared frontier (see `teamProtocol.ts`), so no successor is shipped
 * between threads and no member idles while another has work. This thread starts exploring at once;
 * each worker joins as soon as it has loaded the spec, even in the middle of a level.
 *
 * Levels are synchronous and a level is always finished before the run stops, so the set of states
 * at each depth — every count, the verdict, and which violating state is reported (the first by depth,
 * invariant and fingerprint) — is the same for any number of workers above one. Only the particular
 * shortest trace printed for it can differ between runs, as in TLC. (One thread, `serial.ts`, stops
 * at the first violation it meets.)
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { ClusterspecError, type ErrorCode } from "../core/errors.ts";
import { violationOf } from "./check.ts";
import { toCheckResult } from "./finish.ts";
import type { CompiledModel } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import type { CheckResult } from "./result.ts";
import { precedes, type FoundViolation } from "./shard.ts";
import { SharedFingerprintSet } from "./sharedFingerprintSet.ts";
import { TeamMember, type FinishedPart } from "./teamMember.ts";
import {
  CONTROL_INTS,
  CURSOR,
  GROW,
  HARD,
  HARD_LOAD,
  mailbox,
  mailboxInts,
  SOFT,
  SOFT_LOAD,
  STOP,
  STOP_STATES,
  STOP_TIME,
  STORED,
  TOTAL,
  USED,
  statDistinct,
  statGenerated,
  type CoordinatorMessage,
  type RoundDone,
  type WorkerReply,
} from "./teamProtocol.ts";
import type { WorkerSetup } from "./worker.ts";
import { makeProbe } from "./determinism.ts";

export interface ParallelOptions extends CheckOptions {
  readonly file: string;
  readonly exportName: string;
  readonly workers: number;
  readonly strict?: boolean;
  readonly symmetry?: boolean;
  /** Initial slots of the shared seen set (a power of two; tests use a small one to exercise growth). */
  readonly tableCapacity?: number;
  /** Start exploring only once every worker is up (tests use this so that every thread takes part). */
  readonly awaitWorkers?: boolean;
}

/** Free slots to keep at the start of a round: every member can claim a few records at once. */
const MIN_ROOM_RECORDS = 8;
/** How often (ms) this thread looks for workers that finished starting up. */
const ADMIT_EVERY_MS = 5;

interface Helper {
  readonly index: number;
  readonly worker: Worker;
  readonly replies: MessagePort;
  ready: boolean;
  joined: boolean;
  failure: Error | null;
}

export async function exploreParallel(compiled: CompiledModel, opts: ParallelOptions): Promise<CheckResult> {
  const start = performance.now();
  // This thread explores the same model as the workers: with the options applied (they apply them on load).
  const model = opts.deadlock === undefined ? compiled : { ...compiled, deadlock: opts.deadlock };
  const W = opts.workers;
  const maxSucc = Math.max(1, model.instances.length);
  const control = new SharedArrayBuffer(CONTROL_INTS * 4);
  const ctrl = new Int32Array(control);
  const stats = new SharedArrayBuffer(W * 2 * 8);
  const statsView = new Float64Array(stats);
  const mail = new Int32Array(new SharedArrayBuffer(mailboxInts(W) * 4));
  const minRoom = 2 * W * maxSucc * MIN_ROOM_RECORDS;
  let capacity = opts.tableCapacity ?? 1 << 16;
  while (capacity * SOFT_LOAD < model.initStates.length + minRoom) capacity *= 2;
  let table = SharedFingerprintSet.allocate(capacity);
  const setLimits = () => {
    Atomics.store(ctrl, HARD, Math.floor(table.capacity * HARD_LOAD));
    Atomics.store(ctrl, SOFT, Math.floor(table.capacity * SOFT_LOAD));
  };
  setLimits();
  const me = new TeamMember(model, 0, W, { control, stats, table: table.buffer }, opts.maxStates);

  const helpers: Helper[] = [];
  const probe = W > 1 ? makeProbe(model) : undefined;
  for (let index = 1; index < W; index++) {
    const { port1, port2 } = new MessageChannel();
    const setup: WorkerSetup = {
      file: opts.file,
      exportName: opts.exportName,
      params: model.params as Record<string, string | number | boolean>,
      strict: opts.strict ?? false,
      symmetry: opts.symmetry ?? true,
      deadlock: opts.deadlock,
      index,
      count: W,
      control,
      stats,
      table: table.buffer,
      maxStates: opts.maxStates,
      mail: mail.buffer as SharedArrayBuffer,
      replies: port2,
      ...(probe ? { probe } : {}),
    };
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: setup, transferList: [port2] });
    const helper: Helper = { index, worker, replies: port1, ready: false, joined: false, failure: null };
    worker.on("error", (e) => (helper.failure = new Error(`checker worker ${index} failed: ${e.stack ?? String(e)}`)));
    worker.on("exit", (code) => (helper.failure ??= new Error(`checker worker ${index} exited (code ${code})`)));
    helpers.push(helper);
  }

  const poll = (h: Helper): WorkerReply | undefined => {
    const r = receiveMessageOnPort(h.replies);
    if (!r) return undefined;
    const m = r.message as WorkerReply;
    if (m.type === "error") throw toError(m.error);
    return m;
  };
  const receive = async <T extends WorkerReply>(h: Helper): Promise<T> => {
    for (;;) {
      // Read the mailbox before polling, so a reply posted in between changes it and ends the wait.
      const seen = Atomics.load(mail, mailbox(h.index));
      const m = poll(h);
      if (m) return m as T;
      if (h.failure) throw h.failure;
      await Atomics.waitAsync(mail, mailbox(h.index), seen, 1000).value;
    }
  };
  const joined = () => helpers.filter((h) => h.joined);
  const gather = async <T extends WorkerReply>(): Promise<T[]> => {
    const out: T[] = [];
    for (const h of joined()) out.push(await receive<T>(h));
    return out;
  };

  // The level being explored, for workers that join in the middle of it.
  let level: Extract<CoordinatorMessage, { type: "level" }> | null = null;
  let lastAdmit = 0;
  /** Workers that have loaded the spec join the current level (they claim from the same cursor). */
  const admit = () => {
    for (const h of helpers) {
      if (!h.ready && !h.joined && poll(h)?.type === "ready") h.ready = true;
      if (h.ready && !h.joined && level) {
        h.worker.postMessage({ type: "join", table: table.buffer } satisfies CoordinatorMessage);
        h.worker.postMessage(level);
        h.joined = true;
      }
    }
  };
  const deadline = opts.timeLimitMs !== undefined ? start + opts.timeLimitMs : Infinity;
  let depth = 1;
  let lastProgress = start;
  const tick = () => {
    const now = performance.now();
    if (now > deadline) Atomics.compareExchange(ctrl, STOP, 0, STOP_TIME);
    if (now - lastAdmit > ADMIT_EVERY_MS && helpers.some((h) => !h.joined)) {
      lastAdmit = now;
      admit();
    }
    if (opts.onProgress && now - lastProgress > 1000) {
      lastProgress = now;
      let distinct = 0;
      let generated = 0;
      for (let w = 0; w < W; w++) {
        distinct += statsView[statDistinct(w)]!;
        generated += statsView[statGenerated(w)]!;
      }
      const queued = Math.max(0, Atomics.load(ctrl, TOTAL) - Atomics.load(ctrl, CURSOR));
      opts.onProgress({ distinctStates: distinct, generatedStates: generated, queued, depth, elapsedMs: now - start });
    }
  };
  /** One round: every joined member works until the level is drained or it must stop; returns their reports. */
  const round = async (msg: CoordinatorMessage): Promise<RoundDone[]> => {
    const already = joined();
    admit();
    for (const h of already) h.worker.postMessage(msg);
    if (msg.type === "level") me.startLevel(msg.depth, msg.atLimit, msg.segments);
    me.work(tick);
    return [me.roundDone(), ...(await gather<RoundDone>())];
  };

  /** Doubles the shared seen set until a round can start; every joined member rehashes a part. */
  const ensureRoom = async (used: number) => {
    let cap = table.capacity;
    while (used > cap * SOFT_LOAD || cap * HARD_LOAD - used < minRoom) cap *= 2;
    if (cap !== table.capacity) {
      const old = table;
      table = SharedFingerprintSet.allocate(cap);
      const members = joined();
      const part = Math.ceil(old.capacity / (members.length + 1));
      const range = (k: number) => ({ from: Math.min(old.capacity, k * part), to: Math.min(old.capacity, (k + 1) * part) });
      members.forEach((h, k) => h.worker.postMessage({ type: "grow", table: table.buffer, old: old.buffer, ...range(k + 1) } satisfies CoordinatorMessage));
      me.grow(table.buffer, old.buffer, range(0).from, range(0).to);
      await gather();
      setLimits();
    }
    Atomics.store(ctrl, USED, used);
    Atomics.store(ctrl, GROW, 0);
  };

  try {
    if (opts.awaitWorkers)
      for (const h of helpers) {
        const m = await receive(h);
        if (m.type === "ready") h.ready = true;
      }
    me.seed();
    let done: RoundDone[] = [me.roundDone()];
    let levels = 0;
    let limit: "states" | "depth" | "time" | undefined;
    const sum = (k: "distinct" | "generated") => done.reduce((a, d) => a + d[k], 0);
    const queued = () => done.reduce((a, d) => a + d.next.records, 0);
    const firstViolation = () => done.reduce<FoundViolation | null>((best, d) => (d.violation && precedes(d.violation, best) ? d.violation : best), null);
    const stopReason = () => {
      const s = Atomics.load(ctrl, STOP);
      return s === STOP_TIME ? "time" : s === STOP_STATES ? "states" : undefined;
    };
    while (!firstViolation() && queued() > 0) {
      if (performance.now() > deadline) limit = "time";
      if (opts.maxStates !== undefined && Atomics.load(ctrl, STORED) > opts.maxStates) limit = "states";
      if (limit) break;
      const atLimit = levels >= (opts.maxDepth ?? Infinity);
      await ensureRoom(sum("distinct"));
      Atomics.store(ctrl, CURSOR, 0);
      Atomics.store(ctrl, TOTAL, queued());
      level = { type: "level", depth: levels + 1, atLimit, segments: done.map((d) => d.next) };
      done = await round(level);
      // A round ends early when the seen set must grow; the level resumes where the cursor stopped.
      while (!stopReason() && Atomics.load(ctrl, CURSOR) < Atomics.load(ctrl, TOTAL)) {
        await ensureRoom(sum("distinct"));
        done = await round({ type: "resume" });
      }
      limit = stopReason();
      // Depth stays that of the level being expanded, as when one thread stops at a violation or a limit.
      if (limit || firstViolation()) break;
      levels++;
      if (queued() > 0) depth = levels + 1;
      if (atLimit) break;
    }
    // A violation found before a stop is still reported: it is real, and a trace is worth more than a limit.
    const violation = firstViolation();
    if (!limit && !violation && done.some((d) => d.truncated)) limit = "depth";
    const finishing = joined();
    finishing.forEach((h) => h.worker.postMessage({ type: "finish", wantTrace: violation !== null } satisfies CoordinatorMessage));
    const parts: Array<FinishedPart | undefined> = [me.finish(violation !== null)];
    for (const h of finishing) parts[h.index] = await receive<FinishedPart & { type: "finished" }>(h);
    const present = parts.filter((p): p is FinishedPart => p !== undefined);
    const add = (k: "coverageGenerated" | "coverageDistinct" | "witnessCount") => {
      const out = new Float64Array(present[0]![k].length);
      for (const p of present) out.forEach((_, i) => (out[i]! += p[k][i]!));
      return out;
    };
    const witnessDepth = new Int32Array(model.witnesses.length).fill(-1);
    for (const p of present) p.witnessDepth.forEach((d, i) => d >= 0 && (witnessDepth[i]! < 0 || d < witnessDepth[i]!) && (witnessDepth[i] = d));
    const distinct = sum("distinct");
    const v = violation
      ? violationOf(model, violation.gid, violation.invariant, (g) => {
          const p = parts[g % W]!;
          const local = Math.floor(g / W);
          return { parent: p.parent![local]!, via: p.via![local]! };
        }, violation.via)
      : undefined;
    return toCheckResult(opts.deadlock === undefined ? model : { ...model, deadlock: opts.deadlock }, {
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
      witnessDepth,
      ...(v ? { violation: v } : {}),
    });
  } finally {
    await Promise.all(helpers.map((h) => h.worker.terminate()));
  }
}

function toError(e: { code: string; message: string; where?: Record<string, string | number>; hints?: string[] }): Error {
  if (e.code.startsWith("CS")) return new ClusterspecError({ code: e.code as ErrorCode, message: e.message, where: e.where ?? {}, hint: e.hints ?? [] });
  return new Error(`checker worker failed: ${e.message}`);
}
