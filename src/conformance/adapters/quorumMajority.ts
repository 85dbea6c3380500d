/**
 * The reference cluster's quorum-majority family (src/cluster/quorum) as a system under test for
 * spec/quorum-majority.cspec.ts. Nodes n1 and n2 are the cluster's N1 and N2. Each seed runs one configuration of
 * the spec's three: a replica set of 3 or 4 members (r1..rm, ReplicaNode arbitration on non-enforcing members) or
 * the two-node cluster with a voting device (VoteNode, the device vote a WE-RO reservation).
 *
 * Replica sets — observed: the configuration, per node up / paused / running (formed, and not already doomed to
 * step down: its own quorum test still passes on its available reconciled members), the link, per member
 * availability, and whether some member is owned by both nodes. Ownership itself is not compared: the cluster
 * drops a member whose renewal fails and re-takes it when it returns, where the spec keeps owning it unavailable.
 * Two-node — observed: up / paused, the link, and per node whether it runs the cluster: it holds the device vote
 * (its cached grant confirmed by the device) or is connected to a live peer; updates are judged on the data.
 * Data: every run's update/read history must pass the register (stale-read) check.
 */
import { Cluster, type BugId } from "../../cluster/index.ts";
import { VOTE_DEVICE } from "../../cluster/quorum/two-node-vote.ts";
import type { Adapter, TickReport } from "../adapter.ts";
import type { SpecAction } from "../machine.ts";
import { Rng } from "../rng.ts";

type NodeId = "n1" | "n2";
type MemberId = "r1" | "r2" | "r3" | "r4";
const NODES: readonly NodeId[] = ["n1", "n2"];
const MEMBERS: readonly MemberId[] = ["r1", "r2", "r3", "r4"];
const NAME: Record<NodeId, string> = { n1: "N1", n2: "N2" };
const peer = (n: NodeId): NodeId => (n === "n1" ? "n2" : "n1");

export interface QmView {
  readonly conf: readonly MemberId[];
  readonly twoNode: boolean;
  readonly up: Record<NodeId, boolean>;
  readonly paused: Record<NodeId, boolean>;
  readonly link: boolean;
  readonly avail: Partial<Record<MemberId, boolean>>;
  readonly claim: Record<NodeId, boolean>;
  readonly doubleOwned: boolean;
  /** Two-node: the device vote's holder (the reservation on dev:vote). */
  readonly grantee: NodeId | null;
  /** Two-node: a commit succeeded although its node, throughout, was cut off from its peer and the device vote was not its own. */
  readonly cutOffCommit: boolean;
}

interface QmSpecState {
  readonly conf: ReadonlySet<MemberId>;
  readonly twoNode: boolean;
  readonly up: Record<NodeId, boolean>;
  readonly paused: Record<NodeId, boolean>;
  readonly link: boolean;
  readonly avail: Record<MemberId, boolean>;
  readonly claim: Record<NodeId, boolean>;
  readonly owned: Record<NodeId, ReadonlySet<MemberId>>;
  readonly grantee: NodeId | null;
}

/** E: formations a run may reach; F: fault budget (restart is a fault in the spec); U: spec default; all configurations. */
export const QM_PARAMS = { E: 8, F: 6, U: 1, CONFIG: "all" } as const;
/** Ticks the view must stay unchanged before the workload injects a fault (longer than a challenge wait). */
const QUIET_TICKS = 60;
/** Longest pause (the cluster's Pmax). */
const PMAX = 30;

