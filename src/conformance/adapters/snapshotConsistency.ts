/**
 * The reference cluster's snapshot-consistency family (src/cluster/snapshot) as a system under test for
 * spec/snapshot-consistency.cspec.ts. The spec has two parts with one initial state each; the cluster runs both
 * machineries at once, so one run exercises one part (a workload run: by seed parity; a driven run: the part of its
 * first action) and the other part's view is reported at its initial value on both sides.
 *
 * Mapping: spec nodes n1, n2 are N1 (the active shadow writer, the CBT tracker node) and N2 (the passive reader, a
 * remote direct-I/O writer); blocks b1, b2 are blocks 0 and 1 of dev:vol (shadow) and dev:vmdk (CBT). Spec values
 * 0/1 are stored as 1/2 (a written diff-area slot is then never mistaken for an empty one); every write stores the
 * other value, as the spec's `flip` does, and writes to one block never overlap (see `fields` and `actions`).
 */
import { Cluster, decodeValue, encodeValue, type BugId } from "../../cluster/index.ts";
import { CBT_DEVICE } from "../../cluster/snapshot/changed-block-tracker.ts";
import { DIFF_AREA_DEVICE, VOLUME_DEVICE } from "../../cluster/snapshot/shadow-copy.ts";
import type { Adapter, TickReport } from "../adapter.ts";
import type { SpecAction } from "../machine.ts";
import { Rng } from "../rng.ts";
import { SN_ACTIONS, SN_FIELDS } from "./snapshotConsistencyDocs.ts";

type Block = "b1" | "b2";
type NodeId = "n1" | "n2";
type Part = "shadow" | "cbt";
const BLOCKS: readonly Block[] = ["b1", "b2"];
const IDX: Record<Block, number> = { b1: 0, b2: 1 };
const NODE: Record<NodeId, string> = { n1: "N1", n2: "N2" };

export const SN_PARAMS = { CAP: 1, F: 2, PART: "all" } as const;

export interface ShadowView {
  readonly vol: readonly number[];
  readonly daData: readonly (number | null)[];
  readonly daMap: readonly boolean[];
  readonly valid: boolean;
  readonly writerUp: boolean;
  /** Written diff-area slots that no published entry or in-progress copy accounts for (always 0 in the spec). */
  readonly orphanSlots: number;
}
export interface CbtView {
  readonly disk: readonly number[];
  readonly inflight: Readonly<Record<NodeId, Block | null>>;
  /** Per block: marked by the tracker since the last snapshot, or a write to it is in flight. */
  readonly changed: readonly boolean[];
  readonly gen: number;
  readonly phase: "start" | "s1" | "full" | "s2" | "done";
  readonly bkp: readonly (number | null)[];
}
export interface SnView {
  readonly shadow: ShadowView;
  readonly cbt: CbtView;
}

interface ScSpecState {
  readonly part: Part;
  readonly vol: Record<Block, number>;
  readonly daData: Record<Block, number | null>;
  readonly daMap: ReadonlySet<Block>;
  readonly snapValid: boolean;
  readonly writerUp: boolean;
  readonly inflight: Record<NodeId, Block | null>;
  readonly changed: ReadonlySet<Block>;
  readonly gen: number;
  readonly phase: string;
  readonly bkp: Record<Block, number | null>;
}

const SHADOW_ACTIONS = new Set(["Write", "Copy", "Publish", "Overwrite", "Overflow", "CopyError", "WriterCrash", "WriterRestart", "ReadStart", "ReadVolume", "Recheck", "ReaderCrash"]);
const NEUTRAL_SHADOW: ShadowView = { vol: [0, 0], daData: [null, null], daMap: [false, false], valid: true, writerUp: true, orphanSlots: 0 };
const NEUTRAL_CBT: CbtView = { disk: [0, 0], inflight: { n1: null, n2: null }, changed: [false, false], gen: 0, phase: "start", bkp: [null, null] };
/** Ticks after a remote write returns before the backup agent snapshots (its `end` report is still in flight). */
const QUIET_TICKS = 10;

