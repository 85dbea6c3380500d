/**
 * How the snapshot-consistency adapter drives every spec action and observes every spec field (or why not). Kept
 * beside the adapter so the adapter file stays about behaviour; `clusterspec conform --json` and the README show it.
 */
import type { ActionBinding } from "../adapter.ts";

export const SN_ACTIONS: Readonly<Record<string, ActionBinding>> = {
  // ---- shadow copy ----
  Write: { kind: "operation", doc: "submit({ kind: write, node: N1, block }) when the block needs no COW (published, or the snapshot is invalid); the value is the other one" },
  Copy: { kind: "operation", doc: "submit({ kind: write, node: N1, block }) when the block needs COW and a diff-area slot is free; the writer copies, publishes, overwrites" },
  Overflow: { kind: "operation", doc: "submit({ kind: write, node: N1, block }) when the block needs COW and the diff area is full; the writer must invalidate, then overwrite" },
  CopyError: { kind: "fault", doc: "every diff-area slot block fails with IO_ERROR (BlockDevice.setBlockError) while one COW write runs; healed when it returns" },
  Publish: { kind: "internal", doc: "the writer's map-entry write to dev:da" },
  Overwrite: { kind: "internal", doc: "the writer's volume write after publishing" },
  WriterCrash: { kind: "fault", doc: "inject({ kind: crash, node: N1 }), only while the writer has no I/O in flight (a crash inside a COW has no spec order: the device still lands accepted writes)" },
  WriterRestart: { kind: "fault", doc: "inject({ kind: restart, node: N1 }): recovery reads the diff area's header and map back" },
  ReadStart: { kind: "operation", doc: "submit({ kind: snapRead, node: N2, block }) — one passive read at a time" },
  ReadVolume: { kind: "internal", doc: "the reader's volume read (slow when the workload sets slow I/O on dev:vol for N2)" },
  Recheck: { kind: "internal", doc: "the reader's second map read (and header re-read)" },
  ReaderCrash: { kind: "fault", doc: "inject crash then restart of N2 while a read is in progress: the read never returns" },
  // ---- changed-block backup ----
  Issue: { kind: "operation", doc: "submit({ kind: diskWrite, node, block }); never while another write to that block or from that node is open (values are absolute, the spec's write flips at completion)" },
  Complete: { kind: "internal", doc: "the direct write lands on dev:vmdk (begin/end reports to the tracker on N1)" },
  Snap1: { kind: "operation", doc: "submit({ kind: snapshot, node: N1 }) in phase start: the tracker rotates, S1 is frozen" },
  FullBackup: { kind: "operation", doc: "submit({ kind: backup, node: N1 }) in phase s1: full(S1)" },
  Snap2: { kind: "operation", doc: "submit({ kind: snapshot, node: N1 }) in phase full" },
  Query: { kind: "operation", doc: "submit({ kind: backup, node: N1 }) in phase s2: query(S2, c1), then transfer or a forced full backup, atomically in the cluster" },
  Transfer: { kind: "internal", doc: "part of the cluster's backup request after an accepted query" },
  FullBackup2: { kind: "internal", doc: "part of the cluster's backup request after a rejected query" },
  TrackerReset: { kind: "fault", doc: "inject({ kind: trackerReset })" },
};

export const SN_FIELDS: Readonly<Record<string, string>> = {
  part: "not observed as such: a run exercises one part; the other part's view is its initial value on both sides",
  vol: "shadow: dev:vol blocks 0,1; cbt: dev:vmdk blocks 0,1 (stored value − 1)",
  snap: "ghost (the snapshot image; reads of it are judged by the linearizability data check)",
  daData: "the diff-area slot a published map entry names; an unpublished written slot belongs to the COW write in progress (else it counts in orphanSlots, never non-zero in the spec)",
  daMap: "the diff area's published map blocks (non-zero = published)",
  snapValid: "the diff area's header (non-zero = valid); during an Overflow/CopyError write, until its overwrite lands, the pre-state (valid): the spec takes invalidate+overwrite as one step",
  writerUp: "N1's shadow writer is up",
  wb: "not observable: volatile COW progress; its durable effects are daData, daMap and vol",
  wPub: "not observable (see wb)",
  wOver: "not observable (see wb)",
  rPhase: "not observable: a read's progress is volatile and inside one operation",
  rb: "not observable (see rPhase)",
  rv: "not observable (see rPhase)",
  retB: "ghost: read results are judged by the data check (every snapshot read must linearize against the snapshot's frozen value)",
  retV: "ghost (see retB)",
  retVia: "ghost (see retB)",
  inflight: "the adapter's open diskWrite on that node whose value has not landed on dev:vmdk yet",
  changed: "the tracker's set since the last snapshot, together with the blocks of in-flight writes on both sides (the cluster marks at issue, the spec at completion; over-reporting a block whose write is in flight is allowed)",
  frozen: "not observed: the rotated set is internal to the tracker; its effect shows in bkp after the backup",
  gen: "tracker gen − 1 (the cluster starts at 1)",
  c1gen: "not observed: the changeId's gen shows through the query's verdict (incremental or full) in bkp",
  phase: "from the snapshots taken (tracker k) and the last backup's changeId k; queried/rejected are inside the cluster's atomic backup request (shown as s2)",
  s2: "ghost (the snapshot image; the backup image bkp must equal what the spec computes from it)",
  C: "not observed: inside the atomic backup request; its effect shows in bkp",
  qAccepted: "not observed (see C)",
  bkp: "the backup image (stored value − 1; null before the first backup)",
  incr: "not observed: the cluster reports only the number of blocks transferred",
  dirty: "ghost",
  resetSince: "ghost",
  faults: "not observed: the fault budget, kept by the workload (≤ F)",
};
