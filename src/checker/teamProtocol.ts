/**
 * What the coordinator (`parallel.ts`) and the worker threads (`worker.ts`) share: the layout of the
 * control block (an Int32Array over a SharedArrayBuffer, one counter per cache line so that claiming
 * work never false-shares) and the messages that end each round.
 *
 * A BFS level is one list of frontier segments (each worker's next-frontier buffer of the previous
 * level); workers claim chunks of records from a shared cursor until the level is drained, the seen
 * set needs to grow, or the run must stop. Inserting needs free slots in the shared seen set, so a
 * worker reserves `chunk × instances` slots in `USED` before expanding a chunk and gives back what it
 * did not insert: the table never fills up mid-round.
 */
import type { FoundViolation } from "./shard.ts";
import type { FinishedPart } from "./teamMember.ts";

const LINE = 16; // Int32s per 64-byte cache line.
/** Next global frontier record to claim. */
export const CURSOR = 0 * LINE;
/** Records in the current level. */
export const TOTAL = 1 * LINE;
/** Slots of the seen set that are occupied or reserved. */
export const USED = 2 * LINE;
/** Never reserve past this many slots (a fraction of the capacity). */
export const HARD = 3 * LINE;
/** Past this many used slots, end the round so the coordinator can grow the table. */
export const SOFT = 4 * LINE;
/** 1 when workers should stop claiming so the table can grow. */
export const GROW = 5 * LINE;
/** Why the run stops early: 0 not stopping, `STOP_TIME` or `STOP_STATES`. */
export const STOP = 6 * LINE;
/** States stored by all members, counted only under --max-states (each new state claims one; past the cap it is refused). */
export const STORED = 7 * LINE;
export const CONTROL_INTS = 8 * LINE;

export const STOP_TIME = 1;
export const STOP_STATES = 2;

/** Most records a worker claims at once: small enough that a level's tail is short. */
export const MAX_CHUNK = 32;
export const HARD_LOAD = 0.95;
export const SOFT_LOAD = 0.85;

/** Int32 index of worker `i`'s mailbox counter: bumped (and notified) after every reply it posts. */
export const mailbox = (worker: number) => worker * LINE;
export const mailboxInts = (workers: number) => workers * LINE;

/** A worker's running totals in the stats block (Float64Array, two per worker), for progress and --max-states. */
export const statDistinct = (worker: number) => worker * 2;
export const statGenerated = (worker: number) => worker * 2 + 1;

/** A worker's frontier segment: records of `words + 2` Uint32s in a shared buffer. */
export interface Segment {
  readonly buffer: SharedArrayBuffer;
  readonly records: number;
}

export interface RoundDone {
  readonly type: "done";
  readonly distinct: number;
  readonly generated: number;
  readonly violation: FoundViolation | null;
  readonly truncated: boolean;
  /** The worker's next frontier so far (complete once the level is drained). */
  readonly next: Segment;
}

/** Coordinator → worker. A worker that starts up after the run began is sent `join` with the current table. */
export type CoordinatorMessage =
  | { readonly type: "join"; readonly table: SharedArrayBuffer }
  | { readonly type: "level"; readonly depth: number; readonly atLimit: boolean; readonly segments: readonly Segment[] }
  | { readonly type: "resume" }
  | { readonly type: "grow"; readonly table: SharedArrayBuffer; readonly old: SharedArrayBuffer; readonly from: number; readonly to: number }
  | { readonly type: "finish"; readonly wantTrace: boolean };

/** Worker → coordinator, over the worker's reply port. */
export type WorkerReply =
  | { readonly type: "ready" }
  | RoundDone
  | { readonly type: "grown" }
  | ({ readonly type: "finished" } & FinishedPart)
  | { readonly type: "error"; readonly error: { code: string; message: string; where?: Record<string, string | number>; hints?: string[] } };
