/**
 * snapshot-consistency — point-in-time snapshots stay exact while the live volume keeps changing: shadow
 * copies read by passive nodes (seed Abstract 5) and changed-block backups under clustered direct I/O
 * (seed Abstract 4). DOMAIN.md §5.
 *
 * Two parts, one initial state each (`part`, constant per run), so every DOMAIN.md mutant fails at the
 * default parameters. The fields of the other part stay at their initial values.
 *
 * `shadow` (Abstract 5, DOMAIN.md §5.1): the snapshot S (ghost `snap`) is the volume `vol` at t0 = the
 * initial state. The single active writer does copy-on-write on the first post-snapshot write to a block:
 * `Copy` (old value into a diff-area slot `daData[b]`, CAP slots), `Publish` (`daMap`, durable and visible to
 * passive nodes), then `Overwrite`; blocks already in the map are overwritten directly (`Write`). A full DA
 * (`Overflow`) or an I/O error on the copy (`CopyError`, a fault) makes the writer invalidate the snapshot
 * before overwriting (VSS_PROTECTION_FAULT). The passive reader (a slow read is a read whose steps
 * interleave with the writer): `ReadStart` checks the map (hit: return the DA data), else `ReadVolume`
 * reads `vol[b]`, then `Recheck` checks the map again (hit: DA data, else the volume value) — Abstract 5's
 * "first reading it from the volume, then re-determining whether it has been written to the differential
 * area". An invalid snapshot reads as an error. Faults: writer crash (volatile COW progress lost, durable
 * DA and volume kept), reader crash, copy I/O error.
 *
 * `cbt` (Abstract 4, DOMAIN.md §5.2): two nodes write the shared disk (`vol`) by direct I/O, bypassing the
 * file-system stack: `Issue` then `Complete` (the write lands and the cluster-wide change tracker marks the
 * block, atomically with completion). The backup agent: `Snap1` freezes S1 (`snap`) and rotates the
 * tracker, the changeId c1 = (gen, 1); `FullBackup` sends S1; `Snap2` freezes S2 and rotates (`frozen` = the
 * blocks changed between S1 and S2); `Query(S2, c1)` returns C if c1's gen is current, else rejects;
 * `Transfer` copies S2[b] (never the live disk) for b ∈ C; a rejected query forces `FullBackup2` of S2.
 * `TrackerReset` (a fault: re-enable, resize, tracker crash, host upgrade) empties the tracker and bumps gen.
 *
 * Faults draw from a budget F so liveness is judged after stabilization; recovery actions are weakly fair.
 * Ghosts (judging by history, DOMAIN.md §0): `snap`/`s2` (snapshot contents), `retB`/`retV`/`retVia` (the
 * last value a read returned and how), `dirty` (blocks written between S1 and S2, by any node),
 * `resetSince` (a tracker reset really happened after c1 was issued).
 *
 * Parameters: CAP (DA slots), F (fault budget), PART (which parts). Symmetry: Node and Block. Liveness
 * runs on the unreduced graph. Measured on 2 cores, one worker:
 *   default CAP=1,F=2 → 54,185 distinct (shadow 657, cbt 53,528); safety ~0.8 s, with liveness ~5.7 s.
 *   CAP=2,F=2 → 54,432 distinct, with liveness 5.2 s;  CAP=1,F=3 → 101,551 distinct, with liveness 7.2 s;
 *   CAP=2,F=3 → 102,087 distinct; safety 0.8 s, with liveness 9.6 s (~0.6 GB).
 */
import { defineSpec, param, t } from "../src/dsl/index.ts";

export const Nodes = ["n1", "n2"] as const;
export type NodeId = (typeof Nodes)[number];
export const Blocks = ["b1", "b2"] as const;
export type BlockId = (typeof Blocks)[number];
export const Phases = ["start", "s1", "full", "s2", "queried", "rejected", "done"] as const;
export type Phase = (typeof Phases)[number];
export const ReadPhases = ["idle", "missed", "volRead"] as const;
export const ReturnPaths = ["none", "map", "recheckHit", "volume", "error"] as const;
export type ReturnPath = (typeof ReturnPaths)[number];

