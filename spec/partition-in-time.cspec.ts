/**
 * partition-in-time — a two-node cluster with a voting device that must never restart from a configuration
 * older than the last commit (amnesia). DOMAIN.md §4.
 *
 * Protocol, and where each part comes from (seed Abstract 8 unless noted):
 * - Nodes A and B keep durable `epoch` (the configuration/commit counter, standing for `cfg`) and a durable
 *   `lastSurviving` flag. While both run (`paired`) a commit writes both nodes atomically.
 * - When a running node loses its peer (crash or partition) it races for the device vote ("a single
 *   surviving cluster node obtains a vote from the voting device"). The winner becomes the sole survivor
 *   with ONE atomic durable write {lastSurviving: TRUE, epoch: epoch+1}: the new membership {n} is itself
 *   the first solo commit, so the flag is durable no later than any solo commit (PT-4). The loser stops.
 * - `revive(n)` boots into `waiting` and reads the durable flag. Alone (peer down or unreachable) with flag
 *   TRUE it may take the device vote and restart (`startSolo`); alone with flag FALSE it waits — "if the
 *   last-surviving flag is set to FALSE, not restarting cluster operations". With the peer reachable it
 *   `join`s: the lower epoch syncs from the higher one (corosync `wait_for_all` style formation).
 * - `pairUp`: only after the sync does the survivor durably clear its flag and release the device vote.
 * - The device vote is a reservation: a lost-peer node may take it only when free (or its own); a node
 *   whose durable flag is TRUE may preempt a crashed holder (it is the last survivor, by PT-3).
 * - Faults (`crash`, `partition`, `deviceDown`) draw from a budget `F` so liveness is judged after
 *   stabilization; `revive`, `heal`, `deviceUp` are recovery actions under weak fairness. A crash may fall
 *   between any two steps (every step is one atomic durable write). Non-durable flag writes are modelled by
 *   `flagCache`, a write-back cache lost in a crash: the base always writes with FUA, so it stays null;
 *   PT-M3 routes the clear through it. `forceStart` (loss-permitted) exists only with `FORCE=true` and
 *   exempts the run from PT-1..PT-3 via the ghost `forced`.
 * Ghosts (judging by history, §0): `maxCommitted`; `regressed` (a sync overwrote a higher epoch);
 * `forked` (a commit started below maxCommitted, so the history is no longer one chain);
 * `unflaggedSolo` (a solo commit happened while the committer's durable flag was FALSE).
 * Parameters: E (epoch bound), F (fault budget), FORCE. Measured (safety + liveness, 1 worker, this machine):
 *   default E=3,F=3 → 1,234 distinct states, ~0.1 s exploration (~0.3 s with liveness);
 *   E=4,F=4 → 2,994 (~0.3 s); E=5,F=6 → 7,320 (~0.6 s); E=6,F=8 → 13,776 (~0.7 s);
 *   FORCE=true → 2,858; E=4,F=4,FORCE=true → 9,176 (~0.7 s).
 */
import { defineSpec, param, t } from "../src/dsl/index.ts";

export const Nodes = ["A", "B"] as const;
export type NodeId = (typeof Nodes)[number];
export const peerOf = (n: NodeId): NodeId => (n === "A" ? "B" : "A");

/** down; waiting (booted, not running); lostPeer (was running, peer gone); solo; synced (joined, not yet paired); paired. */
export const Modes = ["down", "waiting", "lostPeer", "solo", "synced", "paired"] as const;
export type Mode = (typeof Modes)[number];

export interface NodeState {
  readonly mode: Mode;
  readonly epoch: number;
  /** Durable lastSurviving flag. */
  readonly flag: boolean;
  /** A flag write in the disk's volatile write-back cache (lost in a crash); null when none. */
  readonly flagCache: boolean | null;
}
export interface PtState {
  readonly node: Readonly<Record<NodeId, NodeState>>;
  readonly connected: boolean;
  readonly deviceUp: boolean;
  readonly vote: NodeId | null;
  readonly faults: number;
  readonly maxCommitted: number;
  readonly regressed: boolean;
  readonly forked: boolean;
  readonly unflaggedSolo: boolean;
  readonly forced: boolean;
}

