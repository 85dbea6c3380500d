// A quorum replica member (a disk or a witness): durable (epoch, seq, log) plus an arbitration record
// (owner, heartbeat) that is NOT enforced by the medium — MMP-style: whoever writes, writes. Nodes renew and claim
// it with an atomic compare-and-write (as VMFS's ATS heartbeat), which protects a record only from a stale writer,
// never from the wait being too short (QM-3).
// Member I/O goes through `memberIo`, with latency from the Chooser and availability from the SAN's paths.

import type { Environment } from "../environment.ts";

export interface LogEntry {
  readonly seq: number;
  readonly epoch: number;
  readonly value: number;
}

export class ReplicaMember {
  epoch = 0;
  seq = 0;
  log: LogEntry[] = [];
  owner: string | null = null;
  heartbeat = 0;
  /** Extra completion latency (slow member). */
  slowTicks = 0;

  constructor(readonly id: string) {}

  /** (epoch, seq) compared lexicographically. */
  static compare(a: { epoch: number; seq: number }, b: { epoch: number; seq: number }): number {
    return a.epoch !== b.epoch ? a.epoch - b.epoch : a.seq - b.seq;
  }

  /** Appends an entry; concurrent updates may arrive out of order, so the log stays sorted by seq. */
  append(entry: LogEntry): void {
    let i = this.log.length;
    while (i > 0 && this.log[i - 1].seq > entry.seq) i--;
    this.log.splice(i, 0, entry);
    if (ReplicaMember.compare(entry, this) > 0) {
      this.epoch = entry.epoch;
      this.seq = entry.seq;
    }
  }

  /** The value of the latest entry (that `committed` accepts, when given); 0 for none. */
  lastValue(committed?: (e: LogEntry) => boolean): number {
    for (let i = this.log.length - 1; i >= 0; i--) if (committed === undefined || committed(this.log[i])) return this.log[i].value;
    return 0;
  }
}

export type MemberReply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Runs `act` atomically at `member` after one network latency, and delivers the reply to `deliver` after
 * another (plus the member's slowness). Unreachable members answer `{ ok: false }`.
 */
export function memberIo<T>(
  env: Environment,
  node: string,
  member: ReplicaMember,
  act: (m: ReplicaMember) => T,
  deliver: (reply: MemberReply<T>) => void,
): void {
  env.san.commands++;
  env.sim.schedule(1 + env.sim.jitter(1), () => {
    if (!env.san.hasPath(node, member.id)) return deliver({ ok: false });
    const value = act(member);
    env.sim.schedule(1 + member.slowTicks + env.sim.jitter(1), () => deliver({ ok: true, value }));
  });
}
