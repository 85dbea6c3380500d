/**
 * Single-threaded exploration: BFS level by level (shortest counterexamples) or DFS with an explicit
 * stack, both over one `Shard`. Stops at the first violation, or at a state/depth/time limit.
 */
import type { CompiledModel } from "./model.ts";
import type { CheckOptions } from "./options.ts";
import { Shard } from "./shard.ts";
import { GrowableInt32 } from "./growable.ts";

export interface SerialOutcome {
  readonly shard: Shard;
  readonly status: "ok" | "violation" | "limit";
  readonly limit?: "states" | "depth" | "time";
  readonly depth: number;
  readonly elapsedMs: number;
}

export function exploreSerial(model: CompiledModel, opts: CheckOptions): SerialOutcome {
  const start = performance.now();
  const shard = new Shard(model, 0, 1);
  if (opts.maxStates !== undefined) shard.cap = opts.maxStates;
  const maxDepth = opts.maxDepth ?? Infinity;
  const deadline = opts.timeLimitMs !== undefined ? start + opts.timeLimitMs : Infinity;
  let lastProgress = start;
  let limit: "states" | "time" | undefined;
  let maxSeenDepth = 0;
  const shouldStop = (): boolean => {
    const now = performance.now();
    if (opts.onProgress && now - lastProgress > 1000) {
      lastProgress = now;
      opts.onProgress({ distinctStates: shard.distinct, generatedStates: shard.generated, queued: shard.next.length, depth: maxSeenDepth + 1, elapsedMs: now - start });
    }
    if (shard.full) limit = "states";
    else if (now > deadline) limit = "time";
    return limit !== undefined;
  };
  if (opts.strategy === "dfs") shard.depthStack = new GrowableInt32();
  shard.depth = 0;
  shard.seedInitial();
  const done = (status: "ok" | "violation" | "limit", lim?: "states" | "depth" | "time"): SerialOutcome => ({
    shard,
    status,
    ...(lim ? { limit: lim } : {}),
    depth: maxSeenDepth + 1,
    elapsedMs: performance.now() - start,
  });
  if (shard.violation) return done("violation");
  if (shard.full) return done("limit", "states");

  if (opts.strategy === "dfs") {
    const stack = shard.next;
    const depths = shard.depthStack!;
    let n = 0;
    while (stack.length > 0) {
      if (((++n & 15) === 0 || shard.full) && shouldStop()) return done("limit", limit);
      const top = --stack.length;
      const d = depths.data[--depths.length]!;
      if (d > maxSeenDepth) maxSeenDepth = d;
      shard.depth = d + 1;
      // The record's slot is reused by the pushes of its own successors, so copy it out first.
      const rec = stack.data.slice(top * stack.width, (top + 1) * stack.width);
      shard.expandRecord(rec, 0, d >= maxDepth);
      if (shard.violation) return done("violation");
    }
    return shard.full ? done("limit", "states") : shard.truncated ? done("limit", "depth") : done("ok");
  }

  for (let level = 0; ; level++) {
    shard.swapLevels();
    if (shard.current.length === 0) break;
    maxSeenDepth = level;
    shard.depth = level + 1;
    shard.expandLevel(level >= maxDepth, shouldStop);
    if (shard.violation) return done("violation");
    // Between levels too: a chain of one state per level never reaches the per-record check.
    if (limit || shouldStop()) return done("limit", limit);
  }
  return shard.full ? done("limit", "states") : shard.truncated ? done("limit", "depth") : done("ok");
}