export function quorumMajorityAdapter(): Adapter<QmSpecState, SpecAction, QmView> {
  let cluster = new Cluster({ nodes: 2, replicaMembers: 3 });
  let m = 3;
  let twoNode = false;
  let cutOffCommit = false;
  let seen = 0;
  const commitAt = new Map<number, { n: NodeId; backed: boolean }>();
  let rng = new Rng(1);
  let workload = false;
  let faults = 0;
  let nextValue = 1;
  let lastKey = "";
  let quietSince = 0;
  const down = new Set<MemberId>();
  const conf = (): MemberId[] => MEMBERS.slice(0, m);
  const qm = () => cluster.qm;

  /**
   * A voter counts as paused once its commands already at the device have completed: the device acts on them during
   * the pause (in-flight I/O completes), which the spec orders before its Pause step.
   */
  const stalled = (v: { up: boolean; node: string; isPaused(): boolean }): boolean =>
    v.up && v.isPaused() && cluster.env.san.inFlightFrom(v.node, VOTE_DEVICE) === 0;

  const observeTwoNode = (): QmView => {
    const fam = qm();
    const v = (n: NodeId) => fam.voter(NAME[n]);
    const holder = cluster.env.san.device(VOTE_DEVICE).pr.currentReservation()?.holder;
    return {
      conf: [],
      twoNode: true,
      up: { n1: v("n1").up, n2: v("n2").up },
      paused: { n1: stalled(v("n1")), n2: stalled(v("n2")) },
      link: !cluster.env.net.isPartitioned(),
      avail: {},
      claim: { n1: false, n2: false },
      doubleOwned: false,
      grantee: holder === "N1" ? "n1" : holder === "N2" ? "n2" : null,
      cutOffCommit,
    };
  };

  const observeNow = (): QmView => {
    if (twoNode) return observeTwoNode();
    const fam = qm();
    const node = (n: NodeId) => fam.node(NAME[n]);
    const avail: Partial<Record<MemberId, boolean>> = {};
    for (const r of conf()) avail[r] = !down.has(r);
    const running = (n: NodeId): boolean => {
      const x = node(n);
      if (!x.up || !x.formed) return false;
      return x.hasMajority([...x.reconciled].filter((r) => !down.has(r as MemberId)).length);
    };
    const owned = (n: NodeId): ReadonlySet<string> => (node(n).up ? node(n).owned : new Set());
    return {
      conf: conf(),
      twoNode: false,
      up: { n1: node("n1").up, n2: node("n2").up },
      paused: { n1: node("n1").up && node("n1").isPaused(), n2: node("n2").up && node("n2").isPaused() },
      link: !cluster.env.net.isPartitioned(),
      avail,
      claim: { n1: running("n1"), n2: running("n2") },
      doubleOwned: [...owned("n1")].some((r) => owned("n2").has(r)),
      grantee: null,
      cutOffCommit: false,
    };
  };

  /**
   * Two-node: judge every successful commit over its whole interval (see cutOffCommit). A commit counts against the
   * cluster only if, at every tick from invoke to return, its node was cut off from its peer and the device vote was
   * another's: then no peer vote and no device vote backed it at any instant.
   */
  const noteCommits = (): void => {
    const view = observeTwoNode();
    const events = cluster.env.history.events;
    for (; seen < events.length; seen++) {
      const e = events[seen]!;
      if (e.type === "invoke") {
        if (e.op === "commit") commitAt.set(e.id, { n: e.node === "N1" ? "n1" : "n2", backed: false });
        continue;
      }
      const c = commitAt.get(e.id);
      if (c === undefined) continue;
      commitAt.delete(e.id);
      if (e.outcome === "ok" && !c.backed && !backedNow(view, c.n)) cutOffCommit = true;
    }
    for (const c of commitAt.values()) c.backed ||= backedNow(view, c.n);
  };
  const backedNow = (view: QmView, n: NodeId): boolean => (view.link && view.up[peer(n)]) || view.grantee === n;

  /** Recoveries the spec leaves to the system (Heal, MemberUp, Resume): the environment repairs them later. */
  const repairLater = (run: () => void): void => {
    const at = cluster.now + 30 + Math.floor(rng.next() * 120);
    cluster.at(at, run);
  };

  const perform = (a: SpecAction): void => {
    const n = a.n as NodeId | undefined;
    const r = a.r as MemberId | undefined;
    switch (a.type) {
      case "Commit":
        return void cluster.submit({ family: "quorum-majority", client: `c-${n}`, node: NAME[n!], kind: twoNode ? "commit" : "update", value: nextValue++ });
      case "Read":
        return void cluster.submit({ family: "quorum-majority", client: `c-${n}`, node: NAME[n!], kind: "read" });
      case "Crash":
        faults++;
        return cluster.inject({ kind: "crash", node: NAME[n!] });
      case "Restart":
        faults++;
        return cluster.inject({ kind: "restart", node: NAME[n!] });
      case "Pause":
        faults++;
        return cluster.inject({ kind: "pause", node: NAME[n!], ticks: 5 + Math.floor(rng.next() * (PMAX - 5)) });
      case "Partition":
        faults++;
        cluster.inject({ kind: "partition", groups: [["N1"], ["N2"]] });
        return repairLater(() => cluster.inject({ kind: "heal" }));
      case "MemberDown":
        faults++;
        down.add(r!);
        cluster.inject({ kind: "deviceUnavailable", device: r!, unavailable: true });
        return repairLater(() => {
          down.delete(r!);
          cluster.inject({ kind: "deviceUnavailable", device: r!, unavailable: false });
        });
      default:
        throw new Error(`quorum-majority adapter cannot drive ${a.type}`);
    }
  };

  /** The system's own workload: updates and reads at either node, and faults within the budget. */
  const chooseInjections = (): SpecAction[] => {
    const fam = qm();
    const up = (n: NodeId): boolean => fam.node(NAME[n]).up;
    if (rng.chance(0.05)) {
      const n = rng.pick(NODES);
      if (twoNode) cluster.submit({ family: "quorum-majority", client: `c-${n}`, node: NAME[n], kind: "commit", value: nextValue++ });
      else if (rng.chance(0.5)) cluster.submit({ family: "quorum-majority", client: `u-${n}`, node: NAME[n], kind: "update", value: nextValue++ });
      else cluster.submit({ family: "quorum-majority", client: `r-${n}`, node: NAME[n], kind: "read" });
    }
    const key = JSON.stringify(observeNow());
    if (key !== lastKey) {
      lastKey = key;
      quietSince = cluster.now;
    }
    // Two-node: the spec's ArbiterLost (a lapsed grant) is the system's own step and draws on the budget too.
    const budget = twoNode ? QM_PARAMS.F - 2 : QM_PARAMS.F;
    if (cluster.now - quietSince < QUIET_TICKS || faults >= budget || !rng.chance(0.01)) return [];
    const view = observeNow();
    const n = rng.pick(NODES);
    const x = rng.next();
    if (!up(n)) return [{ type: "Restart", n }];
    if (x < 0.3 && up(peer(n))) return [{ type: "Crash", n }];
    if (x < 0.55 && !view.paused[n]) return [{ type: "Pause", n }];
    if (x < 0.7 && view.link) return [{ type: "Partition" }];
    if (twoNode) return [];
    const r = rng.pick(conf());
    if (!down.has(r) && down.size === 0) return [{ type: "MemberDown", r }];
    return [];
  };

  return {
    spec: "quorum-majority",
    params: QM_PARAMS,
    settleTicks: 150,
    actions: {
      Acquire: { kind: "internal", doc: "ReplicaNode.arbitrate: claim a member whose heartbeat stood still for the challenge wait, confirm the claim" },
      Release: { kind: "internal", doc: "not taken by the cluster (a node keeps renewing what it owns); allowed, never forced" },
      Grant: { kind: "internal", doc: "VoteNode.challenge: RESERVE (or PREEMPT AND ABORT a holder that did not defend within W) on the voting device" },
      Revoke: { kind: "internal", doc: "the half of a PREEMPT AND ABORT that ends the old holder's reservation" },
      Form: { kind: "internal", doc: "ReplicaNode.tryForm with a majority owned: read all, copy the newest (epoch, seq), write epoch+1" },
      Commit: { kind: "operation", doc: "cluster.submit({ kind: update, node }) — also commit at a two-node voter" },
      Read: { kind: "operation", doc: "cluster.submit({ kind: read, node }): read from a reconciled member" },
      Reconcile: { kind: "internal", doc: "ReplicaNode.reconcile of an owned, unreconciled member (renewal timer)" },
      Crash: { kind: "fault", doc: "cluster.inject({ kind: crash, node })" },
      Restart: { kind: "fault", doc: "cluster.inject({ kind: restart, node })" },
      Pause: { kind: "fault", doc: "cluster.inject({ kind: pause, node, ticks ≤ Pmax = 30 }): in-flight I/O still completes" },
      Resume: { kind: "internal", doc: "the pause ends" },
      Partition: { kind: "fault", doc: "cluster.inject({ kind: partition, groups: [[N1], [N2]] }); healed by the environment 30–150 ticks later" },
      Heal: { kind: "internal", doc: "the environment heals the partition" },
      MemberDown: { kind: "fault", doc: "cluster.inject({ kind: deviceUnavailable, device: r }); back 30–150 ticks later" },
      MemberUp: { kind: "internal", doc: "the environment makes the member available again (with whatever it stored)" },
      ArbiterLost: {
        kind: "internal",
        doc: "two-node: a holder that crashed, or stalled past the challenger's wait, has lost its grant — the cluster's own step, not injected (its budget is reserved by the workload)",
      },
    },
    fields: {
      conf: "the configuration of this seed (replicaMembers)",
      twoNode: "the configuration of this seed",
      up: "ReplicaNode.up",
      paused: "Actor.isPaused(); a two-node voter only once its commands in flight at the vote device have completed (the device acts on them during the pause, the spec orders them before Pause)",
      link: "the network has no partition",
      claim:
        "two-node: not compared (both connected voters commit, the spec names one leader); observed as cutOffCommit = some commit returned ok although, at every tick from its invoke to its return, its node was cut off from its peer (partition or peer down) and the device vote was another's — in the spec, claim[n] ∧ (¬link ∨ ¬up[peer]) ∧ grantee ≠ n. Replica sets: ReplicaNode.formed, and its own quorum test still passes on its available reconciled members (a leader whose members went away steps down at its next renewal in the cluster, at once in the spec)",
      ep: "not observed: formation epochs are judged by the spec's Q-4 on explained states",
      owned: "observed only as doubleOwned (some member in both nodes' owned sets): the cluster drops a member whose renewal fails, the spec keeps owning it while unavailable",
      rec: "not observed (reconciled sets show through claim and the data history)",
      auth: "not observed: the authoritative state is judged through the data history",
      cached: "not observed: a VoteNode's holdsVote may lag a preemption by one defend period (bug-free nodes confirm it before committing)",
      grantee: "two-node: the reservation holder of dev:vote; replica sets: null (the vote device runs unobserved)",
      devEpoch: "not observed",
      avail: "whether the adapter made the member unavailable (deviceUnavailable) — members of the configuration only",
      mep: "not observed: a formation writes member epochs one command at a time",
      log: "not observed: judged through the data history",
      issued: "not observed: the spec bounds updates by U",
      acked: "ghost",
      prevFormed: "ghost",
      lastFormed: "ghost",
      staleUse: "ghost",
      faults: "not observed: the fault budget, kept by the workload (≤ F)",
    },
    reset(seed, options) {
      twoNode = seed % 3 === 0;
      m = twoNode ? 0 : seed % 2 === 1 ? 3 : 4;
      cluster = new Cluster({ seed, nodes: 2, replicaMembers: Math.max(m, 3), bugs: (options.bugs ?? []) as BugId[], recordChoices: false });
      rng = new Rng(seed);
      workload = options.workload;
      faults = 0;
      nextValue = 1;
      lastKey = "";
      quietSince = 0;
      down.clear();
      cutOffCommit = false;
      seen = 0;
      commitAt.clear();
    },
    perform,
    tick(): TickReport {
      const injected = workload ? chooseInjections() : [];
      for (const a of injected) perform(a);
      if (twoNode) noteCommits();
      cluster.runFor(1);
      if (twoNode) noteCommits();
      return { injected, finished: [] };
    },
    observe: observeNow,
    project(s): QmView {
      const c = MEMBERS.filter((r) => s.conf.has(r));
      const avail: Partial<Record<MemberId, boolean>> = {};
      for (const r of c) avail[r] = s.avail[r];
      return {
        conf: c,
        twoNode: s.twoNode,
        up: { n1: s.up.n1, n2: s.up.n2 },
        paused: { n1: s.paused.n1, n2: s.paused.n2 },
        link: s.link,
        avail,
        claim: s.twoNode ? { n1: false, n2: false } : { n1: s.claim.n1, n2: s.claim.n2 },
        doubleOwned: MEMBERS.some((r) => s.owned.n1.has(r) && s.owned.n2.has(r)),
        grantee: s.twoNode ? s.grantee : null,
        cutOffCommit: s.twoNode && NODES.some((n) => s.claim[n] && (!s.link || !s.up[peer(n)]) && s.grantee !== n),
      };
    },
    dataViolations: () => cluster.violations().filter((v) => v.check === "stale-read"),
    describe: () => `new Cluster({ seed: ${cluster.seed}, nodes: 2${twoNode ? "" : `, replicaMembers: ${m}`} }) (${twoNode ? "two-node with the voting device" : `replica set m=${m}`})`,
  };
}
