/**
 * The reference cluster's partition-in-time family (src/cluster/partition-in-time) as a system under test for
 * spec/partition-in-time.cspec.ts. Nodes A and B are the cluster's N1 and N2; the device vote is the witness disk's
 * reservation. The abstraction observes, per node, a coarse status (down / up / solo), whether its durable epoch is
 * behind the last acknowledged commit, and its durable last-surviving flag; plus whether the link is up.
 */
import { Cluster, type BugId } from "../../cluster/index.ts";
import { WITNESS_DEVICE } from "../../cluster/partition-in-time/pt-family.ts";
import type { Adapter, TickReport } from "../adapter.ts";
import type { SpecAction } from "../machine.ts";
import { Rng } from "../rng.ts";

type NodeId = "A" | "B";
const NAME: Record<NodeId, string> = { A: "N1", B: "N2" };
const NODES: readonly NodeId[] = ["A", "B"];

export interface PtView {
  readonly connected: boolean;
  readonly deviceUp: boolean;
  readonly node: Record<NodeId, { readonly status: "down" | "up" | "solo"; readonly stale: boolean; readonly flag: boolean }>;
}

interface PtSpecState {
  readonly node: Record<NodeId, { mode: string; epoch: number; flag: boolean }>;
  readonly connected: boolean;
  readonly deviceUp: boolean;
  readonly maxCommitted: number;
}

/** Spec parameters this configuration matches: the workload keeps commits + takeovers within E, faults within F. */
/** Ticks the view must stay unchanged before the workload injects a fault (longer than a pairing handshake). */
const QUIET_TICKS = 15;

export const PT_PARAMS = { E: 8, F: 3, FORCE: false } as const;

