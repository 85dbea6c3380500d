/**
 * quorum-majority — a cluster runs only while one node holds a majority of the votes: replica members it
 * owns by arbitration (seed Abstract 7) or, in the two-node configuration, node votes plus a voting device
 * (seed Abstract 8). DOMAIN.md §3.
 *
 * Protocol, and where each part comes from:
 * - Configurations (constant per run, one initial state each, so every DOMAIN.md mutant fails at the
 *   default parameters): `m3` and `m4` — replica sets of 3 and 4 members, votes are members (Abstract 7,
 *   "a cluster operates when one node possesses a majority of replica members"); `twoNode` — two nodes
 *   plus a voting device, V=3, so a lone survivor needs the device vote (Abstract 8). `conf` is a state
 *   field (not a parameter) so members stay interchangeable under symmetry.
 * - Members (durable, on shared storage): `avail`, `mep` (the epoch header) and `log` (the committed updates;
 *   `(mep, |log|)` is DOMAIN's `(epoch, seq)`). Nodes (volatile, lost in a crash): `owned` (members it won
 *   in arbitration), `rec` (members it has reconciled in its formation), `auth` (its copy of the
 *   authoritative state), `ep`, `claim` (it runs the cluster: it is its partition's quorate leader), and
 *   `cached` (its cached device grant). The device keeps `grantee` and `devEpoch` durably.
 * - Arbitration per member (Abstract 7's challenge/defend, MSCS timing: renew every D, challenger waits
 *   W): `Acquire` succeeds unless a live owner renews within the challenger's wait. Every owner defends;
 *   a crashed one cannot. A paused owner (`Pause`, a stall of at most PMAX) still renews in time iff
 *   W > D + PMAX + δ (`defenderRenewsInTime`); QM-3 breaks exactly this bound. The challenge/defend
 *   outcome is thereby folded into one atomic step; reservation loss on a member power cycle is subsumed
 *   (a challenger always waits W, so a lost reservation is re-taken by a live defender first). Lamport's
 *   fast path is not modelled separately (it only shortens the uncontended case).
 * - Form: with a majority of votes, take the newest `(epoch, seq)` among owned available members, copy it
 *   to the lagging ones, write epoch = max+1 to all of them (a majority), then run. Update (`Commit`):
 *   acknowledged when durable on > m/2 configured members; writes go only to reconciled members, and a
 *   member that becomes unavailable leaves `rec` (its write failed). `Read`: only from reconciled members.
 *   `Reconcile` copies the authoritative state onto an owned member. A node that is in contact with a
 *   running leader joins it instead of contending (`Release`, and no `Acquire`/`Form`).
 * - Step down: every event that can lower a count (crash, partition, member loss, arbiter loss) ends with
 *   `settle`, which stops at once every leader that is no longer quorate (it releases its members).
 *   Pauses are shorter than the membership timeout (the same bound), so a paused peer still votes.
 * - Device vote (Abstract 8 / qdevice): `Grant` gives the free vote to one node (reservation: one
 *   `grantee`); revocation is timeout-based: the node's cached grant expires (`ArbiterLost`, or a crash)
 *   before the device's (`Revoke`), a stated assumption that QM-4 breaks.
 * - Faults draw from a budget F (crash, restart, pause, partition, member unavailable, arbiter lost) so
 *   liveness is judged after stabilization; recovery (`Heal`, `MemberUp`, `Resume`) is weakly fair.
 * Ghosts (judging by history, DOMAIN.md §0): `acked` (acknowledged updates), `prevFormed`/`lastFormed`
 * (the last two formation epochs), `staleUse` (a read returned, or an acknowledgement counted, a member
 * missing an acknowledged update).
 *
 * Messages (heartbeats, membership) are abstracted: `link` carries them, a partition loses them all, and
 * delay is bounded by the timing assumption above.
 *
 * Parameters: E (epoch bound), F (fault budget), U (updates), CONFIG (which configurations). Symmetry: Node
 * and Member (members are interchangeable because `conf` is state). Liveness runs on the unreduced graph
 * (up to 48× the symmetric count), which dominates time and memory. Measured on 2 cores, one worker:
 *   default E=3,F=2,U=1 → 2,810 distinct; safety ~0.7 s, with liveness ~3 s (~250 MB).
 *   E=4,F=3,U=1 → 10,951 distinct; safety 1.5 s, with liveness 5.3 s (~600 MB).
 *   E=4,F=3,U=2 → 18,440 distinct; with liveness 10.7 s (~0.9 GB).
 *   E=5,F=4,U=2 → 55,239 distinct; safety 3.8 s, with liveness 76 s (~2.7 GB).
 */
