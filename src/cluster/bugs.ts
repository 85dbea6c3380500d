// The known-bug catalog: DOMAIN.md's 19 mutants as named switches, all off by default. Each switch is read at
// the one place in the cluster's code where the real bug would live (search for the id to find it).

export type Family = "single-owner" | "quorum-majority" | "partition-in-time" | "snapshot-consistency";

export interface KnownBug {
  readonly id: BugId;
  readonly family: Family;
  readonly description: string;
  /** The safety property it breaks (DOMAIN.md ids). */
  readonly breaks: string;
}

export const BUG_IDS = [
  "SO-M1", "SO-M2", "SO-M3", "SO-M4", "SO-M5",
  "QM-1", "QM-2", "QM-3", "QM-4", "QM-5",
  "PT-M1", "PT-M2", "PT-M3", "PT-M4",
  "SN-M1", "SN-M2", "SN-M3", "SN-M4", "SN-M5",
] as const;

export type BugId = (typeof BUG_IDS)[number];

export const KNOWN_BUGS: readonly KnownBug[] = [
  { id: "SO-M1", family: "single-owner", breaks: "SO-2", description: "Fence with PREEMPT, not PREEMPT AND ABORT: a write held in the device lands after the fence" },
  { id: "SO-M2", family: "single-owner", breaks: "SO-3", description: "Defend scrub validates keys against the previous epoch and ignores incarnation" },
  { id: "SO-M3", family: "single-owner", breaks: "SO-1", description: "Migration destination onlines on map receipt, before the source's drain ends" },
  { id: "SO-M4", family: "single-owner", breaks: "SO-5", description: "Old owner serves a stale forward from its cache instead of answering NOT_OWNER" },
  { id: "SO-M5", family: "single-owner", breaks: "SO-7", description: "HA takeover ignores nvSynced: the partner takes over without the unmirrored log" },
  { id: "QM-1", family: "quorum-majority", breaks: "Q-1", description: "Quorum test is owned ≥ m/2 instead of owned > m/2" },
  { id: "QM-2", family: "quorum-majority", breaks: "Q-3", description: "Formation reconciles from the first member read, not the maximum (epoch, seq)" },
  { id: "QM-3", family: "quorum-majority", breaks: "Q-2", description: "Challenge wait W ≤ D + Pmax on a non-enforcing member (MMP mmp_delay class)" },
  { id: "QM-4", family: "quorum-majority", breaks: "Q-1", description: "Voting-device grant is cached and counted after the vote was re-granted" },
  { id: "QM-5", family: "quorum-majority", breaks: "Q-5", description: "A returning member is counted and read before reconciliation" },
  { id: "PT-M1", family: "partition-in-time", breaks: "PT-1", description: "Revived node starts on the device vote without checking its last-surviving flag" },
  { id: "PT-M2", family: "partition-in-time", breaks: "PT-2, PT-3", description: "Survivor never clears its last-surviving flag when the peer rejoins" },
  { id: "PT-M3", family: "partition-in-time", breaks: "PT-2", description: "Clearing the last-surviving flag is not made durable" },
  { id: "PT-M4", family: "partition-in-time", breaks: "PT-1", description: "Rejoin sync direction is set by boot order, not by epoch" },
  { id: "SN-M1", family: "snapshot-consistency", breaks: "SC-1", description: "Passive snapshot reader skips the diff-area re-check" },
  { id: "SN-M2", family: "snapshot-consistency", breaks: "SC-2", description: "Copy-on-write publishes the diff-area map entry after the overwrite" },
  { id: "SN-M3", family: "snapshot-consistency", breaks: "SC-3", description: "Diff area full, but the overwrite proceeds and the snapshot stays valid" },
  { id: "SN-M4", family: "snapshot-consistency", breaks: "SC-4", description: "Only the snapshotting node tracks changes; remote direct I/O is missed" },
  { id: "SN-M5", family: "snapshot-consistency", breaks: "SC-6", description: "Tracker restarts empty after a crash or resize but keeps its generation" },
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