type Rec<K extends string, V> = Readonly<Record<K, V>>;
export interface ScState {
  readonly part: "shadow" | "cbt";
  /** Live volume (shadow) / shared disk (cbt), durable. */
  readonly vol: Rec<BlockId, number>;
  /** Ghost: the snapshot S (shadow) / S1 (cbt). */
  readonly snap: Rec<BlockId, number>;
  // ---- shadow copy ----
  readonly daData: Rec<BlockId, number | null>;
  readonly daMap: ReadonlySet<BlockId>;
  readonly snapValid: boolean;
  readonly writerUp: boolean;
  /** Block whose COW is in progress (volatile). */
  readonly wb: BlockId | null;
  readonly wPub: boolean;
  readonly wOver: boolean;
  readonly rPhase: (typeof ReadPhases)[number];
  readonly rb: BlockId | null;
  readonly rv: number;
  readonly retB: BlockId | null;
  /** null: the read returned an error. */
  readonly retV: number | null;
  readonly retVia: ReturnPath;
  // ---- changed-block backup ----
  readonly inflight: Rec<NodeId, BlockId | null>;
  readonly changed: ReadonlySet<BlockId>;
  readonly frozen: ReadonlySet<BlockId>;
  readonly gen: number;
  readonly c1gen: number;
  readonly phase: Phase;
  readonly s2: Rec<BlockId, number>;
  readonly C: ReadonlySet<BlockId>;
  readonly qAccepted: boolean;
  readonly bkp: Rec<BlockId, number | null>;
  readonly incr: boolean;
  readonly dirty: ReadonlySet<BlockId>;
  readonly resetSince: boolean;
  readonly faults: number;
}
interface Ctx {
  readonly params: { readonly CAP: number; readonly F: number; readonly PART: string };
}

const EMPTY: ReadonlySet<never> = new Set();
const add = <T>(x: ReadonlySet<T>, v: T): ReadonlySet<T> => new Set([...x, v]);
export const subset = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].every((v) => b.has(v));
const perBlock = <V>(v: V): Rec<BlockId, V> => ({ b1: v, b2: v });
/** A write stores a value different from the current one (two values suffice to tell old from new). */
export const flip = (s: ScState, b: BlockId): Rec<BlockId, number> => ({ ...s.vol, [b]: 1 - s.vol[b] });
const faultOk = (s: ScState, { params }: Ctx): boolean => s.faults < params.F;
const spend = (s: ScState): ScState => ({ ...s, faults: s.faults + 1 });

// ---- shadow copy: writer ----------------------------------------------------------------------------
const slotsUsed = (s: ScState): number => Blocks.filter((b) => s.daData[b] !== null).length;
/** b needs copy-on-write before it may be overwritten. */
export const needsCow = (s: ScState, b: BlockId): boolean => s.snapValid && !s.daMap.has(b);
export const hasSlot = (s: ScState, b: BlockId, { params }: Ctx): boolean => s.daData[b] !== null || slotsUsed(s) < params.CAP;
const writerIdle = (s: ScState): boolean => s.part === "shadow" && s.writerUp && s.wb === null;
/** End of one COW write: both publish and overwrite are done. */
const finishCow = (s: ScState): ScState => (s.wPub && s.wOver ? { ...s, wb: null, wPub: false, wOver: false } : s);
/** The overwrite may proceed only once the old value is in the DA and published (base); SN-M2 drops `wPub`. */
export const overwriteReady = (s: ScState): boolean => s.wb !== null && !s.wOver && s.wPub;

