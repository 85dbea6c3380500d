/**
 * One thread's part of a parallel check: its shard (trace links and next frontier of the states it
 * inserts) and the loop that claims chunks of the shared frontier. The coordinating main thread is
 * member 0 and runs this loop inline; every worker thread runs one on command (`worker.ts`).
 */
import type { CompiledModel } from "./model.ts";
import { Shard } from "./shard.ts";
import { SharedFingerprintSet } from "./sharedFingerprintSet.ts";
import { CURSOR, GROW, HARD, MAX_CHUNK, SOFT, STOP, STOP_STATES, STORED, TOTAL, USED, statDistinct, statGenerated, type RoundDone, type Segment } from "./teamProtocol.ts";

export interface TeamBuffers {
  readonly control: SharedArrayBuffer;
  readonly stats: SharedArrayBuffer;
  readonly table: SharedArrayBuffer;
}

export interface FinishedPart {
  readonly coverageGenerated: Float64Array;
  readonly coverageDistinct: Float64Array;
  readonly witnessCount: Float64Array;
  readonly witnessDepth: Int32Array;
  readonly parent?: Int32Array;
  readonly via?: Int32Array;
}

export class TeamMember {
  readonly shard: Shard;
  private readonly ctrl: Int32Array;
  private readonly stats: Float64Array;
  private readonly maxSucc: number;
  private segments: Uint32Array[] = [];
  private starts: number[] = [];
  private atLimit = false;

  constructor(
    model: CompiledModel,
    readonly index: number,
    private readonly count: number,
    buffers: TeamBuffers,
    private readonly maxStates: number | undefined,
  ) {
    this.shard = new Shard(model, index, count, { seen: new SharedFingerprintSet(buffers.table), sharedFrontier: true });
    this.ctrl = new Int32Array(buffers.control);
    if (maxStates !== undefined) {
      this.shard.cap = 0;
      this.shard.sharedStored = { ints: this.ctrl, at: STORED, max: maxStates };
    }
    this.stats = new Float64Array(buffers.stats);
    this.maxSucc = Math.max(1, model.instances.length);
  }

  seed(): void {
    this.shard.depth = 0;
    this.shard.seedInitial();
  }

  /** Starts BFS level `depth` over the given frontier segments (every member's next frontier). */
  startLevel(depth: number, atLimit: boolean, segments: readonly Segment[]): void {
    // Our next frontier is now one of the segments being read; the one read last level is free again.
    this.shard.swapLevels();
    this.shard.depth = depth;
    this.atLimit = atLimit;
    this.segments = segments.map((s) => new Uint32Array(s.buffer, 0, s.records * this.shard.rec));
    this.starts = [];
    segments.reduce((at, s) => (this.starts.push(at), at + s.records), 0);
  }

  /**
   * Claims and expands chunks until the level is drained, the seen set must grow, or the run stops.
   * Before each chunk it reserves room for every successor the chunk could insert and gives back the
   * rest after, so the shared table never fills up. `tick` runs between chunks (the main thread uses it
   * for the time limit, progress and late-joining workers).
   */
  work(tick?: () => void): void {
    const ctrl = this.ctrl;
    const shard = this.shard;
    const total = Atomics.load(ctrl, TOTAL);
    const rec = shard.rec;
    const perRecord = 2 * this.count * this.maxSucc;
    for (;;) {
      tick?.();
      if (Atomics.load(ctrl, STOP) !== 0 || Atomics.load(ctrl, GROW) !== 0) return;
      // Exact: the run is at its limit only when some member had a new state refused.
      if (this.maxStates !== undefined && (shard.full || Atomics.load(ctrl, STORED) > this.maxStates)) {
        Atomics.compareExchange(ctrl, STOP, 0, STOP_STATES);
        return;
      }
      const hard = Atomics.load(ctrl, HARD);
      const chunk = Math.min(MAX_CHUNK, Math.floor((hard - Atomics.load(ctrl, USED)) / perRecord));
      const need = chunk * this.maxSucc;
      if (chunk < 1 || Atomics.add(ctrl, USED, need) + need > hard) {
        if (chunk >= 1) Atomics.sub(ctrl, USED, need);
        Atomics.store(ctrl, GROW, 1);
        return;
      }
      const start = Atomics.add(ctrl, CURSOR, chunk);
      if (start >= total) {
        Atomics.sub(ctrl, USED, need);
        return;
      }
      const end = Math.min(start + chunk, total);
      const before = shard.distinct;
      const starts = this.starts;
      let seg = 0;
      for (let g = start; g < end; g++) {
        while (seg + 1 < starts.length && starts[seg + 1]! <= g) seg++;
        shard.expandRecord(this.segments[seg]!, (g - starts[seg]!) * rec, this.atLimit);
      }
      const unused = need - (shard.distinct - before);
      const used = Atomics.sub(ctrl, USED, unused) - unused;
      this.publishStats();
      if (used > Atomics.load(ctrl, SOFT)) Atomics.store(ctrl, GROW, 1);
    }
  }

  /** Moves to a doubled seen set, re-inserting slots [from, to) of the old one (each member does a part). */
  grow(table: SharedArrayBuffer, old: SharedArrayBuffer, from: number, to: number): void {
    const next = new SharedFingerprintSet(table);
    next.rehashFrom(new SharedFingerprintSet(old), from, to);
    this.shard.seen = next;
  }

  /** Switches to the current seen set without rehashing (a worker joining after the table grew). */
  useTable(table: SharedArrayBuffer): void {
    this.shard.seen = new SharedFingerprintSet(table);
  }

  roundDone(): RoundDone {
    const s = this.shard;
    this.publishStats();
    const next: Segment = { buffer: s.next.data.buffer as SharedArrayBuffer, records: s.next.length };
    return { type: "done", distinct: s.distinct, generated: s.generated, violation: s.violation, truncated: s.truncated, next };
  }

  finish(wantTrace: boolean): FinishedPart {
    const s = this.shard;
    return {
      coverageGenerated: s.coverageGenerated,
      coverageDistinct: s.coverageDistinct,
      witnessCount: s.witnessCount,
      witnessDepth: s.witnessDepth,
      ...(wantTrace ? { parent: s.parent.data.slice(0, s.parent.length), via: s.via.data.slice(0, s.via.length) } : {}),
    };
  }

  private publishStats(): void {
    this.stats[statDistinct(this.index)] = this.shard.distinct;
    this.stats[statGenerated(this.index)] = this.shard.generated;
  }
}
