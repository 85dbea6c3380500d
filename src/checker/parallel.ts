/**
 * Parallel BFS on worker_threads. The fingerprint space is split by `lo % W`; each worker owns one
 * shard and expands its part of every level, sending successors it does not own to their owner.
 * Levels are synchronous, so the set of states at each depth — and therefore every count and
 * verdict — is the same for any number of workers.
 */
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { ClusterspecError, type ErrorCode } from "../core/errors.ts";
import { violationOf } from "./check.ts";
import { toCheckResult } from "./finish.ts";
import type { CompiledModel } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import type { CheckResult } from "./result.ts";
import type { FoundViolation } from "./shard.ts";
import type { WorkerSetup } from "./worker.ts";

interface LevelDone {
  type: "levelDone";
  distinct: number;
  generated: number;
  queued: number;
  violation: FoundViolation | null;
  truncated: boolean;
}

export interface ParallelOptions extends CheckOptions {
  readonly file: string;
  readonly exportName: string;
  readonly workers: number;
  readonly strict?: boolean;
  readonly symmetry?: boolean;
}

export async function exploreParallel(model: CompiledModel, opts: ParallelOptions): Promise<CheckResult> {
  const start = performance.now();
  const W = opts.workers;
  const channels: Array<Array<MessagePort | undefined>> = Array.from({ length: W }, () => Array(W).fill(undefined));
  for (let i = 0; i < W; i++)
    for (let j = i + 1; j < W; j++) {
      const { port1, port2 } = new MessageChannel();
      channels[i]![j] = port1;
      channels[j]![i] = port2;
    }
  const workers = channels.map((ports, index) => {
    const setup: WorkerSetup = {
      file: opts.file,
      exportName: opts.exportName,
      params: model.params as Record<string, string | number | boolean>,
      strict: opts.strict ?? false,
      symmetry: opts.symmetry ?? true,
      deadlock: opts.deadlock,
      index,
      count: W,
      ports,
    };
    return new Worker(new URL("./worker-entry.mjs", import.meta.url), {
      workerData: setup,
      transferList: ports.filter((p): p is MessagePort => p !== undefined),
    });
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
  const all = async (): Promise<any[]> => {
    const out = await Promise.all(workers.map((_, i) => next(i)));
    const err = out.find((m) => m.type === "error");
    if (err) {
      throw toError(err.error);
    }
    return out;
  };
  try {
    await all(); // ready
    workers.forEach((w) => w.postMessage({ type: "seed" }));
    let done: LevelDone[] = await all();
    let level = 0;
    let depth = 1;
    let limit: "states" | "depth" | "time" | undefined;
    const sum = (k: "distinct" | "generated" | "queued") => done.reduce((a, d) => a + d[k], 0);
    const firstViolation = (): FoundViolation | null =>
      done.map((d) => d.violation).reduce<FoundViolation | null>((best, v) => (v && (!best || v.depth < best.depth || (v.depth === best.depth && v.gid < best.gid)) ? v : best), null);
    let lastProgress = start;
    while (!firstViolation() && sum("queued") > 0) {
      const now = performance.now();
      if (opts.maxStates !== undefined && sum("distinct") >= opts.maxStates) {
        limit = "states";
        break;
      }
      if (opts.timeLimitMs !== undefined && now - start > opts.timeLimitMs) {
        limit = "time";
        break;
      }
      if (opts.onProgress && now - lastProgress > 1000) {
        lastProgress = now;
        opts.onProgress({ distinctStates: sum("distinct"), generatedStates: sum("generated"), queued: sum("queued"), depth, elapsedMs: now - start });
      }
      const atLimit = level >= (opts.maxDepth ?? Infinity);
      workers.forEach((w) => w.postMessage({ type: "level", depth: level + 1, atLimit }));
      done = await all();
      level++;
      if (sum("queued") > 0) depth = level + 1;
      if (atLimit) break;
    }
    const violation = firstViolation();
    if (!limit && !violation && done.some((d) => d.truncated)) limit = "depth";
    workers.forEach((w) => w.postMessage({ type: "finish", wantTrace: violation !== null }));
    const fin = await all();
    const add = (k: string) => {
      const out = new Float64Array((fin[0][k] as ArrayLike<number>).length);
      for (const f of fin) (f[k] as ArrayLike<number>) && out.forEach((_, i) => (out[i]! += f[k][i]));
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
      fpBytes: fin.reduce((a, f) => a + f.fpBytes, 0),
      traceBytes: distinct * 8,
      coverageGenerated: add("coverageGenerated"),
      coverageDistinct: add("coverageDistinct"),
      witnessCount: add("witnessCount"),
      witnessDepth: minDepth(),
      ...(v ? { violation: v } : {}),
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function toError(e: { code: string; message: string; where?: Record<string, string | number>; hints?: string[] }): Error {
  if (e.code.startsWith("CS")) return new ClusterspecError({ code: e.code as ErrorCode, message: e.message, where: e.where ?? {}, hint: e.hints ?? [] });
  return new Error(`checker worker failed: ${e.message}`);
}