import { defineSpec, param, range, t } from "../src/dsl/index.ts";

export const Nodes = ["n1", "n2"] as const;
export type NodeId = (typeof Nodes)[number];
export const Members = ["r1", "r2", "r3", "r4"] as const;
export type MemberId = (typeof Members)[number];
export const peerOf = (n: NodeId): NodeId => (n === "n1" ? "n2" : "n1");
/** `Form`'s source argument in the two-node configuration, which has no replica members. */
export const NO_SOURCE = "none";

type Rec<K extends string, V> = Readonly<Record<K, V>>;
export interface QmState {
  readonly conf: ReadonlySet<MemberId>;
  readonly twoNode: boolean;
  readonly up: Rec<NodeId, boolean>;
  readonly paused: Rec<NodeId, boolean>;
  readonly link: boolean;
  readonly claim: Rec<NodeId, boolean>;
  readonly ep: Rec<NodeId, number>;
  readonly owned: Rec<NodeId, ReadonlySet<MemberId>>;
  readonly rec: Rec<NodeId, ReadonlySet<MemberId>>;
  readonly auth: Rec<NodeId, ReadonlySet<number>>;
  readonly cached: Rec<NodeId, boolean>;
  readonly grantee: NodeId | null;
  readonly devEpoch: number;
  readonly avail: Rec<MemberId, boolean>;
  readonly mep: Rec<MemberId, number>;
  readonly log: Rec<MemberId, ReadonlySet<number>>;
  readonly issued: number;
  readonly acked: ReadonlySet<number>;
  readonly prevFormed: number;
  readonly lastFormed: number;
  readonly staleUse: boolean;
  readonly faults: number;
}
interface Ctx {
  readonly params: { readonly E: number; readonly F: number; readonly U: number; readonly CONFIG: string };
}

// ---- small set helpers -------------------------------------------------------------------------------
const add = <T>(x: ReadonlySet<T>, v: T): ReadonlySet<T> => new Set([...x, v]);
const del = <T>(x: ReadonlySet<T>, v: T): ReadonlySet<T> => new Set([...x].filter((y) => y !== v));
export const subset = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].every((v) => b.has(v));
const EMPTY: ReadonlySet<never> = new Set();
const setNode = <K extends keyof QmState>(s: QmState, field: K, n: string, v: unknown): QmState =>
  ({ ...s, [field]: { ...(s[field] as object), [n]: v } }) as QmState;

// ---- timing (MSCS: renew every 3 s, challenger waits 7 s) ---------------------------------------------
export interface Timing {
  readonly D: number;
  readonly W: number;
  readonly PMAX: number;
  readonly DELTA: number;
}
export const MSCS_TIMING: Timing = { D: 3, W: 7, PMAX: 2, DELTA: 1 };
/** A defender stalled for at most PMAX still renews before the challenger's wait W ends. */
export const defenderRenewsInTime = (tm: Timing): boolean => tm.W > tm.D + tm.PMAX + tm.DELTA;
/** n's challenge for r succeeds: every other owner of r fails to renew within W (only a stalled one can). */
export const challengeSucceeds = (s: QmState, n: NodeId, r: MemberId, tm: Timing): boolean =>
  Nodes.every((o) => o === n || !s.owned[o].has(r) || (s.paused[o] && !defenderRenewsInTime(tm)));

