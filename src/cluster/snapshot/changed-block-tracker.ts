// Changed-block tracking under clustered direct I/O (DOMAIN §5.2). Any node writes the shared disk directly;
// each write is reported to the tracker on the snapshotting node before it is issued and again after it
// completes (over-reporting is allowed, missing is not). Snapshots freeze the disk and rotate the change set;
// a changeId is (gen, k); any tracker reset bumps gen so older changeIds are rejected (forcing a full backup).

import { Actor } from "../actor.ts";
import { encodeValue } from "../block-device.ts";
import type { Environment } from "../environment.ts";

export const CBT_DEVICE = "dev:vmdk";

export interface ChangeId {
  readonly gen: number;
  readonly k: number;
}

export type QueryResult = { readonly status: "ok"; readonly blocks: readonly number[] } | { readonly status: "rejected"; readonly reason: string };

/** The tracker's state: volatile on the snapshotting node. */
export class ChangeTracker {
  gen = 1;
  k = 0;
  private current = new Set<number>();
  private readonly rotated = new Map<number, ReadonlySet<number>>();

  constructor(private readonly keepGenOnReset: () => boolean) {}

  /** Blocks with a write issued but whose completion was not reported yet: carried into every new set. */
  private readonly outstanding = new Map<number, number>();

  track(block: number): void {
    this.current.add(block);
  }

  begin(block: number): void {
    this.current.add(block);
    this.outstanding.set(block, (this.outstanding.get(block) ?? 0) + 1);
  }

  end(block: number): void {
    this.current.add(block);
    const n = (this.outstanding.get(block) ?? 0) - 1;
    if (n <= 0) this.outstanding.delete(block);
    else this.outstanding.set(block, n);
  }

  /** snapshot(k): the set of blocks changed since snapshot k-1 is frozen under k. */
  rotate(): ChangeId {
    this.k++;
    this.rotated.set(this.k, this.current);
    // A write in flight across the snapshot may land after it: over-report it in the next set too.
    this.current = new Set(this.outstanding.keys());
    return { gen: this.gen, k: this.k };
  }

  /** The blocks changed after snapshot `since.k` up to snapshot `upTo`; an older gen is rejected. */
  query(since: ChangeId, upTo: number): QueryResult {
    if (since.gen !== this.gen) return { status: "rejected", reason: `changeId gen ${since.gen} is older than tracker gen ${this.gen}` };
    const out = new Set<number>();
    for (let k = since.k + 1; k <= upTo; k++) {
      const set = this.rotated.get(k);
      if (set === undefined) return { status: "rejected", reason: `no change set for snapshot ${k}` };
      for (const b of set) out.add(b);
    }
    return { status: "ok", blocks: [...out].sort((a, b) => a - b) };
  }

  /**
   * trackerReset (re-enable, resize, crash, upgrade): gen+=1. SN-M5 restarts empty but keeps gen. Writes in flight
   * across the reset stay outstanding and marked, as across a snapshot: their `begin` mark is the only record of a
   * write that lands before its `end` report arrives, and forgetting it lets a snapshot in that window miss the block.
   */
  reset(): void {
    this.current = new Set(this.outstanding.keys());
    this.rotated.clear();
    if (!this.keepGenOnReset()) this.gen++;
  }

  changedSinceLastSnapshot(): number[] {
    return [...this.current].sort((a, b) => a - b);
  }
}

export interface CbtPort {
  readonly trackerNode: string;
  actorOf(node: string): string;
  tracker(): ChangeTracker;
  reply(opId: number, ok: boolean, extra?: { value?: number; error?: string }): void;
}

type CbtMessage = { t: "begin" | "end"; block: number; ack?: number } | { t: "tracked"; ack: number };

/** A node writing the shared disk by direct I/O. */
export class CbtNode extends Actor {
  private nextAck = 1;
  private waiting = new Map<number, () => void>();

  constructor(node: string, env: Environment, private readonly port: CbtPort) {
    super(port.actorOf(node), node, env);
  }

  /** Reports a write's issue (`begin`, acknowledged before the write is sent) or completion (`end`). */
  private report(phase: "begin" | "end", block: number, then?: () => void): void {
    if (this.node === this.port.trackerNode) {
      this.port.tracker()[phase](block);
      return then?.();
    }
    // SN-M4 is here: only the snapshotting node's own I/O is tracked; remote direct writes are never reported.
    if (this.env.bugs.has("SN-M4")) return then?.();
    if (then === undefined) return this.send(this.port.actorOf(this.port.trackerNode), { t: phase, block } satisfies CbtMessage);
    const ack = this.nextAck++;
    this.waiting.set(ack, then);
    this.send(this.port.actorOf(this.port.trackerNode), { t: phase, block, ack } satisfies CbtMessage);
  }

  write(opId: number, block: number, value: number): void {
    this.report("begin", block, () =>
      this.io(CBT_DEVICE, { kind: "write", block, data: encodeValue(value, 8) }, (r) => {
        this.report("end", block);
        this.port.reply(opId, r.status === "GOOD", r.status === "GOOD" ? {} : { error: r.status });
      }),
    );
  }

  protected receive(from: string, message: unknown): void {
    const m = message as CbtMessage;
    if (m.t === "tracked") {
      const then = this.waiting.get(m.ack);
      this.waiting.delete(m.ack);
      return then?.();
    }
    this.port.tracker()[m.t](m.block);
    if (m.ack !== undefined) this.send(from, { t: "tracked", ack: m.ack } satisfies CbtMessage);
  }

  protected onCrash(): void {
    this.waiting = new Map();
  }
  protected onRestart(): void {}
}