interface OpenOp {
  readonly action: SpecAction;
  readonly block: number;
  readonly value: number;
  readonly node: string;
  /** A read whose reader crashed: it never returns, and the workload no longer counts it as in progress. */
  readonly crashed?: boolean;
}

export function snapshotConsistencyAdapter(): Adapter<ScSpecState, SpecAction, SnView> {
  let cluster = new Cluster({ nodes: 2, blockCount: 2, diffAreaSlots: SN_PARAMS.CAP });
  let rng = new Rng(1);
  let workload = false;
  let part: Part | null = null;
  let faults = 0;
  let seen = 0;
  let lastRemoteReturn = -Infinity;
  const open = new Map<number, OpenOp>();
  let refused: SpecAction[] = [];
  let healSlotsOn = false;
  const sn = () => cluster.sn;
  const read = (dev: string, block: number): number => decodeValue(cluster.env.san.device(dev).readBlock(block));
  const slotBlock = (slot: number): number => 1 + sn().volumeBlocks + slot;
  const openOf = (pred: (o: OpenOp) => boolean): OpenOp | undefined => [...open.values()].find(pred);
  const volumeWrite = (): OpenOp | undefined => openOf((o) => o.node === "N1" && o.action.type !== "ReadStart" && SHADOW_ACTIONS.has(o.action.type));

  const shadowView = (): ShadowView => {
    const vol = [0, 1].map((b) => read(VOLUME_DEVICE, b) - 1);
    const mapped = [0, 1].map((b) => read(DIFF_AREA_DEVICE, 1 + b));
    const daData: (number | null)[] = mapped.map((m) => (m === 0 ? null : read(DIFF_AREA_DEVICE, slotBlock(m - 1)) - 1));
    const w = volumeWrite();
    let orphanSlots = 0;
    for (let slot = 0; slot < sn().diffAreaSlots; slot++) {
      const v = read(DIFF_AREA_DEVICE, slotBlock(slot));
      if (v === 0 || mapped.includes(slot + 1)) continue;
      // An unpublished copy belongs to the write in progress (one volume write at a time).
      if (w !== undefined && daData[w.block] === null) daData[w.block] = v - 1;
      else orphanSlots++;
    }
    // The spec's Overflow/CopyError invalidate and overwrite in one step; the cluster in two durable writes. Until
    // the overwrite lands the system is shown in the step's pre-state (valid), so the step is judged when complete.
    const midInvalidation = w !== undefined && (w.action.type === "Overflow" || w.action.type === "CopyError") && read(VOLUME_DEVICE, w.block) !== w.value;
    return { vol, daData, daMap: mapped.map((m) => m !== 0), valid: read(DIFF_AREA_DEVICE, 0) !== 0 || midInvalidation, writerUp: sn().writer.up, orphanSlots };
  };

  const cbtView = (): CbtView => {
    const disk = [0, 1].map((b) => read(CBT_DEVICE, b) - 1);
    const inflight: Record<NodeId, Block | null> = { n1: null, n2: null };
    for (const o of open.values())
      if (o.action.type === "Issue" && read(CBT_DEVICE, o.block) !== o.value) inflight[o.action.n as NodeId] = o.action.b as Block;
    const marked = new Set(sn().tracker().changedSinceLastSnapshot());
    const changed = BLOCKS.map((b) => marked.has(IDX[b]) || inflight.n1 === b || inflight.n2 === b);
    const k = sn().tracker().k;
    const backedUp = sn().lastChangeId?.id.k ?? 0;
    const phase = k === 0 ? "start" : k === 1 ? (backedUp === 0 ? "s1" : "full") : backedUp < 2 ? "s2" : "done";
    const bkp = [0, 1].map((b) => (sn().backupImage[b] === undefined ? null : sn().backupImage[b]! - 1));
    return { disk, inflight, changed, gen: sn().tracker().gen - 1, phase, bkp };
  };

  const observe = (): SnView => ({
    shadow: part === "cbt" ? NEUTRAL_SHADOW : shadowView(),
    cbt: part === "shadow" ? NEUTRAL_CBT : cbtView(),
  });

  const lastOpId = (): number => [...open.keys()].pop()!;
  const submit = (a: SpecAction, req: Parameters<Cluster["submit"]>[0] & { family: "snapshot-consistency" }): void => {
    const id = cluster.submit(req);
    open.set(id, { action: a, block: req.block ?? -1, value: req.value ?? 0, node: req.node });
  };

  const perform = (a: SpecAction): void => {
    part ??= SHADOW_ACTIONS.has(a.type) ? "shadow" : "cbt";
    const b = a.b === undefined ? -1 : IDX[a.b as Block];
    const client = "conformance";
    switch (a.type) {
      case "CopyError":
        faults++;
        // The copy into the diff area fails: every slot errors until this write returns.
        for (let s = 0; s < sn().diffAreaSlots; s++) cluster.env.san.device(DIFF_AREA_DEVICE).setBlockError(slotBlock(s), true);
      // falls through
      case "Write":
      case "Copy":
      case "Overflow": {
        if (volumeWrite() !== undefined || !sn().writer.up) return void refused.push(a);
        submit(a, { family: "snapshot-consistency", client, node: "N1", kind: "write", block: b, value: 3 - read(VOLUME_DEVICE, b) });
        if (a.type === "CopyError") healSlotsOn = true;
        return;
      }
      case "ReadStart":
        if (openOf((o) => o.action.type === "ReadStart" && o.crashed !== true) !== undefined) return void refused.push(a);
        submit(a, { family: "snapshot-consistency", client: "reader", node: "N2", kind: "snapRead", block: b });
        // Remember (as the op's value) whether the read misses the map at its start: 1 = missed.
        open.set(lastOpId(), { ...open.get(lastOpId())!, value: read(DIFF_AREA_DEVICE, 0) !== 0 && read(DIFF_AREA_DEVICE, 1 + b) === 0 ? 1 : 0 });
        return;
      case "WriterCrash":
        faults++;
        return cluster.inject({ kind: "crash", node: "N1" });
      case "WriterRestart":
        return cluster.inject({ kind: "restart", node: "N1" });
      case "ReaderCrash":
        faults++;
        cluster.inject({ kind: "crash", node: "N2" });
        cluster.inject({ kind: "restart", node: "N2" });
        // The crashed read never returns; it stays open (pending for the spec) until its history entry times out.
        for (const [id, o] of open) if (o.action.type === "ReadStart") open.set(id, { ...o, crashed: true });
        return;
      case "Issue": {
        const node = NODE[a.n as NodeId];
        if (openOf((o) => o.action.type === "Issue" && (o.node === node || o.block === b)) !== undefined) return void refused.push(a);
        return submit(a, { family: "snapshot-consistency", client: `io-${a.n}`, node, kind: "diskWrite", block: b, value: 3 - read(CBT_DEVICE, b) });
      }
      case "Snap1":
      case "Snap2":
        return submit(a, { family: "snapshot-consistency", client: "backup", node: "N1", kind: "snapshot" });
      case "FullBackup":
      case "Query":
        return submit(a, { family: "snapshot-consistency", client: "backup", node: "N1", kind: "backup" });
      case "TrackerReset":
        faults++;
        return cluster.inject({ kind: "trackerReset" });
      default:
        throw new Error(`snapshot-consistency adapter cannot drive ${a.type}`);
    }
  };

  /** The spec action a client write of `block` is, given what is observable now (the writer decides the same way). */
  const writeAction = (block: Block): SpecAction => {
    const v = shadowView();
    const i = IDX[block];
    if (!v.valid || v.daMap[i]) return { type: "Write", b: block };
    const used = v.daData.filter((x) => x !== null).length;
    return used < sn().diffAreaSlots ? { type: "Copy", b: block } : { type: "Overflow", b: block };
  };

  const shadowWorkload = (): SpecAction[] => {
    const out: SpecAction[] = [];
    const w = sn().writer;
    const reading = openOf((o) => o.action.type === "ReadStart" && o.crashed !== true);
    // Slow passive reads (timing, not a spec step) let the writer's COW race a read, as in SN-M1's scenario.
    if (rng.chance(0.01)) cluster.env.san.setSlow(VOLUME_DEVICE, rng.chance(0.7) ? 10 + Math.floor(rng.next() * 30) : 0, "N2");
    if (reading === undefined && rng.chance(0.08)) out.push({ type: "ReadStart", b: rng.pick(BLOCKS) });
    // Writes come more often while a read is in progress: the interleavings that matter are the concurrent ones.
    if (w.up && volumeWrite() === undefined && rng.chance(reading !== undefined ? 0.15 : 0.03)) {
      // Concurrency-seeking: prefer the block a read is in progress on.
      const block = reading !== undefined && rng.chance(0.6) ? BLOCKS[reading.block]! : rng.pick(BLOCKS);
      const a = writeAction(block);
      out.push(a.type === "Copy" && faults < SN_PARAMS.F && rng.chance(0.1) ? { type: "CopyError", b: block } : a);
    } else if (w.up && w.isIdle() && volumeWrite() === undefined && out.length === 0 && faults < SN_PARAMS.F && rng.chance(0.004)) out.push({ type: "WriterCrash" });
    else if (!w.up && rng.chance(0.03)) out.push({ type: "WriterRestart" });
    // A read that hit the map (or met an invalid snapshot) is one spec step, done at once: only a read that missed
    // at its start is still in progress in the spec, so only such a read can be crashed.
    if (reading !== undefined && reading.value === 1 && out.length === 0 && faults < SN_PARAMS.F && rng.chance(0.01)) out.push({ type: "ReaderCrash" });
    return out;
  };

  const cbtWorkload = (): SpecAction[] => {
    const out: SpecAction[] = [];
    const view = cbtView();
    const agentBusy = openOf((o) => o.node === "N1" && o.action.type !== "Issue") !== undefined;
    const remoteBusy = openOf((o) => o.node === "N2" && o.action.type === "Issue") !== undefined;
    if (view.phase !== "done")
      for (const n of ["n1", "n2"] as const) {
        const b = rng.pick(BLOCKS);
        const busy = openOf((o) => o.action.type === "Issue" && (o.node === NODE[n] || o.block === IDX[b])) !== undefined;
        if (!busy && rng.chance(0.04)) out.push({ type: "Issue", n, b });
      }
    // Snapshots and resets cut the change set: they happen only when no remote write's `end` report can be in flight,
    // since a late `end` over-reports its block into the new set (allowed), which the spec's exact `changed` is not.
    const quiet = !remoteBusy && cluster.now - lastRemoteReturn > QUIET_TICKS && !out.some((a) => a.n === "n2");
    if (!agentBusy && out.length === 0) {
      if (view.phase === "start" && quiet && rng.chance(0.02)) out.push({ type: "Snap1" });
      else if (view.phase === "s1" && rng.chance(0.03)) out.push({ type: "FullBackup" });
      else if (view.phase === "full" && quiet && rng.chance(0.02)) out.push({ type: "Snap2" });
      else if (view.phase === "s2" && rng.chance(0.03)) out.push({ type: "Query" });
      else if (view.phase !== "done" && quiet && faults < SN_PARAMS.F && rng.chance(0.003)) out.push({ type: "TrackerReset" });
    }
    return out;
  };

  return {
    spec: "snapshot-consistency",
    params: SN_PARAMS,
    settleTicks: 40,
    actions: SN_ACTIONS,
    fields: SN_FIELDS,
    reset(seed, options) {
      cluster = new Cluster({ seed, nodes: 2, blockCount: 2, diffAreaSlots: SN_PARAMS.CAP, bugs: (options.bugs ?? []) as BugId[], recordChoices: false });
      // Spec value x is stored as x+1 on both disks; then a fresh shadow copy of the initialised volume.
      for (const dev of [VOLUME_DEVICE, CBT_DEVICE]) for (let b = 0; b < 2; b++) cluster.env.san.device(dev).execute("setup", { kind: "write", block: b, data: encodeValue(1, 8) });
      cluster.sn.takeShadowCopy();
      rng = new Rng(seed);
      workload = options.workload;
      part = workload ? (seed % 2 === 1 ? "shadow" : "cbt") : null;
      // Half the shadow runs start with slow passive volume reads (timing only, no spec step).
      if (part === "shadow" && rng.chance(0.5)) cluster.env.san.setSlow(VOLUME_DEVICE, 10 + Math.floor(rng.next() * 30), "N2");
      faults = 0;
      seen = 0;
      lastRemoteReturn = -Infinity;
      open.clear();
      refused = [];
      healSlotsOn = false;
    },
    // One run exercises one part: once decided, the other part's actions are refused.
    accepts: (a) => part === null || (SHADOW_ACTIONS.has(a.type) ? "shadow" : "cbt") === part,
    perform,
    tick(): TickReport {
      const injected = workload ? (part === "shadow" ? shadowWorkload() : cbtWorkload()) : [];
      for (const a of injected) perform(a);
      const finished: SpecAction[] = refused;
      refused = [];
      cluster.runFor(1);
      const events = cluster.env.history.events;
      for (; seen < events.length; seen++) {
        const e = events[seen]!;
        if (e.type !== "return") continue;
        const o = open.get(e.id);
        if (o === undefined) continue;
        open.delete(e.id);
        finished.push(o.action);
        if (o.node === "N2" && o.action.type === "Issue") lastRemoteReturn = cluster.now;
        if (healSlotsOn && o.action.type === "CopyError") {
          for (let s = 0; s < sn().diffAreaSlots; s++) cluster.env.san.device(DIFF_AREA_DEVICE).setBlockError(slotBlock(s), false);
          healSlotsOn = false;
        }
      }
      const idle = open.size === 0;
      const over = part === "shadow" ? idle && read(DIFF_AREA_DEVICE, 0) === 0 && sn().writer.up : part === "cbt" ? idle && cbtView().phase === "done" : false;
      return { injected, finished, ...(workload && over ? { more: false } : {}) };
    },
    observe,
    project(s): SnView {
      if (s.part === "shadow")
        return {
          shadow: {
            vol: BLOCKS.map((b) => s.vol[b]),
            daData: BLOCKS.map((b) => s.daData[b]),
            daMap: BLOCKS.map((b) => s.daMap.has(b)),
            valid: s.snapValid,
            writerUp: s.writerUp,
            orphanSlots: 0,
          },
          cbt: NEUTRAL_CBT,
        };
      const phase = s.phase === "queried" || s.phase === "rejected" ? "s2" : (s.phase as CbtView["phase"]);
      return {
        shadow: NEUTRAL_SHADOW,
        cbt: {
          disk: BLOCKS.map((b) => s.vol[b]),
          inflight: { n1: s.inflight.n1, n2: s.inflight.n2 },
          changed: BLOCKS.map((b) => s.changed.has(b) || s.inflight.n1 === b || s.inflight.n2 === b),
          gen: s.gen,
          phase,
          bkp: BLOCKS.map((b) => s.bkp[b]),
        },
      };
    },
    history: () => cluster.history(),
    describe: () => `new Cluster({ seed: ${cluster.seed}, nodes: 2, blockCount: 2, diffAreaSlots: ${SN_PARAMS.CAP} })`,
  };
}