// ---- votes -------------------------------------------------------------------------------------------
export const isMajority = (votes: number, total: number): boolean => 2 * votes > total;
export const totalVotes = (s: QmState): number => s.conf.size + (s.twoNode ? 3 : 0);
const nodeVotes = (s: QmState, n: NodeId): number =>
  s.twoNode ? 1 + (s.link && s.up[peerOf(n)] ? 1 : 0) + (s.cached[n] ? 1 : 0) : 0;
const usable = (s: QmState, set: ReadonlySet<MemberId>): MemberId[] => [...set].filter((r) => s.conf.has(r) && s.avail[r]);
/** Votes a leader counts: its reconciled available members (never an unreconciled one), plus node/device votes. */
export const runVotes = (s: QmState, n: NodeId): number => usable(s, s.rec[n]).length + nodeVotes(s, n);
/** Votes a forming node counts: its owned available members (it reconciles them all while forming). */
export const formVotes = (s: QmState, n: NodeId): number => usable(s, s.owned[n]).length + nodeVotes(s, n);
export const quorate = (s: QmState, n: NodeId): boolean => isMajority(runVotes(s, n), totalVotes(s));
/** n hears a running leader's heartbeats (none while it is paused): it joins that cluster rather than challenging. */
export const hearsLeader = (s: QmState, n: NodeId): boolean => s.link && s.up[peerOf(n)] && s.claim[peerOf(n)] && !s.paused[peerOf(n)];
/**
 * Two-node configuration only: n's membership already contains a running leader (pauses are shorter than the
 * membership timeout), so n joins it instead of forming. Replica sets need no such gate: members are exclusive.
 */
export const inLedPartition = (s: QmState, n: NodeId): boolean => s.twoNode && s.link && s.up[peerOf(n)] && s.claim[peerOf(n)];

const stepDown = (s: QmState, n: NodeId): QmState => ({
  ...s,
  claim: { ...s.claim, [n]: false },
  owned: { ...s.owned, [n]: EMPTY },
  rec: { ...s.rec, [n]: EMPTY },
  auth: { ...s.auth, [n]: EMPTY },
  ep: { ...s.ep, [n]: 0 },
});
/** "Step down: if the count is ≤ m/2, stop at once" — applied after every event that can lower a count. */
export const settle = (s: QmState): QmState => Nodes.reduce((x, n) => (x.claim[n] && !quorate(x, n) ? stepDown(x, n) : x), s);

// ---- formation ---------------------------------------------------------------------------------------
/** DOMAIN's `(epoch, seq)` of a member, compared lexicographically. */
const versionOf = (s: QmState, r: MemberId): number => s.mep[r] * 100 + s.log[r].size;
export const isNewest = (s: QmState, n: NodeId, src: MemberId): boolean => usable(s, s.owned[n]).every((r) => versionOf(s, r) <= versionOf(s, src));
export const formEpoch = (s: QmState, n: NodeId): number =>
  s.twoNode ? s.devEpoch + 1 : Math.max(0, ...usable(s, s.owned[n]).map((r) => s.mep[r])) + 1;

export interface FormRule {
  /** The quorum test (QM-1 weakens it to ≥ m/2). */
  readonly majority: (votes: number, total: number) => boolean;
  /** Reconcile from the newest member (QM-2 takes any member read). */
  readonly newestSource: boolean;
}
export const FORM_RULE: FormRule = { majority: isMajority, newestSource: true };
export const canForm = (s: QmState, { n, src }: { n: NodeId; src: MemberId | typeof NO_SOURCE }, { params }: Ctx, rule: FormRule): boolean => {
  if (!s.up[n] || s.paused[n] || s.claim[n] || inLedPartition(s, n)) return false;
  if (!rule.majority(formVotes(s, n), totalVotes(s)) || formEpoch(s, n) > params.E) return false;
  if (s.twoNode) return src === NO_SOURCE;
  return src !== NO_SOURCE && usable(s, s.owned[n]).includes(src) && (!rule.newestSource || isNewest(s, n, src));
};

