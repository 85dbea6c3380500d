/**
 * The reference cluster's single-owner family (src/cluster/single-owner) as a system under test for
 * spec/single-owner.cspec.ts. Nodes n1 and n2 are the cluster's N1 and N2 with one object o0 on device dev:o0
 * (N1 its first owner, each node the other's HA partner) and a quorum witness, so the survivor of a crash or of
 * the other node's LAN loss stays quorate — the spec's quorum layer drops the failed node and keeps the other.
 *
 * The abstraction observes per node: up, LAN (connected to the witness), the object's state (onlining is still
 * offline: it serves nothing); the directory's owner and members; the
 * interconnect; and whether a write from a node without a registration can still land on the device
 * (`strayWrite`: the spec's `io[n] ≠ none ∧ n ∉ reg`, false in every correct-spec state); and whether a key of a
 * non-member is still registered after the owner's defend pass of this epoch (`keptStrangerKey`). The cluster's takeover,
 * handover and recovery take several device commands where the spec takes one step; while one is in flight the
 * abstraction maps the protocol fields to the state before it (a stutter; faults still show), and reports the
 * outcome when it ends.
 * Data: every run's read/write history on o0 must pass the register (stale-read) check.
 */
import { Cluster, SO_WITNESS_HOST, type BugId } from "../../cluster/index.ts";
import type { Adapter, TickReport } from "../adapter.ts";
import type { SpecAction } from "../machine.ts";
import { Rng } from "../rng.ts";

type NodeId = "n1" | "n2";
type Obj = "offline" | "online" | "offlining";
const NODES: readonly NodeId[] = ["n1", "n2"];
const NAME: Record<NodeId, string> = { n1: "N1", n2: "N2" };
const ID: Record<string, NodeId> = { N1: "n1", N2: "n2" };
const other = (n: NodeId): NodeId => (n === "n1" ? "n2" : "n1");
const OBJECT = "o0";
const DEVICE = "dev:o0";

export interface SoView {
  readonly up: Record<NodeId, boolean>;
  readonly lan: Record<NodeId, boolean>;
  readonly obj: Record<NodeId, Obj>;
  readonly mapOwner: NodeId;
  readonly members: readonly NodeId[];
  readonly interconnect: boolean;
  readonly strayWrite: boolean;
  readonly keptStrangerKey: boolean;
}

interface SoSpecState {
  readonly up: Record<NodeId, boolean>;
  readonly lan: Record<NodeId, boolean>;
  readonly obj: Record<NodeId, Obj>;
  readonly holder: NodeId | null;
  readonly mapOwner: NodeId;
  readonly members: ReadonlySet<NodeId>;
  readonly interconnect: boolean;
  readonly io: Record<NodeId, string>;
  readonly reg: ReadonlySet<NodeId>;
  readonly scrubbed: boolean;
}

/** E: epochs a run may reach (faults and recoveries each start one); F: fault budget; G, K: spec defaults. */
export const SO_PARAMS = { E: 8, F: 2, G: 2, K: 2 } as const;
/** Ticks the view must stay unchanged (and no protocol step in flight) before the workload injects a fault. */
const QUIET_TICKS = 40;