export const isRunning = (m: Mode): boolean => m === "solo" || m === "paired";
const isUp = (m: Mode): boolean => m !== "down";
/** What the node believes its flag is: a cached write if any, else the durable value. */
export const believedFlag = (me: NodeState): boolean => me.flagCache ?? me.flag;
const setNode = (s: PtState, n: NodeId, patch: Partial<NodeState>): PtState => ({ ...s, node: { ...s.node, [n]: { ...s.node[n], ...patch } } });
/** n cannot reach its peer: the peer is down or the link is cut. */
const alone = (s: PtState, n: NodeId): boolean => !isUp(s.node[peerOf(n)].mode) || !s.connected;
/** Record a commit that moves `n` from epoch e to e+1 (ghosts: maxCommitted, forked). */
const noteCommit = (s: PtState, from: number): PtState => ({
  ...s,
  maxCommitted: Math.max(s.maxCommitted, from + 1),
  forked: s.forked || from < s.maxCommitted,
});
/** Losing the peer stops a running or joining node at once (it no longer has quorum). */
const dropPeer = (s: PtState, n: NodeId): PtState => {
  const m = s.node[n].mode;
  return m === "paired" || m === "synced" ? setNode(s, n, { mode: "lostPeer" }) : s;
};

/** How a flag is cleared at pairUp. Base: a durable (FUA) write. */
export type ClearFlag = (s: PtState, n: NodeId) => PtState;
export const clearFlagDurably: ClearFlag = (s, n) => setNode(s, n, { flag: false, flagCache: null });
/** pairUp's effect, with the flag-clearing write as a parameter (PT-M2 and PT-M3 swap it). */
export const pairUpWith =
  (clear: ClearFlag) =>
  (s: PtState, { n }: { n: NodeId }): PtState => {
    const p = peerOf(n);
    let out = s;
    for (const x of [n, p] as const) if (out.node[x].flag || believedFlag(out.node[x])) out = clear(out, x);
    out = setNode(setNode(out, n, { mode: "paired" }), p, { mode: "paired" });
    return { ...out, vote: null };
  };

/** Which node the joiner and its peer sync from. Base: the higher epoch (ties: the peer). */
export type SyncSource = (s: PtState, joiner: NodeId, peer: NodeId) => NodeId;
export const higherEpoch: SyncSource = (s, joiner, peer) => (s.node[joiner].epoch > s.node[peer].epoch ? joiner : peer);
/** join's effect, with the sync direction as a parameter (PT-M4 swaps it). */
export const joinWith =
  (source: SyncSource) =>
  (s: PtState, { n }: { n: NodeId }): PtState => {
    const p = peerOf(n);
    const src = source(s, n, p);
    const dst = peerOf(src);
    const e = s.node[src].epoch;
    let out: PtState = { ...s, regressed: s.regressed || s.node[dst].epoch > e };
    out = setNode(out, dst, { epoch: e });
    out = setNode(out, n, { mode: "synced" });
    return out.node[p].mode === "solo" ? out : setNode(out, p, { mode: "synced" });
  };

const nodeInit: NodeState = { mode: "paired", epoch: 0, flag: false, flagCache: null };