// ---- shadow copy: reader ----------------------------------------------------------------------------
const ret = (s: ScState, b: BlockId, v: number | null, via: ReturnPath): ScState => ({ ...s, rPhase: "idle", rb: null, rv: 0, retB: b, retV: v, retVia: via });
/** The value a passive read of the snapshot at b returns once it has a volume value `volValue` in hand. */
export const finishRead = (s: ScState, b: BlockId, volValue: number): ScState =>
  !s.snapValid ? ret(s, b, null, "error") : s.daMap.has(b) ? ret(s, b, s.daData[b], "recheckHit") : ret(s, b, volValue, "volume");

const initial = (part: "shadow" | "cbt"): ScState => ({
  part,
  vol: perBlock(0),
  snap: perBlock(0),
  daData: perBlock(null),
  daMap: EMPTY,
  snapValid: part === "shadow",
  writerUp: true,
  wb: null,
  wPub: false,
  wOver: false,
  rPhase: "idle",
  rb: null,
  rv: 0,
  retB: null,
  retV: null,
  retVia: "none",
  inflight: { n1: null, n2: null },
  changed: EMPTY,
  frozen: EMPTY,
  gen: 0,
  c1gen: 0,
  phase: "start",
  s2: perBlock(0),
  C: EMPTY,
  qAccepted: false,
  bkp: perBlock(null),
  incr: false,
  dirty: EMPTY,
  resetSince: false,
  faults: 0,
});

type B = { b: BlockId };
type Nb = { n: NodeId; b: BlockId };
type N = { n: NodeId };
const cbt = (s: ScState): boolean => s.part === "cbt";
const betweenSnapshots = (p: Phase): boolean => p === "s1" || p === "full";