export function partitionInTimeAdapter(): Adapter<PtSpecState, SpecAction, PtView> {
  let cluster = new Cluster({ nodes: 2 });
  let rng = new Rng(1);
  let workload = false;
  let faults = 0;
  let commits = 0;
  let seen = 0;
  const open = new Map<number, SpecAction>();
  const pendingOn = new Set<NodeId>();
  let lastView = "";
  let quietSince = 0;
  const observeNow = (): PtView => {
    const max = cluster.pt.maxCommitted;
    const view = (n: NodeId) => {
      const x = cluster.pt.node(NAME[n]);
      const status = !x.up ? "down" : x.mode === "running" && !x.claimingVote && (x.solo || x.durableFlag) ? "solo" : "up";
      return { status, stale: x.durableEpoch < max, flag: x.durableFlag } as const;
    };
    const node = { A: view("A"), B: view("B") };
    // The spec's deviceDown stops a solo node in the same step; the cluster's survivor stops at its next defend. Until
    // then it is shown with the device up (the spec's pre-state): in the spec a solo node implies a reachable device.
    const deviceUp = cluster.env.san.hasPath("N1", WITNESS_DEVICE) || node.A.status === "solo" || node.B.status === "solo";
    return { connected: !cluster.env.net.isPartitioned(), deviceUp, node };
  };

  const perform = (a: SpecAction): void => {
    const n = a.n as NodeId | undefined;
    switch (a.type) {
      case "commit": {
        const id = cluster.submit({ family: "partition-in-time", client: `c-${n}`, node: NAME[n!] });
        open.set(id, a);
        pendingOn.add(n!);
        commits++;
        return;
      }
      case "crash":
        faults++;
        return cluster.inject({ kind: "crash", node: NAME[n!] });
      case "revive":
        return cluster.inject({ kind: "restart", node: NAME[n!] });
      case "partition":
        faults++;
        return cluster.inject({ kind: "partition", groups: [["N1"], ["N2"]] });
      case "heal":
        return cluster.inject({ kind: "heal" });
      case "deviceDown":
        faults++;
        return cluster.inject({ kind: "deviceUnavailable", device: WITNESS_DEVICE, unavailable: true });
      case "deviceUp":
        return cluster.inject({ kind: "deviceUnavailable", device: WITNESS_DEVICE, unavailable: false });
      default:
        throw new Error(`partition-in-time adapter cannot drive ${a.type}`);
    }
  };

  /** The system's own workload: client commits and faults at random ticks, within the spec's bounds. */
  const chooseInjections = (): SpecAction[] => {
    const out: SpecAction[] = [];
    const up = (n: NodeId): boolean => cluster.pt.node(NAME[n]).up;
    // The spec's takeover is one atomic step guarded by "alone"; the cluster's spans a challenge and a disk write.
    // A fault or revive inside that window has no spec order, so the workload holds them until it is decided.
    // Likewise a pairing handshake (join, sync, synced, welcome) is one spec step: faults wait until the view has
    // been quiet for a while, so they land between the spec's atomic steps (DOMAIN §4.1: between any two steps).
    const key = JSON.stringify(observeNow());
    if (key !== lastView) {
      lastView = key;
      quietSince = cluster.now;
    }
    const deciding = NODES.some((n) => cluster.pt.node(NAME[n]).claimingVote) || cluster.now - quietSince < QUIET_TICKS;
    for (const n of NODES) {
      if (up(n) && !pendingOn.has(n) && commits + PT_PARAMS.F + 1 < PT_PARAMS.E && rng.chance(0.04)) out.push({ type: "commit", n });
      if (deciding) continue;
      if (up(n) && faults < PT_PARAMS.F && rng.chance(0.004)) out.push({ type: "crash", n });
      else if (!up(n) && rng.chance(0.02)) out.push({ type: "revive", n });
    }
    const split = cluster.env.net.isPartitioned();
    if (deciding) return out;
    if (!split && faults < PT_PARAMS.F && out.length === 0 && rng.chance(0.002)) out.push({ type: "partition" });
    if (split && rng.chance(0.01)) out.push({ type: "heal" });
    const unreachable = !cluster.env.san.hasPath("N1", WITNESS_DEVICE);
    if (!unreachable && faults < PT_PARAMS.F && out.length === 0 && rng.chance(0.002)) out.push({ type: "deviceDown" });
    // The device comes back only once its loss has shown (a solo survivor noticed it), so the fault is never undone unseen.
    if (unreachable && !observeNow().deviceUp && rng.chance(0.01)) out.push({ type: "deviceUp" });
    return out.filter((a, i) => a.type !== "crash" || out.findIndex((b) => b.type === "crash" || b.type === "partition") === i);
  };

  return {
    spec: "partition-in-time",
    params: PT_PARAMS,
    settleTicks: 150,
    actions: {
      commit: { kind: "operation", doc: "cluster.submit({ family: partition-in-time, node }) — a client commit sent to that node" },
      crash: { kind: "fault", doc: "cluster.inject({ kind: crash, node })" },
      revive: { kind: "fault", doc: "cluster.inject({ kind: restart, node }): the node boots and reads its durable flag" },
      partition: { kind: "fault", doc: "cluster.inject({ kind: partition, groups: [[N1],[N2]] })" },
      heal: { kind: "fault", doc: "cluster.inject({ kind: heal })" },
      becomeSoleSurvivor: { kind: "internal", doc: "heartbeat timeout, then the witness-disk challenge (takeDeviceVote)" },
      startSolo: { kind: "internal", doc: "boot wait expires alone; the node challenges for the vote if its flag is TRUE" },
      join: { kind: "internal", doc: "heartbeats meet; join / sync messages" },
      pairUp: { kind: "internal", doc: "synced message; the survivor clears its flag durably and welcomes the peer" },
      flushFlag: { kind: "internal", doc: "never in the cluster (flag writes are durable); enabled only in PT-M3's spec" },
      deviceDown: { kind: "fault", doc: "cluster.inject({ kind: deviceUnavailable, device: dev:witness }): a solo survivor loses quorum at its next defend and stops, flag TRUE" },
      deviceUp: { kind: "fault", doc: "cluster.inject({ kind: deviceUnavailable, device: dev:witness, unavailable: false }), once the loss has shown" },
      forceStart: { kind: "excluded", doc: "operator action; the configuration has FORCE=false" },
    },
    fields: {
      "node[n].mode": "observed coarsely as status: down (crashed) / solo (running, no vote challenge in flight, as sole survivor or with a durable TRUE flag) / up (every other mode: waiting, lostPeer, synced, paired)",
      "node[n].epoch": "observed as stale = durable epoch < the last acknowledged commit; the value itself is not comparable while a two-node commit is in flight",
      "node[n].flag": "the durable last-surviving flag",
      "node[n].flagCache": "not observed: volatile write-back cache content",
      connected: "the simulated network has no partition",
      deviceUp: "the witness disk is reachable — or a solo node still runs (it has not noticed the loss yet: the spec's pre-state)",
      vote: "not observed: the cluster keeps the witness reservation after re-pairing until the next challenge",
      faults: "not observed: the fault budget, kept by the workload (≤ F)",
      maxCommitted: "ghost (used only through stale)",
      regressed: "ghost",
      forked: "ghost",
      unflaggedSolo: "ghost",
      forced: "ghost",
    },
    reset(seed, options) {
      cluster = new Cluster({ seed, nodes: 2, bugs: (options.bugs ?? []) as BugId[], recordChoices: false });
      rng = new Rng(seed);
      workload = options.workload;
      faults = 0;
      commits = 0;
      seen = 0;
      lastView = "";
      quietSince = 0;
      open.clear();
      pendingOn.clear();
    },
    perform,
    tick(): TickReport {
      const injected = workload ? chooseInjections() : [];
      for (const a of injected) perform(a);
      cluster.runFor(1);
      const finished: SpecAction[] = [];
      const events = cluster.env.history.events;
      for (; seen < events.length; seen++) {
        const e = events[seen]!;
        if (e.type !== "return") continue;
        const a = open.get(e.id);
        if (a === undefined) continue;
        open.delete(e.id);
        pendingOn.delete(a.n as NodeId);
        finished.push(a);
      }
      return { injected, finished };
    },
    observe: observeNow,
    project(s): PtView {
      const view = (n: NodeId) => {
        const x = s.node[n];
        const status = x.mode === "down" ? "down" : x.mode === "solo" ? "solo" : "up";
        return { status, stale: x.epoch < s.maxCommitted, flag: x.flag } as const;
      };
      return { connected: s.connected, deviceUp: s.deviceUp, node: { A: view("A"), B: view("B") } };
    },
    history: () => cluster.history(),
    describe: () => `new Cluster({ seed: ${cluster.seed}, nodes: 2 })`,
  };
}