export default defineSpec({
  name: "partition-in-time",
  description: "Two nodes and a voting device; a last-surviving flag keeps a revived node from starting at a stale epoch.",
  params: {
    E: param.int(3, { min: 1, max: 8, doc: "epoch bound" }),
    F: param.int(3, { min: 0, max: 8, doc: "fault budget (crash, partition, deviceDown)" }),
    FORCE: param.bool(false, { doc: "enable forceStart (loss-permitted)" }),
  },
  sets: () => ({ Node: Nodes as unknown as readonly NodeId[] }),
  state: ({ params, sets }) => {
    const node = t.struct({ mode: t.enum(...Modes), epoch: t.int(0, params.E), flag: t.boolean, flagCache: t.option(t.boolean) });
    return t.struct({
      node: t.record(sets.Node, node),
      connected: t.boolean,
      deviceUp: t.boolean,
      vote: t.option(t.id(sets.Node)),
      faults: t.int(0, params.F),
      maxCommitted: t.int(0, params.E),
      regressed: t.boolean,
      forked: t.boolean,
      unflaggedSolo: t.boolean,
      forced: t.boolean,
    }) as never;
  },
  init: (): PtState => ({
    node: { A: nodeInit, B: nodeInit },
    connected: true,
    deviceUp: true,
    vote: null,
    faults: 0,
    maxCommitted: 0,
    regressed: false,
    forked: false,
    unflaggedSolo: false,
    forced: false,
  }),
  actions: {
    commit: {
      doc: "A running node commits: paired, both nodes atomically; solo, only after its durable TRUE flag.",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }, { params }) => {
        const me = s.node[n];
        if (me.epoch >= params.E) return false;
        // A survivor freezes its configuration while a joiner is synced, until pairUp.
        if (me.mode === "solo") return believedFlag(me) && s.node[peerOf(n)].mode !== "synced";
        return me.mode === "paired" && s.node[peerOf(n)].mode === "paired" && s.connected;
      },
      apply: (s: PtState, { n }: { n: NodeId }) => {
        const me = s.node[n];
        const out = noteCommit(s, me.epoch);
        if (me.mode === "solo") return { ...setNode(out, n, { epoch: me.epoch + 1 }), unflaggedSolo: out.unflaggedSolo || !me.flag };
        return setNode(setNode(out, n, { epoch: me.epoch + 1 }), peerOf(n), { epoch: me.epoch + 1 });
      },
    },
    becomeSoleSurvivor: {
      doc: "A node that lost its peer takes the free device vote and writes {flag TRUE, epoch+1} atomically; if the vote is taken it stops.",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }, { params }) =>
        s.node[n].mode === "lostPeer" && alone(s, n) && s.deviceUp && (s.vote !== null && s.vote !== n ? true : s.node[n].epoch < params.E),
      apply: (s: PtState, { n }: { n: NodeId }) => {
        if (s.vote !== null && s.vote !== n) return setNode(s, n, { mode: "waiting" });
        const me = s.node[n];
        const out = noteCommit(s, me.epoch);
        return { ...setNode(out, n, { mode: "solo", flag: true, flagCache: null, epoch: me.epoch + 1 }), vote: n };
      },
    },
    startSolo: {
      doc: "A revived node alone with durable flag TRUE takes the device vote and restarts; with FALSE it waits.",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }) =>
        s.node[n].mode === "waiting" && alone(s, n) && s.deviceUp && s.node[n].flag && (s.vote === null || s.vote === n || !isUp(s.node[s.vote].mode)),
      apply: (s: PtState, { n }: { n: NodeId }) => ({ ...setNode(s, n, { mode: "solo" }), vote: n }),
    },
    join: {
      doc: "A booted or lost-peer node joins a reachable peer; the lower epoch syncs from the higher.",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }) => {
        const p = s.node[peerOf(n)].mode;
        const m = s.node[n].mode;
        return s.connected && (m === "waiting" || m === "lostPeer") && (p === "waiting" || p === "lostPeer" || p === "solo");
      },
      apply: joinWith(higherEpoch),
    },
    pairUp: {
      doc: "After the sync the survivor durably clears its flag, releases the device vote, and both run paired.",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }) => {
        const m = s.node[n].mode;
        return s.connected && (m === "solo" || m === "synced") && s.node[peerOf(n)].mode === "synced";
      },
      apply: pairUpWith(clearFlagDurably),
    },
    flushFlag: {
      doc: "The disk destages a cached flag write (never enabled in the base: it writes with FUA).",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }) => s.node[n].flagCache !== null,
      apply: (s: PtState, { n }: { n: NodeId }) => setNode(s, n, { flag: s.node[n].flagCache!, flagCache: null }),
    },
    forceStart: {
      doc: "Operator force-start of a waiting node (loss-permitted; only with FORCE).",
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }, { params }) => params.FORCE && s.node[n].mode === "waiting" && alone(s, n) && s.deviceUp && s.node[n].epoch < params.E,
      apply: (s: PtState, { n }: { n: NodeId }) => {
        const me = s.node[n];
        return { ...setNode(noteCommit(s, me.epoch), n, { mode: "solo", flag: true, flagCache: null, epoch: me.epoch + 1 }), vote: n, forced: true };
      },
    },
    crash: {
      fault: true,
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }, { params }) => s.faults < params.F && isUp(s.node[n].mode),
      apply: (s: PtState, { n }: { n: NodeId }) => ({ ...dropPeer(setNode(s, n, { mode: "down", flagCache: null }), peerOf(n)), faults: s.faults + 1 }),
    },
    revive: {
      over: { n: "Node" },
      guard: (s: PtState, { n }: { n: NodeId }) => s.node[n].mode === "down",
      apply: (s: PtState, { n }: { n: NodeId }) => setNode(s, n, { mode: "waiting" }),
    },
    partition: {
      fault: true,
      guard: (s: PtState, _a, { params }) => s.faults < params.F && s.connected,
      apply: (s: PtState) => ({ ...dropPeer(dropPeer(s, "A"), "B"), connected: false, faults: s.faults + 1 }),
    },
    heal: { guard: (s: PtState) => !s.connected, apply: (s: PtState) => ({ ...s, connected: true }) },
    deviceDown: {
      fault: true,
      doc: "The voting device becomes unavailable; a solo node loses quorum and stops (its flag stays TRUE).",
      guard: (s: PtState, _a, { params }) => s.faults < params.F && s.deviceUp,
      apply: (s: PtState) => {
        let out: PtState = { ...s, deviceUp: false, faults: s.faults + 1 };
        // A joiner synced to a stopping survivor aborts its join too.
        for (const n of Nodes) if (out.node[n].mode === "solo") out = setNode(setNode(out, n, { mode: "waiting" }), peerOf(n), s.node[peerOf(n)].mode === "synced" ? { mode: "waiting" } : {});
        return out;
      },
    },
    deviceUp: { guard: (s: PtState) => !s.deviceUp, apply: (s: PtState) => ({ ...s, deviceUp: true }) },
  },
  // Declaration order matters: when one state breaks several, the first is reported (PT-2 before PT-3).
  invariants: {
    noStaleRun: {
      id: "PT-1",
      statement: "A running node has epoch ≥ maxCommitted, the history is one chain, and no sync overwrote a higher epoch with a lower one.",
      check: (s: PtState) => s.forced || (!s.regressed && !s.forked && Nodes.every((n) => !isRunning(s.node[n].mode) || s.node[n].epoch >= s.maxCommitted)),
    },
    flagMeansLatest: {
      id: "PT-2",
      statement: "A durable TRUE last-surviving flag implies the node's epoch equals maxCommitted.",
      check: (s: PtState) => s.forced || Nodes.every((n) => !s.node[n].flag || s.node[n].epoch === s.maxCommitted),
    },
    oneSurvivorFlag: {
      id: "PT-3",
      statement: "The two last-surviving flags are never durably TRUE together.",
      check: (s: PtState) => s.forced || !(s.node.A.flag && s.node.B.flag),
    },
    soloCommitFlagged: {
      id: "PT-4",
      statement: "Every solo commit follows a durable TRUE last-surviving flag.",
      check: (s: PtState) => !s.unflaggedSolo,
    },
  },
  sometimes: {
    refusedStart: {
      statement: "A revived node alone with flag FALSE waits while its (down) peer's epoch is higher.",
      check: (s: PtState) =>
        Nodes.some((n) => s.node[n].mode === "waiting" && !s.node[n].flag && s.node[peerOf(n)].mode === "down" && s.node[peerOf(n)].epoch > s.node[n].epoch),
    },
    soloRestart: {
      statement: "A revived node with flag TRUE restarted alone on the device vote.",
      check: (s: PtState) => Nodes.some((n) => s.node[n].mode === "solo" && s.node[peerOf(n)].mode === "down" && s.vote === n && s.faults >= 2),
    },
    soloCommit: {
      statement: "A sole survivor committed beyond its takeover epoch.",
      check: (s: PtState) => Nodes.some((n) => s.node[n].mode === "solo" && s.node[n].flag && s.node[n].epoch >= 2),
    },
    formedFromHigher: {
      statement: "The pair re-formed after a sole survivor ran: both paired at maxCommitted ≥ 1.",
      check: (s: PtState) => Nodes.every((n) => s.node[n].mode === "paired" && s.node[n].epoch === s.maxCommitted) && s.maxCommitted >= 1,
    },
    partitionRaceLost: {
      statement: "After a partition one node holds the vote while the other, having lost the race, waits.",
      check: (s: PtState) => !s.connected && Nodes.some((n) => s.node[n].mode === "solo" && s.node[peerOf(n)].mode === "waiting"),
    },
  },
  liveness: {
    loneTrueRestarts: {
      kind: "leadsTo",
      statement: "A booted node with durable flag TRUE and the device reachable eventually runs (solo or paired).",
      from: (s: PtState) => s.deviceUp && Nodes.some((n) => s.node[n].mode === "waiting" && s.node[n].flag),
      to: (s: PtState) => Nodes.some((n) => isRunning(s.node[n].mode)),
    },
    connectedForm: {
      kind: "leadsTo",
      statement: "Two connected booted nodes form a pair at the higher epoch.",
      from: (s: PtState) => s.connected && Nodes.every((n) => s.node[n].mode === "waiting"),
      // A forced start is loss-permitted and may split the pair for good: out of scope.
      to: (s: PtState) => s.forced || Nodes.every((n) => s.node[n].mode === "paired" && s.node[n].epoch === s.maxCommitted),
    },
    lostPeerResolves: {
      kind: "leadsTo",
      statement: "A node that lost its peer eventually runs or waits (it never stays undecided).",
      from: (s: PtState) => Nodes.some((n) => s.node[n].mode === "lostPeer"),
      to: (s: PtState) => Nodes.every((n) => s.node[n].mode !== "lostPeer"),
    },
  },
  fairness: ["becomeSoleSurvivor", "startSolo", "join", "pairUp", "flushFlag", "revive", "heal", "deviceUp"],
  deadlock: false,
});
