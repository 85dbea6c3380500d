// The known-bug catalog: DOMAIN.md's 19 mutants as named switches, all off by default. Each switch is read at
// the one place in the cluster's code where the real bug would live (search for the id to find it).

import type { FaultClass } from "./faults.ts";

export type Family = "single-owner" | "quorum-majority" | "partition-in-time" | "snapshot-consistency";

/**
 * What random runs of the reference cluster need to reach a bug's scenario: the fault classes to inject
 * together (`--faults`; empty: the fault-free workload reaches it) and any configuration, with the reason.
 * Measured by bench/cluster/sweep.ts (README: "Detection by random runs").
 */
export interface BugReach {
  readonly faults: readonly FaultClass[];
  readonly replicaMembers?: number;
  /** A late single-owner failure detector (ClusterOptions.soQuorumLossNotice), when the scenario needs one. */
  readonly quorumLossNotice?: number;
  readonly why: string;
}

export interface KnownBug {
  readonly id: BugId;
  readonly family: Family;
  readonly description: string;
  /** The safety property it breaks (DOMAIN.md ids). */
  readonly breaks: string;
  readonly reach: BugReach;
}

export const BUG_IDS = [
  "SO-M1", "SO-M2", "SO-M3", "SO-M4", "SO-M5",
  "QM-1", "QM-2", "QM-3", "QM-4", "QM-5",
  "PT-M1", "PT-M2", "PT-M3", "PT-M4",
  "SN-M1", "SN-M2", "SN-M3", "SN-M4", "SN-M5",
] as const;

export type BugId = (typeof BUG_IDS)[number];

export const KNOWN_BUGS: readonly KnownBug[] = [
  { id: "SO-M1", family: "single-owner", breaks: "SO-2", description: "Fence with PREEMPT, not PREEMPT AND ABORT: a write held in the device lands after the fence", reach: { faults: ["slowIO", "partition"], why: "a write held in the device by slow I/O while a partition makes the successor fence its node" } },
  { id: "SO-M2", family: "single-owner", breaks: "SO-3", description: "Defend scrub validates keys against the previous epoch and ignores incarnation", reach: { faults: ["partition"], quorumLossNotice: 15, why: "a partition that cuts a node off from the LAN while it keeps the SAN, before its failure detector notices the lost quorum: random partition runs reach it (about 1 in 8) with a late detector, ClusterOptions.soQuorumLossNotice = 15 (--quorum-loss-notice 15); at the default 0 a partition is noticed at once and random runs do not reach it" } },
  { id: "SO-M3", family: "single-owner", breaks: "SO-1", description: "Migration destination onlines on map receipt, before the source's drain ends", reach: { faults: [], why: "the workload's migrations: a request served by the destination while the source still drains" } },
  { id: "SO-M4", family: "single-owner", breaks: "SO-5", description: "Old owner serves a stale forward from its cache instead of answering NOT_OWNER", reach: { faults: [], why: "the workload's migrations: a read forwarded to the former owner after the hand-over" } },
  { id: "SO-M5", family: "single-owner", breaks: "SO-7", description: "HA takeover ignores nvSynced: the partner takes over without the unmirrored log", reach: { faults: ["interconnect", "crash"], why: "the owner acknowledges while the interconnect is down (unmirrored), then crashes and its partner takes over" } },
  { id: "QM-1", family: "quorum-majority", breaks: "Q-1", description: "Quorum test is owned ≥ m/2 instead of owned > m/2", reach: { faults: ["crash"], replicaMembers: 4, why: "an even member count: with 4 members a 2/2 split of ownership (a crash, member loss or path loss) lets both halves form" } },
  { id: "QM-2", family: "quorum-majority", breaks: "Q-3", description: "Formation reconciles from the first member read, not the maximum (epoch, seq)", reach: { faults: ["deviceLoss"], why: "a replica member that misses updates while lost, then a formation that reads it first" } },
  { id: "QM-3", family: "quorum-majority", breaks: "Q-2", description: "Challenge wait W ≤ D + Pmax on a non-enforcing member (MMP mmp_delay class)", reach: { faults: ["pause"], why: "a member owner that stalls (pause ≤ Pmax) past the shortened challenge wait" } },
  { id: "QM-4", family: "quorum-majority", breaks: "Q-1", description: "Voting-device grant is cached and counted after the vote was re-granted", reach: { faults: ["crash"], why: "the two-node vote moves while the old holder still counts its cached grant (holder crash and restart, or its path to the voting device lost)" } },
  { id: "QM-5", family: "quorum-majority", breaks: "Q-5", description: "A returning member is counted and read before reconciliation", reach: { faults: ["deviceLoss"], why: "a replica member that returns stale from a device loss and is read before reconciliation" } },
  { id: "PT-M1", family: "partition-in-time", breaks: "PT-1", description: "Revived node starts on the device vote without checking its last-surviving flag", reach: { faults: ["crash"], why: "both partition-in-time nodes crash in turn and the one with flag FALSE revives alone" } },
  { id: "PT-M2", family: "partition-in-time", breaks: "PT-2, PT-3", description: "Survivor never clears its last-surviving flag when the peer rejoins", reach: { faults: ["crash"], why: "a sole survivor's peer rejoins, then the survivor crashes and the peer revives alone" } },
  { id: "PT-M3", family: "partition-in-time", breaks: "PT-2", description: "Clearing the last-surviving flag is not made durable", reach: { faults: ["crash"], why: "as PT-M2: the flag clear sits in a volatile cache when the survivor crashes" } },
  { id: "PT-M4", family: "partition-in-time", breaks: "PT-1", description: "Rejoin sync direction is set by boot order, not by epoch", reach: { faults: ["partition"], why: "a rejoin after a split where the node that booted first has the lower epoch" } },
  { id: "SN-M1", family: "snapshot-consistency", breaks: "SC-1", description: "Passive snapshot reader skips the diff-area re-check", reach: { faults: [], why: "the workload's passive snapshot reads racing a copy-on-write" } },
  { id: "SN-M2", family: "snapshot-consistency", breaks: "SC-2", description: "Copy-on-write publishes the diff-area map entry after the overwrite", reach: { faults: [], why: "any overwrite of a block under a shadow copy" } },
  { id: "SN-M3", family: "snapshot-consistency", breaks: "SC-3", description: "Diff area full, but the overwrite proceeds and the snapshot stays valid", reach: { faults: [], why: "a diff area filled by overwrites (4 slots)" } },
  { id: "SN-M4", family: "snapshot-consistency", breaks: "SC-4", description: "Only the snapshotting node tracks changes; remote direct I/O is missed", reach: { faults: [], why: "remote direct writes from any node but the snapshotting one" } },
  { id: "SN-M5", family: "snapshot-consistency", breaks: "SC-6", description: "Tracker restarts empty after a crash or resize but keeps its generation", reach: { faults: ["trackerReset"], why: "a tracker reset (or a crash of the snapshotting node) followed by an incremental backup" } },
];

export function isBugId(id: string): id is BugId {
  return (BUG_IDS as readonly string[]).includes(id);
}

/** The set of switched-on bugs, as the code under test sees it. */
export class BugSwitches {
  private readonly on: ReadonlySet<BugId>;
  constructor(ids: readonly BugId[] = []) {
    this.on = new Set(ids);
  }
  has(id: BugId): boolean {
    return this.on.has(id);
  }
  list(): BugId[] {
    return [...this.on];
  }
}