export default defineSpec({
  name: "snapshot-consistency",
  description: "Shadow copies read by passive nodes (COW, publish, re-check) and changed-block backups under clustered direct I/O.",
  params: {
    CAP: param.int(1, { min: 0, max: 2, doc: "diff-area slots" }),
    F: param.int(2, { min: 0, max: 6, doc: "fault budget (writer/reader crash, copy I/O error, tracker reset)" }),
    PART: param.enum("all", ["all", "shadow", "cbt"], { doc: "which parts are explored (one initial state each)" }),
  },
  sets: () => ({ Node: Nodes as unknown as readonly NodeId[], Block: Blocks as unknown as readonly BlockId[] }),
  state: ({ params, sets }) => {
    const value = t.int(0, 1);
    return t.struct({
      part: t.enum("shadow", "cbt"),
      vol: t.record(sets.Block, value),
      snap: t.record(sets.Block, value),
      daData: t.record(sets.Block, t.option(value)),
      daMap: t.set(sets.Block),
      snapValid: t.boolean,
      writerUp: t.boolean,
      wb: t.option(t.id(sets.Block)),
      wPub: t.boolean,
      wOver: t.boolean,
      rPhase: t.enum(...ReadPhases),
      rb: t.option(t.id(sets.Block)),
      rv: value,
      retB: t.option(t.id(sets.Block)),
      retV: t.option(value),
      retVia: t.enum(...ReturnPaths),
      inflight: t.record(sets.Node, t.option(t.id(sets.Block))),
      changed: t.set(sets.Block),
      frozen: t.set(sets.Block),
      gen: t.int(0, params.F),
      c1gen: t.int(0, params.F),
      phase: t.enum(...Phases),
      s2: t.record(sets.Block, value),
      C: t.set(sets.Block),
      qAccepted: t.boolean,
      bkp: t.record(sets.Block, t.option(value)),
      incr: t.boolean,
      dirty: t.set(sets.Block),
      resetSince: t.boolean,
      faults: t.int(0, params.F),
    }) as never;
  },
  init: ({ params }): ScState[] =>
    params.PART === "all" ? [initial("shadow"), initial("cbt")] : [initial(params.PART as "shadow" | "cbt")],
  actions: {
    // ---- shadow copy: the active writer ----
    Write: {
      doc: "Overwrite a block that needs no COW (already in the published map, or the snapshot is invalid).",
      over: { b: "Block" },
      guard: (s: ScState, { b }: B) => writerIdle(s) && !needsCow(s, b),
      apply: (s: ScState, { b }: B) => ({ ...s, vol: flip(s, b) }),
    },
    Copy: {
      doc: "COW step 1: copy the old value into a DA slot.",
      over: { b: "Block" },
      guard: (s: ScState, { b }: B, ctx: Ctx) => writerIdle(s) && needsCow(s, b) && hasSlot(s, b, ctx),
      apply: (s: ScState, { b }: B) => ({ ...s, daData: { ...s.daData, [b]: s.vol[b] }, wb: b }),
    },
    Publish: {
      doc: "COW step 2: publish the DA map entry, durable and visible to passive nodes.",
      guard: (s: ScState) => s.writerUp && s.wb !== null && !s.wPub,
      apply: (s: ScState) => finishCow({ ...s, daMap: add(s.daMap, s.wb!), wPub: true }),
    },
    Overwrite: {
      doc: "COW step 3: overwrite the volume block.",
      guard: (s: ScState) => s.writerUp && overwriteReady(s),
      apply: (s: ScState) => finishCow({ ...s, vol: flip(s, s.wb!), wOver: true }),
    },
    Overflow: {
      doc: "The DA is full: invalidate the snapshot first, then overwrite.",
      over: { b: "Block" },
      guard: (s: ScState, { b }: B, ctx: Ctx) => writerIdle(s) && needsCow(s, b) && !hasSlot(s, b, ctx),
      apply: (s: ScState, { b }: B) => ({ ...s, snapValid: false, vol: flip(s, b) }),
    },
    CopyError: {
      fault: true,
      doc: "The copy into the DA fails with an I/O error: invalidate the snapshot first, then overwrite.",
      over: { b: "Block" },
      guard: (s: ScState, { b }: B, ctx: Ctx) => faultOk(s, ctx) && writerIdle(s) && needsCow(s, b) && hasSlot(s, b, ctx),
      apply: (s: ScState, { b }: B) => ({ ...spend(s), snapValid: false, vol: flip(s, b) }),
    },
    WriterCrash: {
      fault: true,
      doc: "The active node crashes: COW progress is lost; the volume, DA data and map are durable.",
      guard: (s: ScState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && s.part === "shadow" && s.writerUp,
      apply: (s: ScState) => ({ ...spend(s), writerUp: false, wb: null, wPub: false, wOver: false }),
    },
    WriterRestart: {
      guard: (s: ScState) => !s.writerUp,
      apply: (s: ScState) => ({ ...s, writerUp: true }),
    },
    // ---- shadow copy: a passive reader ----
    ReadStart: {
      doc: "Read S at b: check the fresh map; on a hit return the DA data, else go to the volume.",
      over: { b: "Block" },
      guard: (s: ScState) => s.part === "shadow" && s.rPhase === "idle",
      apply: (s: ScState, { b }: B): ScState =>
        !s.snapValid
          ? ret(s, b, null, "error")
          : s.daMap.has(b)
            ? ret(s, b, s.daData[b], "map")
            : { ...s, rPhase: "missed", rb: b, retB: null, retV: null, retVia: "none" },
    },
    ReadVolume: {
      doc: "The (possibly slow) volume read completes.",
      guard: (s: ScState) => s.rPhase === "missed",
      apply: (s: ScState): ScState => ({ ...s, rPhase: "volRead", rv: s.vol[s.rb!] }),
    },
    Recheck: {
      doc: "Re-check the fresh map: a hit returns the DA data, a miss the volume value.",
      guard: (s: ScState) => s.rPhase === "volRead",
      apply: (s: ScState) => finishRead(s, s.rb!, s.rv),
    },
    ReaderCrash: {
      fault: true,
      guard: (s: ScState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && s.rPhase !== "idle",
      apply: (s: ScState): ScState => ({ ...spend(s), rPhase: "idle", rb: null, rv: 0 }),
    },
    // ---- changed-block backup: direct I/O from any node ----
    Issue: {
      // The model's horizon ends with the backup: no new writes once it is done (in-flight ones still land).
      doc: "A node issues a direct write to the shared disk.",
      over: { n: "Node", b: "Block" },
      guard: (s: ScState, { n }: Nb) => cbt(s) && s.phase !== "done" && s.inflight[n] === null,
      apply: (s: ScState, { n, b }: Nb) => ({ ...s, inflight: { ...s.inflight, [n]: b } }),
    },
    Complete: {
      doc: "The write lands; the cluster-wide tracker marks the block changed before completion is reported.",
      over: { n: "Node" },
      guard: (s: ScState, { n }: N) => s.inflight[n] !== null,
      apply: (s: ScState, { n }: N) => {
        const b = s.inflight[n]!;
        return {
          ...s,
          vol: flip(s, b),
          inflight: { ...s.inflight, [n]: null },
          changed: add(s.changed, b),
          dirty: betweenSnapshots(s.phase) ? add(s.dirty, b) : s.dirty,
        };
      },
    },
    // ---- changed-block backup: the backup agent ----
    Snap1: {
      guard: (s: ScState) => cbt(s) && s.phase === "start",
      apply: (s: ScState) => ({ ...s, snap: s.vol, changed: EMPTY, c1gen: s.gen, phase: "s1" as const }),
    },
    FullBackup: {
      doc: "full(S1): the backup image becomes S1; c1 is its changeId.",
      guard: (s: ScState) => s.phase === "s1",
      apply: (s: ScState) => ({ ...s, bkp: s.snap, phase: "full" as const }),
    },
    Snap2: {
      guard: (s: ScState) => s.phase === "full",
      apply: (s: ScState) => ({ ...s, s2: s.vol, frozen: s.changed, changed: EMPTY, phase: "s2" as const }),
    },
    Query: {
      doc: "query(S2, c1): the blocks changed since c1, or a rejection when c1's gen is not current.",
      guard: (s: ScState) => s.phase === "s2",
      apply: (s: ScState) =>
        s.c1gen === s.gen ? { ...s, C: s.frozen, qAccepted: true, phase: "queried" as const } : { ...s, qAccepted: false, phase: "rejected" as const },
    },
    Transfer: {
      doc: "incr(S1→S2): write S2[b] into the backup for each b in C.",
      guard: (s: ScState) => s.phase === "queried",
      apply: (s: ScState) => {
        const bkp = { ...s.bkp };
        for (const b of s.C) bkp[b] = s.s2[b];
        return { ...s, bkp, incr: true, phase: "done" as const };
      },
    },
    FullBackup2: {
      doc: "A rejected changeId forces a full backup of S2.",
      guard: (s: ScState) => s.phase === "rejected",
      apply: (s: ScState) => ({ ...s, bkp: s.s2, phase: "done" as const }),
    },
    TrackerReset: {
      fault: true,
      doc: "Re-enable, resize, tracker crash or host upgrade: the tracker restarts empty with gen+1.",
      guard: (s: ScState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && cbt(s) && s.phase !== "done",
      apply: (s: ScState) => ({
        ...spend(s),
        gen: s.gen + 1,
        changed: EMPTY,
        frozen: EMPTY,
        resetSince: s.resetSince || s.phase === "s1" || s.phase === "full" || s.phase === "s2",
      }),
    },
  },
  invariants: {
    SC1: {
      id: "SC-1",
      statement: "Every read of S at b, by any node, returns S[b] or an error.",
      check: (s: ScState) => s.retB === null || s.retV === null || s.retV === s.snap[s.retB],
    },
    SC2: {
      id: "SC-2",
      // Split from SC-3 by whether COW began for b (a DA slot holds it): SC-2 judges the ordering inside a COW.
      statement:
        "An overwrite of V[b] happens only after the old value is in the DA and its map entry is published; published entries never change.",
      check: (s: ScState) =>
        Blocks.every((b) => !(s.snapValid && s.daData[b] !== null && s.vol[b] !== s.snap[b]) || s.daMap.has(b)) &&
        [...s.daMap].every((b) => s.daData[b] === s.snap[b]),
    },
    SC3: {
      id: "SC-3",
      statement: "An overwrite without COW implies snapValid was already false.",
      check: (s: ScState) => s.part !== "shadow" || Blocks.every((b) => !(s.daData[b] === null && s.vol[b] !== s.snap[b]) || !s.snapValid),
    },
    SC4: {
      id: "SC-4",
      // Judged where the tracker kept its record (no reset since c1); a reset in the window is SC-6's case.
      statement: "C contains every block written between S1 and S2 by any node (over-reporting is allowed).",
      check: (s: ScState) => !(s.qAccepted && !s.resetSince) || subset(s.dirty, s.C),
    },
    SC5: {
      id: "SC-5",
      statement: "After full(S1) + incr(S1→S2), the backup equals S2 on every block.",
      check: (s: ScState) => s.phase !== "done" || Blocks.every((b) => s.bkp[b] === s.s2[b]),
    },
    SC6: {
      id: "SC-6",
      statement: "A changeId from before a tracker reset (an older gen) is rejected, forcing a full backup.",
      check: (s: ScState) => !(s.qAccepted && s.resetSince),
    },
  },
  sometimes: {
    cowRaceResolved: {
      statement: "A reader missed, the writer did COW, and the re-check hit: the read returns the DA's old value.",
      check: (s: ScState) => s.retVia === "recheckHit" && s.retV === s.snap[s.retB!] && s.vol[s.retB!] !== s.snap[s.retB!],
    },
    incrementalEqualsS2: {
      statement: "An incremental backup ends equal to a second snapshot that differs from the first.",
      check: (s: ScState) => s.phase === "done" && s.incr && Blocks.some((b) => s.s2[b] !== s.snap[b]) && Blocks.every((b) => s.bkp[b] === s.s2[b]),
    },
    publishedAndOverwritten: {
      statement: "A published block has been overwritten while the snapshot is valid (SC-2 constrains it).",
      check: (s: ScState) => s.snapValid && Blocks.some((b) => s.daMap.has(b) && s.vol[b] !== s.snap[b]),
    },
    invalidatedOnOverflow: {
      statement: "The DA filled up (or a copy failed) and the snapshot was invalidated before an uncopied overwrite (SC-3 constrains it).",
      check: (s: ScState) => s.part === "shadow" && !s.snapValid && Blocks.some((b) => s.daData[b] === null && s.vol[b] !== s.snap[b]),
    },
    remoteWriteInC: {
      statement: "A block written between S1 and S2 is reported in C (SC-4 constrains it).",
      check: (s: ScState) => s.qAccepted && s.dirty.size > 0 && subset(s.dirty, s.C),
    },
    resetForcesFull: {
      statement: "A tracker reset after S1 makes the query reject c1, and a full backup of S2 follows.",
      check: (s: ScState) => s.phase === "done" && !s.incr && s.resetSince,
    },
  },
  liveness: {
    readsComplete: {
      kind: "leadsTo",
      statement: "A started snapshot read completes (returns data or an error).",
      from: (s: ScState) => s.rPhase !== "idle",
      to: (s: ScState) => s.rPhase === "idle",
    },
    cowCompletes: {
      kind: "leadsTo",
      statement: "Copy-on-write never waits forever: a started COW finishes (or its writer crashes).",
      from: (s: ScState) => s.wb !== null,
      to: (s: ScState) => s.wb === null,
    },
    backupCompletes: {
      kind: "eventually",
      statement: "The backup finishes with the image equal to S2 (incremental, or full after a tracker reset).",
      check: (s: ScState) => s.part !== "cbt" || (s.phase === "done" && Blocks.every((b) => s.bkp[b] === s.s2[b])),
    },
  },
  fairness: ["Publish", "Overwrite", "WriterRestart", "ReadVolume", "Recheck", "Complete", "Snap1", "FullBackup", "Snap2", "Query", "Transfer", "FullBackup2"],
  symmetry: ["Node", "Block"],
  deadlock: false,
});