const canAct = (s: QmState, n: NodeId): boolean => s.up[n] && !s.paused[n];
const faultOk = (s: QmState, { params }: Ctx): boolean => s.faults < params.F;
const spend = (s: QmState): QmState => ({ ...s, faults: s.faults + 1 });
const claimant = (s: QmState): NodeId | undefined => Nodes.find((n) => s.claim[n]);

const initial = (conf: readonly MemberId[], twoNode: boolean): QmState => {
  const perNode = <V>(v: V) => ({ n1: v, n2: v });
  const perMember = <V>(v: V) => ({ r1: v, r2: v, r3: v, r4: v });
  return {
    conf: new Set(conf),
    twoNode,
    up: perNode(true),
    paused: perNode(false),
    link: true,
    claim: perNode(false),
    ep: perNode(0),
    owned: perNode(EMPTY),
    rec: perNode(EMPTY),
    auth: perNode(EMPTY),
    cached: perNode(false),
    grantee: null,
    devEpoch: 0,
    avail: perMember(true),
    mep: perMember(0),
    log: perMember(EMPTY),
    issued: 0,
    acked: EMPTY,
    prevFormed: 0,
    lastFormed: 0,
    staleUse: false,
    faults: 0,
  };
};

type N = { n: NodeId };
type NR = { n: NodeId; r: MemberId };