export function singleOwnerAdapter(): Adapter<SoSpecState, SpecAction, SoView> {
  let cluster = new Cluster({ nodes: 2, objects: 1, soWitness: true });
  let rng = new Rng(1);
  let workload = false;
  let faults = 0;
  let migrated = false;
  let nextValue = 1;
  let seen = 0;
  let frozen: SoView | null = null;
  /** Nodes whose LAN is cut (the spec's ¬lan[n]): the environment's state, observed as such. */
  const cut = new Set<NodeId>();
  let lastKey = "";
  let quietSince = 0;
  const open = new Map<number, SpecAction>();
  const so = () => cluster.so;

  /** A takeover, handover or recovery is in flight: several cluster steps that the spec takes as one. */
  const busy = (): boolean => so().nodes.some((n) => n.up && (n.takingOver.size > 0 || n.state(OBJECT) === "onlining"));

  const observeNow = (): SoView => {
    const fam = so();
    const dev = fam.devices.get(OBJECT)!;
    const node = (n: NodeId) => fam.nodeNamed(NAME[n]);
    const obj = (n: NodeId): Obj => {
      const st = node(n).up ? node(n).state(OBJECT) : "offline";
      return st === "onlining" ? "offline" : st;
    };
    return {
      up: { n1: node("n1").up, n2: node("n2").up },
      lan: { n1: !cut.has("n1"), n2: !cut.has("n2") },
      obj: { n1: obj("n1"), n2: obj("n2") },
      mapOwner: ID[fam.directory.owner(OBJECT) ?? "N1"]!,
      members: fam.directory.members().map((m) => ID[m.node]!).sort(),
      interconnect: fam.interconnectUp("N1", "N2"),
      strayWrite: dev.liveWriters().some((nexus) => !dev.pr.isRegistered(nexus)),
      keptStrangerKey:
        fam.nodes.some((n) => n.up && n.defendedEpoch.get(OBJECT) === fam.directory.epoch) &&
        dev.pr.registrationEntries().some(([nexus]) => !fam.directory.isMember(fam.directory.epoch, nexus)),
    };
  };

  /**
   * While a multi-command step is in flight, the protocol fields stay as before it (a stutter); the environment's
   * fields (up, LAN, interconnect) are current, and a node that crashed meanwhile has nothing online.
   */
  const observe = (): SoView => {
    const now = observeNow();
    if (!busy()) {
      frozen = null;
      return now;
    }
    frozen ??= now;
    const obj = { n1: now.up.n1 ? frozen.obj.n1 : "offline", n2: now.up.n2 ? frozen.obj.n2 : "offline" } as const;
    return { ...frozen, up: now.up, lan: now.lan, interconnect: now.interconnect, obj };
  };

  const submit = (a: SpecAction | null, req: Parameters<Cluster["submit"]>[0]): void => {
    const id = cluster.submit(req);
    if (a !== null) open.set(id, a);
  };

  /**
   * Applies the cut LANs: each cut node alone, the others together. The spec's quorum layer drops a node only when
   * a live member on the LAN remains to form the next epoch, and a node that is alone drops no one, so the witness
   * sides with the live uncut nodes, or, when there are none, with the live members of the current epoch.
   */
  const regroup = (): void => {
    if (cut.size === 0) return cluster.inject({ kind: "heal" });
    const fam = so();
    const live = NODES.filter((n) => fam.nodeNamed(NAME[n]).up);
    const uncut = NODES.filter((n) => !cut.has(n));
    const witnessWith = live.find((n) => !cut.has(n)) ?? live.find((n) => fam.directory.isMember(fam.directory.epoch, NAME[n]));
    const groups: string[][] = [];
    if (uncut.length > 0) groups.push(uncut.map((n) => NAME[n]));
    for (const n of cut) groups.push([NAME[n]]);
    const side = groups.find((g) => witnessWith !== undefined && g.includes(NAME[witnessWith]));
    if (side !== undefined) side.push(SO_WITNESS_HOST);
    cluster.inject({ kind: "partition", groups });
  };

  const perform = (a: SpecAction): void => {
    const n = a.n as NodeId | undefined;
    switch (a.type) {
      case "writeMeta":
      case "writeData":
        return submit(a, { family: "single-owner", client: `c-${n}`, node: NAME[n!], kind: "write", object: OBJECT, block: a.type === "writeMeta" ? 0 : 4, value: nextValue++ });
      case "clientReq":
        return submit(a, { family: "single-owner", client: `c-${n}`, node: NAME[n!], kind: "read", object: OBJECT, block: 0 });
      case "migVerify":
        migrated = true;
        return submit(a, { family: "single-owner", client: "admin", node: NAME[n!], kind: "migrate", object: OBJECT, target: NAME[other(n!)] });
      case "crash":
        faults++;
        return cluster.inject({ kind: "crash", node: NAME[n!] });
      case "restart":
        return cluster.inject({ kind: "restart", node: NAME[n!] });
      case "partition":
        faults++;
        cut.add(n!);
        return regroup();
      case "heal":
        cut.delete(n!);
        return regroup();
      case "interconnectDown": {
        faults++;
        cluster.inject({ kind: "interconnect", a: "N1", b: "N2", up: false });
        // The interconnect is repaired by the environment (the spec's resync is the system's own step).
        const repair = 30 + Math.floor(rng.next() * 120);
        return cluster.at(cluster.now + repair, () => cluster.inject({ kind: "interconnect", a: "N1", b: "N2", up: true }));
      }
      default:
        throw new Error(`single-owner adapter cannot drive ${a.type}`);
    }
  };

  /** The system's own workload: client reads and writes, one migration, and faults within the budget. */
  const chooseInjections = (): SpecAction[] => {
    const fam = so();
    const up = (n: NodeId): boolean => fam.nodeNamed(NAME[n]).up;
    if (rng.chance(0.15)) {
      const n = rng.pick(NODES);
      const block = Math.floor(rng.next() * 8);
      if (rng.chance(0.5)) submit(null, { family: "single-owner", client: `w-${n}`, node: NAME[n], kind: "write", object: OBJECT, block, value: nextValue++ });
      else submit(null, { family: "single-owner", client: `r-${n}`, node: NAME[n], kind: "read", object: OBJECT, block });
    }
    const key = JSON.stringify(observeNow());
    if (key !== lastKey || busy()) {
      lastKey = key;
      quietSince = cluster.now;
    }
    if (cluster.now - quietSince < QUIET_TICKS) return [];
    const view = observeNow();
    const out: SpecAction[] = [];
    const owner = view.mapOwner;
    if (!migrated && view.obj[owner] === "online" && rng.chance(0.004)) out.push({ type: "migVerify", n: owner });
    else if (faults < SO_PARAMS.F && rng.chance(0.01)) {
      const n = rng.pick(NODES);
      const both = up("n1") && up("n2") && view.lan.n1 && view.lan.n2;
      const r = rng.next();
      if (r < 0.45 && up(n) && view.lan[other(n)]) out.push({ type: "crash", n });
      else if (r < 0.8 && both) out.push({ type: "partition", n });
      else if (view.interconnect && both) out.push({ type: "interconnectDown" });
    } else {
      for (const n of NODES) if (!up(n) && rng.chance(0.01)) out.push({ type: "restart", n });
      if (!view.lan.n1 || !view.lan.n2) if (rng.chance(0.01)) out.push({ type: "heal", n: view.lan.n1 ? "n2" : "n1" });
    }
    return out.slice(0, 1);
  };

  return {
    spec: "single-owner",
    params: SO_PARAMS,
    settleTicks: 120,
    actions: {
      writeMeta: { kind: "operation", doc: "cluster.submit({ kind: write, block 0 (metadata), node }): the owner NV-logs, mirrors, acknowledges and later flushes it" },
      writeData: { kind: "operation", doc: "cluster.submit({ kind: write, block 4 (data), node }): direct I/O under a lease at a non-owner, write-through at the owner" },
      clientReq: { kind: "operation", doc: "cluster.submit({ kind: read, node }): routed by the node's map cache" },
      migVerify: { kind: "operation", doc: "cluster.submit({ kind: migrate, node: source, target: the other node }): cfgOK check, then offlining" },
      land: { kind: "internal", doc: "the device completes an accepted write" },
      reconfigure: { kind: "internal", doc: "membership recomputed detectDelay ticks after a crash or partition (the witness keeps the survivor quorate)" },
      rejoin: { kind: "internal", doc: "membership recomputed after a restart or heal; the node re-registers its key" },
      noticeLoss: { kind: "internal", doc: "onQuorumLost: the node outside the new membership stops all I/O" },
      defend: { kind: "internal", doc: "the owner's defend timer: READ KEYS, PREEMPT AND ABORT invalid keys, READ RESERVATION" },
      challengeStart: { kind: "internal", doc: "takeOverIfSuccessor: the HA partner registers and starts its challenge wait" },
      backOff: { kind: "internal", doc: "the challenger's key is gone or the owner is a member again" },
      takeover: { kind: "internal", doc: "challenge end: PREEMPT AND ABORT the holder, replay the mirror, CAS the map, online" },
      remount: { kind: "internal", doc: "recoverOwnedObject: a restarted owner still holding the reservation replays its NV log" },
      ackOp: { kind: "internal", doc: "the owner acknowledges an NV-logged write (after the mirror, or locally while the interconnect is down)" },
      flushCP: { kind: "internal", doc: "consistency point (flushNvlog timer)" },
      resync: { kind: "internal", doc: "the interconnect comes back (repaired by the environment 30–150 ticks after it went down) and the mirror is resent" },
      migMapUpdate: { kind: "internal", doc: "the drained source compare-and-swaps the map" },
      migDrain: { kind: "internal", doc: "the source's drain and flush complete" },
      migOnline: { kind: "internal", doc: "handover: the destination PREEMPTs the source's key, onlines, the source re-registers" },
      migAbort: { kind: "internal", doc: "the source aborts a migration (lost quorum or the map changed)" },
      propagate: { kind: "internal", doc: "a map broadcast message arrives" },
      forward: { kind: "internal", doc: "route: forward by the map cache" },
      notOwner: { kind: "internal", doc: "NOT_OWNER reply and map refresh" },
      serve: { kind: "internal", doc: "the online owner serves the request" },
      grantLease: { kind: "internal", doc: "lease_req answered by the owner" },
      recallLease: { kind: "internal", doc: "lease expiry or owner change" },
      pathRestore: { kind: "internal", doc: "a path probe succeeds" },
      crash: { kind: "fault", doc: "cluster.inject({ kind: crash, node }) — every role on the node" },
      restart: { kind: "fault", doc: "cluster.inject({ kind: restart, node }) — a new incarnation" },
      partition: { kind: "fault", doc: "cluster.inject({ kind: partition }): each cut node alone, the others with the witness (see regroup): n loses the LAN, keeps the SAN" },
      heal: { kind: "fault", doc: "n's LAN is restored: cluster.inject partition of the remaining cut nodes, or heal" },
      interconnectDown: { kind: "fault", doc: "cluster.inject({ kind: interconnect, N1~N2, up: false }); repaired later by the environment" },
      pathLoss: {
        kind: "excluded",
        doc: "not driven: in the cluster an owner that loses its path fails its consistency point and self-fences (o goes offline), which the spec's pathLoss (redirector only) does not model; and a non-owner's redirected mode is not observable",
      },
      devicePowerCycle: { kind: "excluded", doc: "not driven: the reference device has APTPL=0 (a power cycle drops keys and the reservation) where the spec assumes APTPL=1, and gen is not observed" },
    },
    fields: {
      up: "SoNode.up",
      lan: "the environment: whether the adapter has cut n's LAN (partition(n) until heal(n)). The witness sides with the live uncut nodes, or else with the current members: the spec's quorum layer needs a live member on the LAN to form a new epoch, so a lone node's LAN loss changes nothing (a finding: the spec does not model a lone node losing quorum)",
      quorate: "not observed: the cluster recomputes quorum detectDelay ticks after a fault, the spec's restart decides it at once",
      members: "the directory's current membership (node names, incarnations dropped)",
      prevMembers: "not observed (previous epoch, used only by mutants)",
      epoch: "not observed: bounded by E in the spec; the node set is observed as members",
      obj: "SoNode.state(o0), onlining observed as offline (it serves nothing yet); a crashed node is offline",
      reg: "observed only through strayWrite and keptStrangerKey: between a handover's PREEMPT and the source's re-registration the cluster has the source unregistered, the spec re-registers atomically",
      holder:
        "not observed: a takeover interrupted by a crash after its PREEMPT and before its map update leaves the reservation with a node that never mounted o, a state the spec's one-step takeover cannot reach (the SO-2 half 'whoever has o online holds the reservation' is checked by the spec on every explained state)",
      gen: "not observed: the spec models PRgeneration mod G",
      genOps: "ghost",
      io: "observed as strayWrite = some accepted, unaborted write on the device is from an unregistered nexus (BlockDevice.liveWriters)",
      chal: "not observed: the challenger's wait is internal",
      mapOwner: "the directory's owner of o0",
      cache: "not observed: map caches lag by message delay",
      mig: "not observed (the migration's phase shows as obj and mapOwner)",
      migSrc: "not observed",
      acked: "not observed: the cluster acknowledges many ops, the spec one",
      nvlog: "not observed (NV log contents are checked through the data history)",
      onDisk: "not observed",
      interconnect: "interconnectUp(N1, N2)",
      lease: "not observed",
      redir: "not observed",
      req: "not observed: client requests are checked through the data history",
      reqFwd: "not observed",
      reqDone: "not observed",
      faults: "not observed: the fault budget, kept by the workload (≤ F)",
      work: "not observed: the workload budget (the cluster's writes are judged by the data history)",
      fenced: "ghost",
      scrubbed:
        "observed only as keptStrangerKey = scrubbed ∧ some registered nexus is not a member (the defend pass's postcondition). The spec's header lists scrubbed with the ghosts, but defend's guard reads it: it is the owner's protocol state, which the cluster keeps as SoNode.defendedEpoch (scrubbed = a live node's defendedEpoch(o0) is the directory's epoch). Alone it is not comparable: a crash or restart loses the cluster's record, and the cluster marks it one command after its PREEMPTs",
      takenOver: "ghost",
      staleLog: "ghost",
      bad: "ghost",
    },
    reset(seed, options) {
      cluster = new Cluster({ seed, nodes: 2, objects: 1, soWitness: true, soConfig: { flushEvery: 30 }, bugs: (options.bugs ?? []) as BugId[], recordChoices: false });
      rng = new Rng(seed);
      workload = options.workload;
      faults = 0;
      migrated = false;
      nextValue = 1;
      seen = 0;
      frozen = null;
      cut.clear();
      lastKey = "";
      quietSince = 0;
      open.clear();
      // Slow I/O from one node on some seeds: accepted writes are held in the device (timing, not a spec step).
      if (rng.chance(0.5)) cluster.env.san.setSlow(DEVICE, 20 + Math.floor(rng.next() * 60), rng.pick(["N1", "N2"]));
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
        finished.push(a);
      }
      return { injected, finished };
    },
    observe,
    project(s): SoView {
      return {
        up: { n1: s.up.n1, n2: s.up.n2 },
        lan: { n1: s.lan.n1, n2: s.lan.n2 },
        obj: { n1: s.obj.n1, n2: s.obj.n2 },
        mapOwner: s.mapOwner,
        members: [...s.members].sort(),
        interconnect: s.interconnect,
        strayWrite: NODES.some((n) => s.io[n] !== "none" && !s.reg.has(n)),
        keptStrangerKey: s.scrubbed && [...s.reg].some((n) => !s.members.has(n)),
      };
    },
    dataViolations: () => cluster.violations().filter((v) => v.check === "stale-read"),
    describe: () => `new Cluster({ seed: ${cluster.seed}, nodes: 2, objects: 1, soWitness: true })`,
  };
}