export default defineSpec({
  name: "quorum-majority",
  description: "Majority quorum over arbitrated replica members, or two nodes plus a voting device; formation reconciles from the newest member.",
  params: {
    E: param.int(3, { min: 1, max: 8, doc: "epoch bound (formations ≤ F+1 need E ≥ F+1)" }),
    F: param.int(2, { min: 0, max: 6, doc: "fault budget (crash, restart, pause, partition, member unavailable, arbiter lost)" }),
    U: param.int(1, { min: 0, max: 3, doc: "client updates" }),
    CONFIG: param.enum("all", ["all", "m3", "m4", "twoNode"], { doc: "configurations explored (one initial state each)" }),
  },
  sets: (p) => ({ Node: Nodes as unknown as readonly NodeId[], Member: Members as unknown as readonly MemberId[], Update: range(1, Math.max(1, p.U)) }),
  state: ({ params, sets }) =>
    t.struct({
      conf: t.set(sets.Member),
      twoNode: t.boolean,
      up: t.record(sets.Node, t.boolean),
      paused: t.record(sets.Node, t.boolean),
      link: t.boolean,
      claim: t.record(sets.Node, t.boolean),
      ep: t.record(sets.Node, t.int(0, params.E)),
      owned: t.record(sets.Node, t.set(sets.Member)),
      rec: t.record(sets.Node, t.set(sets.Member)),
      auth: t.record(sets.Node, t.set(sets.Update)),
      cached: t.record(sets.Node, t.boolean),
      grantee: t.option(t.id(sets.Node)),
      devEpoch: t.int(0, params.E),
      avail: t.record(sets.Member, t.boolean),
      mep: t.record(sets.Member, t.int(0, params.E)),
      log: t.record(sets.Member, t.set(sets.Update)),
      issued: t.int(0, params.U),
      acked: t.set(sets.Update),
      prevFormed: t.int(0, params.E),
      lastFormed: t.int(0, params.E),
      staleUse: t.boolean,
      faults: t.int(0, params.F),
    }) as never,
  init: ({ params }): QmState[] => {
    const all: Record<string, QmState> = {
      m3: initial(["r1", "r2", "r3"], false),
      m4: initial(["r1", "r2", "r3", "r4"], false),
      twoNode: initial([], true),
    };
    return params.CONFIG === "all" ? Object.values(all) : [all[params.CONFIG]!];
  },
  actions: {
    // ---- arbitration ----
    Acquire: {
      doc: "Challenge for a member: wins unless a live owner renews within the wait W.",
      over: { n: "Node", r: "Member" },
      guard: (s: QmState, { n, r }: NR) =>
        canAct(s, n) && s.conf.has(r) && s.avail[r] && !s.owned[n].has(r) && !hearsLeader(s, n) && challengeSucceeds(s, n, r, MSCS_TIMING),
      // The winner's reservation replaces the loser's on the member; a loser that missed it still believes it owns r.
      apply: (s: QmState, { n, r }: NR) => setNode(s, "owned", n, add(s.owned[n], r)),
    },
    Release: {
      doc: "A node in contact with a running leader joins it and gives up its members.",
      over: { n: "Node" },
      guard: (s: QmState, { n }: N) => canAct(s, n) && !s.claim[n] && s.owned[n].size > 0 && hearsLeader(s, n),
      apply: (s: QmState, { n }: N) => ({ ...s, owned: { ...s.owned, [n]: EMPTY } }),
    },
    // ---- device vote ----
    Grant: {
      doc: "The voting device grants its free vote (one holder, by reservation).",
      over: { n: "Node" },
      guard: (s: QmState, { n }: N) => s.twoNode && canAct(s, n) && s.grantee === null,
      apply: (s: QmState, { n }: N) => ({ ...s, grantee: n, cached: { ...s.cached, [n]: true } }),
    },
    Revoke: {
      doc: "The device's grant times out — only after the holder's own cached grant has expired.",
      guard: (s: QmState) => s.grantee !== null && !s.cached[s.grantee],
      apply: (s: QmState) => ({ ...s, grantee: null }),
    },
    // ---- the replica-set algorithm ----
    Form: {
      doc: "With a majority: reconcile from the newest member, write epoch max+1 to all owned members, run.",
      over: () => Nodes.flatMap((n) => [...Members, NO_SOURCE].map((src) => ({ n, src }))),
      guard: (s: QmState, a: { n: NodeId; src: MemberId }, ctx: Ctx) => canForm(s, a, ctx, FORM_RULE),
      apply: (s: QmState, { n, src }: { n: NodeId; src: MemberId }) => {
        const e = formEpoch(s, n);
        const members = usable(s, s.owned[n]);
        const auth = s.twoNode ? EMPTY : s.log[src];
        const log = { ...s.log };
        const mep = { ...s.mep };
        for (const r of members) (log[r] = auth), (mep[r] = e);
        return {
          ...s,
          log,
          mep,
          claim: { ...s.claim, [n]: true },
          ep: { ...s.ep, [n]: e },
          auth: { ...s.auth, [n]: auth },
          rec: { ...s.rec, [n]: new Set(members) },
          devEpoch: s.twoNode ? e : s.devEpoch,
          prevFormed: s.lastFormed,
          lastFormed: e,
        };
      },
    },
    Commit: {
      doc: "The leader writes the next update to its reconciled members; acknowledged on a majority of the configured members.",
      over: { n: "Node" },
      guard: (s: QmState, { n }: N, { params }: Ctx) => canAct(s, n) && s.claim[n] && quorate(s, n) && s.conf.size > 0 && s.issued < params.U,
      apply: (s: QmState, { n }: N) => {
        const u = s.issued + 1;
        const targets = usable(s, s.rec[n]);
        const log = { ...s.log };
        for (const r of targets) log[r] = add(s.log[r], u);
        const ack = isMajority(targets.length, s.conf.size);
        return {
          ...s,
          log,
          issued: u,
          auth: { ...s.auth, [n]: add(s.auth[n], u) },
          acked: ack ? add(s.acked, u) : s.acked,
          staleUse: s.staleUse || (ack && targets.some((r) => !subset(s.acked, s.log[r]))),
        };
      },
    },
    Read: {
      doc: "The leader reads the cluster state from a reconciled member.",
      over: { n: "Node", r: "Member" },
      guard: (s: QmState, { n, r }: NR) => canAct(s, n) && s.claim[n] && quorate(s, n) && s.conf.has(r) && s.avail[r] && s.rec[n].has(r),
      apply: (s: QmState, { r }: NR) => ({ ...s, staleUse: s.staleUse || !subset(s.acked, s.log[r]) }),
    },
    Reconcile: {
      doc: "The leader copies the authoritative state onto an owned, unreconciled member.",
      over: { n: "Node", r: "Member" },
      guard: (s: QmState, { n, r }: NR) => canAct(s, n) && s.claim[n] && s.conf.has(r) && s.avail[r] && s.owned[n].has(r) && !s.rec[n].has(r),
      apply: (s: QmState, { n, r }: NR) => ({
        ...s,
        log: { ...s.log, [r]: s.auth[n] },
        mep: { ...s.mep, [r]: s.ep[n] },
        rec: { ...s.rec, [n]: add(s.rec[n], r) },
      }),
    },
    // ---- faults (budgeted) and recovery ----
    Crash: {
      fault: true,
      over: { n: "Node" },
      guard: (s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && s.up[n],
      apply: (s: QmState, { n }: N) => {
        const down = stepDown(spend(s), n);
        return settle({ ...down, up: { ...s.up, [n]: false }, paused: { ...s.paused, [n]: false }, cached: { ...s.cached, [n]: false } });
      },
    },
    Restart: {
      fault: true,
      over: { n: "Node" },
      guard: (s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && !s.up[n],
      apply: (s: QmState, { n }: N) => setNode(spend(s), "up", n, true),
    },
    Pause: {
      fault: true,
      doc: "The node stalls (at most PMAX); in-flight I/O still completes.",
      over: { n: "Node" },
      guard: (s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && canAct(s, n),
      apply: (s: QmState, { n }: N) => setNode(spend(s), "paused", n, true),
    },
    Resume: {
      over: { n: "Node" },
      guard: (s: QmState, { n }: N) => s.up[n] && s.paused[n],
      apply: (s: QmState, { n }: N) => setNode(s, "paused", n, false),
    },
    Partition: {
      fault: true,
      guard: (s: QmState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && s.link,
      apply: (s: QmState) => settle({ ...spend(s), link: false }),
    },
    Heal: {
      guard: (s: QmState) => !s.link,
      apply: (s: QmState) => ({ ...s, link: true }),
    },
    MemberDown: {
      fault: true,
      doc: "A member becomes unavailable; its owners' I/O to it fails, so it leaves their reconciled sets.",
      over: { r: "Member" },
      guard: (s: QmState, { r }: { r: MemberId }, ctx: Ctx) => faultOk(s, ctx) && s.conf.has(r) && s.avail[r],
      apply: (s: QmState, { r }: { r: MemberId }) =>
        settle({ ...spend(s), avail: { ...s.avail, [r]: false }, rec: { n1: del(s.rec.n1, r), n2: del(s.rec.n2, r) } }),
    },
    MemberUp: {
      doc: "A member returns with whatever it last stored (possibly stale).",
      over: { r: "Member" },
      guard: (s: QmState, { r }: { r: MemberId }) => s.conf.has(r) && !s.avail[r],
      apply: (s: QmState, { r }: { r: MemberId }) => ({ ...s, avail: { ...s.avail, [r]: true } }),
    },
    ArbiterLost: {
      fault: true,
      doc: "The node cannot renew its device grant: its cached grant expires (before the device's).",
      over: { n: "Node" },
      guard: (s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && s.cached[n],
      apply: (s: QmState, { n }: N) => settle(setNode(spend(s), "cached", n, false)),
    },
  },
  invariants: {
    Q1: {
      id: "Q-1",
      // Each partition acts through one leader (a node in contact with a leader joins it), so "at most one
      // quorate partition" is "at most one node claims quorum". Claims end at once when the count drops.
      statement: "At most one partition is quorate at any tick: at most one node runs the cluster.",
      check: (s: QmState) => Nodes.filter((n) => s.claim[n]).length <= 1,
    },
    Q2: {
      id: "Q-2",
      // The device-vote half of Q-2 is structural here: the device keeps one `grantee` register (a reservation).
      // A node counting a stale cached grant is a Q-1 failure (QM-4), judged there.
      statement: "Each member, and the device vote, has at most one owner.",
      check: (s: QmState) => Members.every((r) => Nodes.filter((n) => s.owned[n].has(r)).length <= 1),
    },
    Q3: {
      id: "Q-3",
      statement: "Every acknowledged update is in the authoritative state of every later formation.",
      check: (s: QmState) => Nodes.every((n) => !s.claim[n] || subset(s.acked, s.auth[n])),
    },
    Q4: {
      id: "Q-4",
      statement: "Formation epochs strictly increase.",
      check: (s: QmState) => s.lastFormed === 0 || s.lastFormed > s.prevFormed,
    },
    Q5: {
      id: "Q-5",
      statement: "No count and no read uses an unreconciled member (none returns or counts a member missing an acknowledged update).",
      check: (s: QmState) => !s.staleUse,
    },
  },
  sometimes: {
    formation: { statement: "Some node forms the cluster.", check: (s: QmState) => claimant(s) !== undefined },
    survivorTakeover: {
      statement: "A survivor with a majority of replica members takes over after the leader crashed (a second formation).",
      check: (s: QmState) => !s.twoNode && Nodes.some((n) => s.claim[n] && !s.up[peerOf(n)]) && s.prevFormed > 0,
    },
    loneSurvivorWithDevice: {
      statement: "Two nodes plus the voting device: the lone survivor runs on its own vote and the device's.",
      check: (s: QmState) => s.twoNode && Nodes.some((n) => s.claim[n] && !s.up[peerOf(n)] && s.cached[n]),
    },
    reformedHigher: { statement: "A second formation happens (Q-4 compares two epochs).", check: (s: QmState) => s.prevFormed > 0 },
    ackedThenReformed: {
      statement: "An acknowledged update exists when a later formation runs (Q-3 is not vacuous).",
      check: (s: QmState) => s.acked.size > 0 && s.prevFormed > 0 && claimant(s) !== undefined,
    },
    staleMemberReachable: {
      statement: "A leader owns an available member missing an acknowledged update (Q-5 constrains it).",
      check: (s: QmState) => Nodes.some((n) => s.claim[n] && [...s.owned[n]].some((r) => s.avail[r] && !subset(s.acked, s.log[r]))),
    },
    stalledOwnerChallenged: {
      statement: "A paused node owns a member while partitioned from a would-be challenger (Q-2 constrains it).",
      check: (s: QmState) => !s.link && Nodes.some((n) => s.paused[n] && s.owned[n].size > 0 && s.up[peerOf(n)]),
    },
  },
  liveness: {
    formsWithMajority: {
      kind: "leadsTo",
      statement: "After the faults, a node holding a majority of the votes forms the cluster.",
      from: (s: QmState, { params }: Ctx) =>
        s.faults === params.F && claimant(s) === undefined && Nodes.some((n) => s.up[n] && isMajority(formVotes(s, n), totalVotes(s))),
      to: (s: QmState) => claimant(s) !== undefined,
    },
    survivorTakesOver: {
      kind: "leadsTo",
      statement: "After the faults, a lone surviving node takes over (acquiring a majority of members, or the device vote).",
      from: (s: QmState, { params }: Ctx) => s.faults === params.F && claimant(s) === undefined && Nodes.filter((n) => s.up[n]).length === 1,
      to: (s: QmState) => claimant(s) !== undefined,
    },
    reconciles: {
      kind: "leadsTo",
      statement: "A reachable unreconciled member is eventually reconciled by the leader (or the leader steps down).",
      from: (s: QmState) => Nodes.some((n) => s.claim[n] && usable(s, s.conf).some((r) => !s.rec[n].has(r))),
      to: (s: QmState) => Nodes.every((n) => !s.claim[n] || usable(s, s.conf).every((r) => s.rec[n].has(r))),
    },
  },
  fairness: ["Acquire", "Release", "Grant", "Revoke", "Form", "Reconcile", "Resume", "Heal", "MemberUp"],
  symmetry: ["Node", "Member"],
  deadlock: false,
});
