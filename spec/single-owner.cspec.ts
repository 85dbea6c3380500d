/**
 * single-owner — one object (a disk `d` holding object `o`) owned by exactly one node of a cluster, kept so
 * by persistent reservations, membership epochs, an HA NV-log mirror and an ownership map. DOMAIN.md §2.
 *
 * Protocol, and the seed mechanism each part comes from:
 * - PR device (§2.1, Abstracts 3 and 6): `reg` (registered keys, one per node; APTPL=1 so a power cycle keeps
 *   them), `holder` of the WE-RO reservation and `gen` (PRgeneration, uint32 modelled mod G, with a ghost
 *   `genOps` counting the successful REGISTER/PREEMPT(-AND-ABORT) commands). A write is received only if no
 *   reservation exists or the writer is registered; PREEMPT AND ABORT also aborts the victim's received I/O,
 *   plain PREEMPT does not (the permissive vendor choice). The owner key holds the reservation, shared keys
 *   are non-owners' registrations.
 * - Membership and defend/challenge (Abstract 3): `members`/`epoch` are maintained by the quorum layer
 *   (`reconfigure` drops a node that lost the LAN or crashed). The owner's `defend` pass PREEMPTs AND ABORTs
 *   every key invalid for the current epoch and self-fences when it is no longer holder; a node that notices
 *   it left the membership stops all I/O (`noticeLoss`). A quorate member whose epoch excludes the holder
 *   challenges: `challengeStart` registers, then after the wait W `takeover` (or `backOff` if its key is gone).
 *   W > D+δ is abstracted as "the challenge completes only when no other node still has o online".
 * - HA failover manager (Abstract 2): the owner acknowledges op w only once it is in its NV log and, while
 *   the interconnect is up, in the partner's mirror (`nvlog` is the set of NVRAMs holding w; `onDisk` once a
 *   consistency point flushed it). `takeover` needs failoverEnabled (nvSynced: the partner's mirror or the
 *   disk covers every acknowledged op): it fences the host, replays the mirror and mounts. A node that was
 *   taken over discards its NV log when it rejoins (`cf.fm.discardNvram`).
 * - Migration (Abstract 1): source verifies cfgOK(dst) (else abort) → stops admitting (`offlining`) → CAS
 *   of the map version → drains and flushes (`offline`) → destination PREEMPTs the source's key (the source
 *   re-registers shared, never RELEASE+RESERVE) and onlines once it has the map and the source's offline is
 *   complete. The map reaches other nodes by `propagate` (delayed or lost messages = not yet taken).
 * - Requests and redirector (Abstracts 1 and 6): a request is served by the online owner, forwarded by
 *   `mapCache` otherwise; a node whose cache names itself but is not online refreshes (NOT_OWNER). Non-owners
 *   write data by direct block I/O inside an extent lease the owner grants and recalls (after the holder
 *   drained); `pathLoss` switches a node to redirected mode.
 * Faults, from a budget F so liveness is judged after stabilization: crash (in-flight I/O still lands:
 * slowIO), LAN partition, interconnectDown, pathLoss, devicePowerCycle. Recovery (restart, heal, resync)
 * is weakly fair. Bounds: one acknowledged op, one migration, one client request, epochs ≤ E.
 * Ghost history (§0): `fenced` (keys removed by a completed fence), `scrubbed` (the owner's defend pass ran
 * in this epoch), `takenOver`, and `bad`, the set of invariant ids a transition has violated.
 * Parameters: E (epoch bound), F (fault budget), G (gen modulus), K (workload budget). Measured here
 * (safety + liveness, 1 worker, strict off):
 *   default E=3,F=1,G=2,K=2 → 102,441 distinct states, ~2.4 s exploration, ~6 s with liveness;
 *   K=3 → 170,307 (~6 s); G=4 → 104,184 (~3 s);
 *   F=2 → 1,052,550 distinct, safety holds (~38 s) but liveness fails with E=3: a bound artifact. After
 *   crash n1, takeover by n2, rejoin n1, crash n2, the epoch counter reaches E, so n2 cannot rejoin; n1 may
 *   not take over (its NV log was discarded, the acknowledged op is only in n2's NVRAM: ¬nvSynced, by
 *   design) and nothing is enabled. Raise E with F (not measured: too large for this machine's budget).
 * Note: the checker's weak fairness is per action name (any instance taken satisfies it), so liveness
 * claims here are under that coarser fairness; bounded faults (F) and workload (K) keep unfair cycles out.
 * Pause and non-enforcing media (Pmax) are not modelled: with PR fencing W only guards
 * stability (§2.5). Giveback is modelled as rejoin + NV-log discard; moving o home again is a migration.
 */
import { defineSpec, param, t } from "../src/dsl/index.ts";

export const Nodes = ["n1", "n2"] as const;
export type NodeId = (typeof Nodes)[number];
export const other = (n: NodeId): NodeId => (n === "n1" ? "n2" : "n1");
export type Obj = "offline" | "online" | "offlining";
export type Io = "none" | "data" | "meta";
export type Mig = "idle" | "verified" | "mapUpdated" | "done" | "aborted";
export const BadIds = ["SO-1", "SO-2", "SO-3", "SO-4", "SO-5", "SO-6", "SO-7", "SO-8", "SO-9", "SO-10"] as const;
export type BadId = (typeof BadIds)[number];

type Rec<V> = Readonly<Record<NodeId, V>>;
export interface SoState {
  readonly up: Rec<boolean>;
  readonly lan: Rec<boolean>;
  readonly quorate: Rec<boolean>;
  readonly members: ReadonlySet<NodeId>;
  readonly prevMembers: ReadonlySet<NodeId>;
  readonly epoch: number;
  readonly obj: Rec<Obj>;
  readonly reg: ReadonlySet<NodeId>;
  readonly holder: NodeId | null;
  readonly gen: number;
  readonly genOps: number;
  readonly io: Rec<Io>;
  readonly chal: Rec<boolean>;
  readonly mapOwner: NodeId;
  readonly cache: Rec<NodeId>;
  readonly mig: Mig;
  readonly migSrc: NodeId;
  readonly acked: boolean;
  readonly nvlog: ReadonlySet<NodeId>;
  readonly onDisk: boolean;
  readonly interconnect: boolean;
  readonly lease: Rec<boolean>;
  readonly redir: Rec<boolean>;
  readonly req: NodeId | null;
  readonly reqFwd: boolean;
  readonly reqDone: boolean;
  readonly faults: number;
  readonly work: number;
  readonly fenced: ReadonlySet<NodeId>;
  readonly scrubbed: boolean;
  readonly takenOver: ReadonlySet<NodeId>;
  /** Nodes whose NV log predates their being taken over (ghost: replaying it is SO-8). */
  readonly staleLog: ReadonlySet<NodeId>;
  readonly bad: ReadonlySet<BadId>;
}
type Ctx = { params: { E: number; F: number; G: number; K: number } };

const set = <T,>(xs: Iterable<T>): ReadonlySet<T> => new Set(xs);
const add = <T,>(s: ReadonlySet<T>, x: T): ReadonlySet<T> => new Set([...s, x]);
const del = <T,>(s: ReadonlySet<T>, x: T): ReadonlySet<T> => new Set([...s].filter((y) => y !== x));
const put = <V,>(r: Rec<V>, n: NodeId, v: V): Rec<V> => ({ ...r, [n]: v }) as Rec<V>;
const flag = (s: SoState, id: BadId, when: boolean): SoState => (when ? { ...s, bad: add(s.bad, id) } : s);
const isOnline = (o: Obj): boolean => o !== "offline";

// ---- PR device (§2.1). Each successful gen-moving PROUT bumps `gen` and, independently, the ghost `genOps`.
const bumpGen = (s: SoState, ctx: Ctx): SoState => ({ ...s, gen: (s.gen + 1) % ctx.params.G, genOps: (s.genOps + 1) % ctx.params.G });
/** REGISTER (unregistered nexus, rk=0): the node's key is added; a re-registration clears its fenced ghost. */
export const prRegister = (s: SoState, n: NodeId, ctx: Ctx): SoState =>
  s.reg.has(n) ? s : bumpGen({ ...s, reg: add(s.reg, n), fenced: del(s.fenced, n) }, ctx);
/** Write access under WE-RO at receipt: no reservation, or the writer is registered. */
export const mayWrite = (s: SoState, n: NodeId): boolean => s.holder === null || s.reg.has(n);
/** How a victim's key is removed by `issuer` (who takes the reservation if the victim held it). */
export type FenceOp = (s: SoState, issuer: NodeId, victim: NodeId, ctx: Ctx) => SoState;
/** PREEMPT AND ABORT: drop the victim's key, abort its received commands, reserve for the issuer if it held. */
export const preemptAndAbort: FenceOp = (s, issuer, victim, ctx) => ({
  ...preempt(s, issuer, victim, ctx),
  io: put(s.io, victim, "none"),
});
/** Plain PREEMPT: as above but received commands still run (the reference device's permissive choice). */
export const preempt: FenceOp = (s, issuer, victim, ctx) => {
  if (!s.reg.has(victim)) return s;
  const out = bumpGen({ ...s, reg: del(s.reg, victim), fenced: add(s.fenced, victim) }, ctx);
  return s.holder === victim ? { ...out, holder: issuer } : out;
};

// ---- Decisions the mutants change, as exported helpers used by the actions.
/** Keys the owner's defend pass treats as valid. Base: members of the current epoch. */
export type ValidKeys = (s: SoState) => ReadonlySet<NodeId>;
export const currentEpochMembers: ValidKeys = (s) => s.members;
/** nvSynced for partner p: every acknowledged op is in p's mirror or on disk. */
export const nvSynced = (s: SoState, p: NodeId): boolean => !s.acked || s.onDisk || s.nvlog.has(p);

export const defendWith =
  (valid: ValidKeys) =>
  (s: SoState, { n }: { n: NodeId }, ctx: Ctx): SoState => {
    let out = s;
    const ok = valid(s);
    for (const k of s.reg) if (k !== n && !ok.has(k)) out = preemptAndAbort(out, n, k, ctx);
    if (out.holder !== n) return { ...out, obj: put(out.obj, n, "offline") }; // self-fence
    return { ...out, scrubbed: out.scrubbed || s.members.has(n) };
  };

export const takeoverWith =
  (fence: FenceOp) =>
  (s: SoState, { n }: { n: NodeId }, ctx: Ctx): SoState => {
    const h = s.holder!;
    let out = fence(s, n, h, ctx);
    if (out.holder !== n) out = { ...out, holder: n }; // RESERVE after the preempt when h held nothing
    // Replay the mirror: the acknowledged op survives iff it is in n's NVRAM or on disk.
    out = flag(out, "SO-7", s.acked && !s.onDisk && !s.nvlog.has(n));
    out = flag(out, "SO-8", s.staleLog.has(n));
    return {
      ...out,
      obj: put(out.obj, n, "online"),
      chal: put(out.chal, n, false),
      mapOwner: n,
      cache: put(out.cache, n, n),
      takenOver: add(out.takenOver, h),
      staleLog: out.nvlog.has(h) ? add(out.staleLog, h) : out.staleLog,
      mig: out.mig === "verified" || out.mig === "mapUpdated" ? "aborted" : out.mig,
    };
  };

// A source that crashed instead of draining never flushed its NV log: like a takeover, the destination may then
// online only when every acknowledged op is on disk or in its own mirror (with F=3: interconnect down, ack, crash).
export const migOnlineGuard = (s: SoState, { n }: { n: NodeId }): boolean =>
  s.up[n] && s.mig === "mapUpdated" && s.mapOwner === n && s.cache[n] === n && s.obj[s.migSrc] === "offline" && !s.chal[n] && nvSynced(s, n);

/** On rejoin, a node that was taken over discards its NV log (ONTAP cf.fm.discardNvram). */
export const discardStaleLog = (s: SoState, n: NodeId): Pick<SoState, "nvlog" | "staleLog"> =>
  s.staleLog.has(n) ? { nvlog: del(s.nvlog, n), staleLog: del(s.staleLog, n) } : { nvlog: s.nvlog, staleLog: s.staleLog };

export const serveGuard = (s: SoState, { n }: { n: NodeId }): boolean => s.req === n && s.up[n] && s.obj[n] === "online";

const initState = (): SoState => {
  const all = <V,>(v: V) => ({ n1: v, n2: v }) as Rec<V>;
  return {
    up: all(true),
    lan: all(true),
    quorate: all(true),
    members: set(Nodes),
    prevMembers: set(Nodes),
    epoch: 0,
    obj: { n1: "online", n2: "offline" },
    reg: set(Nodes),
    holder: "n1",
    gen: 0,
    genOps: 0,
    io: all<Io>("none"),
    chal: all(false),
    mapOwner: "n1",
    cache: all<NodeId>("n1"),
    mig: "idle",
    migSrc: "n1",
    acked: false,
    nvlog: set<NodeId>([]),
    onDisk: false,
    interconnect: true,
    lease: all(false),
    redir: all(false),
    req: null,
    reqFwd: false,
    reqDone: false,
    faults: 0,
    work: 0,
    fenced: set<NodeId>([]),
    scrubbed: false,
    takenOver: set<NodeId>([]),
    staleLog: set<NodeId>([]),
    bad: set<BadId>([]),
  };
};

const fault = (s: SoState, ctx: Ctx): boolean => s.faults < ctx.params.F;
const spend = (s: SoState): SoState => ({ ...s, faults: s.faults + 1 });
const N = { n: "Node" } as const;

export default defineSpec({
  name: "single-owner",
  description: "One owner per object: PR fencing with defend/challenge, HA takeover with an NV-log mirror, migration, forwarding, leases.",
  params: {
    E: param.int(3, { min: 1, max: 8, doc: "membership epoch bound" }),
    F: param.int(1, { min: 0, max: 6, doc: "fault budget" }),
    G: param.int(2, { min: 1, max: 8, doc: "PRgeneration modulus (uint32 wrap, scaled down)" }),
    K: param.int(2, { min: 0, max: 6, doc: "workload budget: writes and lease grants" }),
  },
  sets: () => ({ Node: Nodes as unknown as readonly NodeId[], Bad: BadIds as unknown as readonly BadId[] }),
  state: ({ params, sets }) => {
    const rec = <S extends Parameters<typeof t.record>[1]>(v: S) => t.record(sets.Node, v);
    return t.struct({
      up: rec(t.boolean),
      lan: rec(t.boolean),
      quorate: rec(t.boolean),
      members: t.set(sets.Node),
      prevMembers: t.set(sets.Node),
      epoch: t.int(0, params.E),
      obj: rec(t.enum("offline", "online", "offlining")),
      reg: t.set(sets.Node),
      holder: t.option(t.id(sets.Node)),
      gen: t.int(0, params.G - 1),
      genOps: t.int(0, params.G - 1),
      io: rec(t.enum("none", "data", "meta")),
      chal: rec(t.boolean),
      mapOwner: t.id(sets.Node),
      cache: rec(t.id(sets.Node)),
      mig: t.enum("idle", "verified", "mapUpdated", "done", "aborted"),
      migSrc: t.id(sets.Node),
      acked: t.boolean,
      nvlog: t.set(sets.Node),
      onDisk: t.boolean,
      interconnect: t.boolean,
      lease: rec(t.boolean),
      redir: rec(t.boolean),
      req: t.option(t.id(sets.Node)),
      reqFwd: t.boolean,
      reqDone: t.boolean,
      faults: t.int(0, params.F),
      work: t.int(0, params.K),
      fenced: t.set(sets.Node),
      scrubbed: t.boolean,
      takenOver: t.set(sets.Node),
      staleLog: t.set(sets.Node),
      bad: t.set(sets.Bad),
    }) as never;
  },
  init: initState,
  actions: {
    // ---- I/O: writes are received by the device (access checked at receipt) and land later (slowIO).
    writeMeta: {
      doc: "The online owner issues a metadata write; the device receives it if the owner may write.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => s.work < ctx.params.K && s.up[n] && s.quorate[n] && s.obj[n] === "online" && s.io[n] === "none" && mayWrite(s, n),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, io: put(s.io, n, "meta"), work: s.work + 1 }),
    },
    writeData: {
      doc: "A non-owner writes data by direct block I/O inside its extent lease.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) =>
        s.work < ctx.params.K && s.up[n] && s.quorate[n] && s.obj[n] === "offline" && s.lease[n] && !s.redir[n] && s.io[n] === "none" && mayWrite(s, n),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, io: put(s.io, n, "data"), work: s.work + 1 }),
    },
    land: {
      doc: "A received write is applied to the disk (even after its issuer crashed or was fenced, unless aborted).",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.io[n] !== "none",
      apply: (s: SoState, { n }: { n: NodeId }) => {
        let out = flag(s, "SO-2", s.fenced.has(n));
        out = flag(out, "SO-3", s.scrubbed && !s.members.has(n));
        out = flag(out, "SO-4", s.io[n] === "meta" && s.holder !== n);
        out = flag(out, "SO-9", s.io[n] === "data" && !s.lease[n]);
        return { ...out, io: put(out.io, n, "none") };
      },
    },
    // ---- Membership and defend/challenge.
    reconfigure: {
      doc: "The quorum layer drops a member that crashed or lost the LAN: a new epoch.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) =>
        s.members.has(n) && (!s.up[n] || !s.lan[n]) && s.epoch < ctx.params.E && [...s.members].some((m) => m !== n && s.up[m] && s.lan[m]),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, prevMembers: s.members, members: del(s.members, n), epoch: s.epoch + 1, scrubbed: false }),
    },
    rejoin: {
      doc: "A restarted or healed node rejoins (new epoch), registers its key, and discards an NV log that was taken over.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => s.up[n] && s.lan[n] && !s.members.has(n) && s.epoch < ctx.params.E && s.io[n] === "none",
      apply: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => {
        const out = prRegister(s, n, ctx);
        return {
          ...out,
          prevMembers: s.members,
          members: add(s.members, n),
          epoch: s.epoch + 1,
          scrubbed: false,
          quorate: put(s.quorate, n, true),
          ...discardStaleLog(out, n),
        };
      },
    },
    noticeLoss: {
      doc: "A node that left the membership notices it and stops all I/O.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.quorate[n] && !s.members.has(n),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, quorate: put(s.quorate, n, false), obj: put(s.obj, n, "offline"), chal: put(s.chal, n, false) }),
    },
    defend: {
      doc: "Owner: READ KEYS, PREEMPT AND ABORT keys invalid for the epoch, READ RESERVATION, self-fence if not holder.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.quorate[n] && s.obj[n] === "online" && (!s.scrubbed || s.holder !== n || [...s.reg].some((k) => !s.members.has(k))),
      apply: defendWith(currentEpochMembers),
    },
    challengeStart: {
      doc: "A quorate member whose epoch excludes the holder registers and starts waiting W.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) =>
        s.up[n] && s.quorate[n] && s.members.has(n) && s.holder !== null && !s.members.has(s.holder) && !s.chal[n] && s.obj[n] === "offline",
      apply: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => ({ ...prRegister(s, n, ctx), chal: put(s.chal, n, true) }),
    },
    backOff: {
      doc: "After W the challenger's key is gone (or the holder is a member again): back off.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.chal[n] && (!s.reg.has(n) || s.holder === null || s.members.has(s.holder)),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, chal: put(s.chal, n, false) }),
    },
    takeover: {
      doc: "After W, with failover enabled: PREEMPT AND ABORT the holder, replay the mirror, mount o.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) =>
        s.chal[n] && s.up[n] && s.quorate[n] && s.reg.has(n) && s.holder !== null && s.holder !== n && !s.members.has(s.holder) &&
        !isOnline(s.obj[other(n)]) && nvSynced(s, n),
      apply: takeoverWith(preemptAndAbort),
    },
    remount: {
      doc: "A restarted owner still holding the reservation replays its own NV log and mounts o again.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) =>
        s.up[n] && s.quorate[n] && s.members.has(n) && s.holder === n && s.mapOwner === n && s.obj[n] === "offline" && !isOnline(s.obj[other(n)]) && s.mig !== "mapUpdated" && s.mig !== "verified",
      apply: (s: SoState, { n }: { n: NodeId }) => {
        let out = flag(s, "SO-7", s.acked && !s.onDisk && !s.nvlog.has(n));
        out = flag(out, "SO-8", s.staleLog.has(n));
        return { ...out, obj: put(out.obj, n, "online"), cache: put(out.cache, n, n) };
      },
    },
    // ---- HA: acknowledgement, consistency point, interconnect.
    ackOp: {
      doc: "The owner acknowledges op w once it is in its NV log and, while the interconnect is up, in the partner mirror.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.obj[n] === "online" && !s.acked && s.reg.has(n),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, acked: true, nvlog: s.interconnect ? add(add(s.nvlog, n), other(n)) : add(s.nvlog, n) }),
    },
    flushCP: {
      doc: "A consistency point writes acknowledged ops to disk.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.obj[n] === "online" && s.acked && !s.onDisk && s.holder === n,
      apply: (s: SoState) => ({ ...s, onDisk: true }),
    },
    resync: {
      doc: "Interconnect back: the owner re-mirrors its NV log to the partner.",
      guard: (s: SoState) => !s.interconnect,
      apply: (s: SoState) => {
        const h = s.mapOwner;
        if (!(s.up[h] && s.nvlog.has(h))) return { ...s, interconnect: true };
        return { ...s, interconnect: true, nvlog: add(s.nvlog, other(h)), staleLog: del(s.staleLog, other(h)) };
      },
    },
    // ---- Migration.
    migVerify: {
      doc: "The source verifies cfgOK(dst) (member, key, up) and starts offlining o, or aborts.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.mig === "idle" && s.up[n] && s.mapOwner === n && s.obj[n] === "online" && s.quorate[n],
      apply: (s: SoState, { n }: { n: NodeId }) => {
        const d = other(n);
        const cfgOK = s.up[d] && s.members.has(d) && s.reg.has(d) && s.quorate[d];
        return cfgOK ? { ...s, mig: "verified" as Mig, migSrc: n, obj: put(s.obj, n, "offlining") } : { ...s, mig: "aborted" as Mig, migSrc: n };
      },
    },
    migMapUpdate: {
      doc: "The source, no longer admitting, compare-and-swaps the map to the destination.",
      guard: (s: SoState) => s.mig === "verified" && s.up[s.migSrc] && s.mapOwner === s.migSrc && s.obj[s.migSrc] === "offlining",
      apply: (s: SoState) => ({ ...s, mig: "mapUpdated" as Mig, mapOwner: other(s.migSrc), cache: put(s.cache, s.migSrc, other(s.migSrc)) }),
    },
    migDrain: {
      doc: "The source's drain and flush complete: o is offline there.",
      guard: (s: SoState) => s.up[s.migSrc] && s.obj[s.migSrc] === "offlining" && s.io[s.migSrc] === "none",
      apply: (s: SoState) => ({ ...s, obj: put(s.obj, s.migSrc, "offline"), onDisk: s.onDisk || s.acked }),
    },
    migOnline: {
      doc: "The destination, holding the new map and seeing the source's offline complete, PREEMPTs the source's key (which re-registers shared) and onlines o.",
      over: N,
      guard: migOnlineGuard,
      apply: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => {
        const src = s.migSrc;
        let out = flag(s, "SO-6", s.obj[src] !== "offline");
        // PREEMPT AND ABORT: a source that crashed instead of draining may still have received writes.
        out = preemptAndAbort(out, n, src, ctx);
        out = out.up[src] ? prRegister(out, src, ctx) : out;
        return { ...out, holder: n, obj: put(out.obj, n, "online"), mig: "done" as Mig };
      },
    },
    migAbort: {
      doc:
        "A verified migration whose source lost the object or whose destination failed aborts; the source keeps o. " +
        "After the map update, a destination that left the membership before onlining leaves o to the source, still holder: it takes o back (compare-and-swap of the map).",
      guard: (s: SoState) =>
        (s.mig === "verified" && s.up[s.migSrc] && (!s.up[other(s.migSrc)] || !s.members.has(other(s.migSrc)) || s.obj[s.migSrc] === "offline")) ||
        (s.mig === "mapUpdated" && s.up[s.migSrc] && s.quorate[s.migSrc] && s.members.has(s.migSrc) && s.holder === s.migSrc &&
          !s.members.has(other(s.migSrc)) && s.obj[s.migSrc] === "offline" && s.obj[other(s.migSrc)] === "offline"),
      apply: (s: SoState) =>
        s.mig === "mapUpdated"
          ? { ...s, mig: "aborted" as Mig, mapOwner: s.migSrc, cache: put(s.cache, s.migSrc, s.migSrc), obj: put(s.obj, s.migSrc, "online") }
          : { ...s, mig: "aborted" as Mig, obj: put(s.obj, s.migSrc, s.obj[s.migSrc] === "offlining" ? "online" : s.obj[s.migSrc]) },
    },
    propagate: {
      doc: "A map update message reaches a node (delay and loss: it has not been taken yet).",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.cache[n] !== s.mapOwner,
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, cache: put(s.cache, n, s.mapOwner) }),
    },
    // ---- Requests.
    clientReq: {
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.req === null && !s.reqDone && s.up[n],
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, req: n, reqFwd: false }),
    },
    forward: {
      doc: "A node that does not have o online forwards the request to the owner named by its map cache.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.req === n && s.up[n] && s.obj[n] !== "online" && s.cache[n] !== n,
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, req: s.cache[n], reqFwd: true }),
    },
    notOwner: {
      doc: "A node whose cache names itself but that does not have o online answers NOT_OWNER; the map is refreshed.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.req === n && s.up[n] && s.obj[n] !== "online" && (s.cache[n] === n || s.reqFwd),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, cache: put(s.cache, n, s.mapOwner), req: s.cache[n] === n ? n : other(n), reqFwd: false }),
    },
    serve: {
      doc: "The owner with o online serves the request.",
      over: N,
      guard: serveGuard,
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...flag(s, "SO-5", s.mapOwner !== n || s.obj[n] !== "online"), req: null, reqDone: true }),
    },
    // ---- Redirector leases.
    grantLease: {
      doc: "The online owner grants an extent lease to a non-owner with a direct path.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) =>
        s.work < ctx.params.K && s.up[n] && s.quorate[n] && !s.lease[n] && !s.redir[n] && s.obj[n] === "offline" && isOnline(s.obj[other(n)]) && s.reg.has(n),
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, lease: put(s.lease, n, true), work: s.work + 1 }),
    },
    recallLease: {
      doc: "Before reallocating, the owner recalls a lease; the holder drains its direct writes first.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.lease[n] && s.io[n] !== "data",
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, lease: put(s.lease, n, false) }),
    },
    pathRestore: {
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => s.redir[n],
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, redir: put(s.redir, n, false) }),
    },
    // ---- Faults (budget F) and recovery.
    crash: {
      fault: true,
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => fault(s, ctx) && s.up[n],
      apply: (s: SoState, { n }: { n: NodeId }) =>
        spend({
          ...s,
          up: put(s.up, n, false),
          quorate: put(s.quorate, n, false),
          obj: put(s.obj, n, "offline"),
          chal: put(s.chal, n, false),
          req: s.req === n ? null : s.req,
        }),
    },
    restart: {
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => !s.up[n],
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, up: put(s.up, n, true), quorate: put(s.quorate, n, s.members.has(n) && s.lan[n]) }),
    },
    partition: {
      fault: true,
      doc: "n loses the LAN (it keeps the SAN and has not noticed yet).",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => fault(s, ctx) && s.lan[n],
      apply: (s: SoState, { n }: { n: NodeId }) => spend({ ...s, lan: put(s.lan, n, false) }),
    },
    heal: {
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }) => !s.lan[n],
      apply: (s: SoState, { n }: { n: NodeId }) => ({ ...s, lan: put(s.lan, n, true) }),
    },
    interconnectDown: {
      fault: true,
      guard: (s: SoState, _a: unknown, ctx: Ctx) => fault(s, ctx) && s.interconnect,
      apply: (s: SoState) => spend({ ...s, interconnect: false }),
    },
    pathLoss: {
      fault: true,
      doc: "n loses its direct SAN path: redirected mode; direct writes in flight on that path fail.",
      over: N,
      guard: (s: SoState, { n }: { n: NodeId }, ctx: Ctx) => fault(s, ctx) && !s.redir[n] && s.up[n],
      apply: (s: SoState, { n }: { n: NodeId }) =>
        spend({ ...s, redir: put(s.redir, n, true), lease: put(s.lease, n, false), io: s.io[n] === "data" ? put(s.io, n, "none") : s.io }),
    },
    devicePowerCycle: {
      fault: true,
      doc: "The device power-cycles: gen resets to 0; APTPL=1 keeps keys and the reservation.",
      guard: (s: SoState, _a: unknown, ctx: Ctx) => fault(s, ctx),
      apply: (s: SoState) => spend({ ...s, gen: 0, genOps: 0 }),
    },
  },
  // Declaration order matters: when one state breaks several, the first is reported.
  invariants: {
    singleOnline: {
      id: "SO-1",
      statement: "At most one node has o online (online or still draining) at any time.",
      check: (s: SoState) => Nodes.filter((n) => isOnline(s.obj[n])).length <= 1 && !s.bad.has("SO-1"),
    },
    fencedNoWrite: {
      id: "SO-2",
      statement: "No write from a fenced node is applied, even one in flight, and whoever has o online holds the WE-RO reservation.",
      check: (s: SoState) => !s.bad.has("SO-2") && Nodes.every((n) => s.obj[n] !== "online" || !s.up[n] || s.holder === n || !s.quorate[n]),
    },
    scrubbedEpoch: {
      id: "SO-3",
      statement: "After the owner's first defend pass in an epoch, no write from outside that epoch's members is applied.",
      check: (s: SoState) => !s.bad.has("SO-3"),
    },
    holderWritesMeta: {
      id: "SO-4",
      statement: "Only the reservation holder writes metadata.",
      check: (s: SoState) => !s.bad.has("SO-4"),
    },
    servedByOwner: {
      id: "SO-5",
      statement: "A completed request ran on map[o] with o online; stale forwards are never served.",
      check: (s: SoState) => !s.bad.has("SO-5"),
    },
    migrationOrder: {
      id: "SO-6",
      statement: "The destination onlines only after the source's offline completes, with cfgOK at verification; each map version has one owner.",
      check: (s: SoState) => !s.bad.has("SO-6"),
    },
    ackedSurvive: {
      id: "SO-7",
      statement: "Acknowledged operations survive every non-forced takeover; no takeover happens while ¬nvSynced.",
      check: (s: SoState) => !s.bad.has("SO-7"),
    },
    noOldNvlogReplay: {
      id: "SO-8",
      statement: "A node that was taken over never replays its old NV log.",
      check: (s: SoState) => !s.bad.has("SO-8"),
    },
    directInLease: {
      id: "SO-9",
      statement: "Direct writes stay inside the writer's current leases.",
      check: (s: SoState) => !s.bad.has("SO-9"),
    },
    prConforms: {
      id: "SO-10",
      statement: "The PR device follows §2.1: gen counts exactly the successful gen-moving PROUTs since power-on, and a reservation holder is registered.",
      check: (s: SoState) => s.gen === s.genOps && (s.holder === null || s.reg.has(s.holder)),
    },
  },
  sometimes: {
    takeoverAfterCrash: {
      statement: "A takeover after the owner crashed: n2 has o online while n1 is down.",
      check: (s: SoState) => s.obj.n2 === "online" && !s.up.n1 && s.takenOver.has("n1"),
    },
    migrationCompleted: {
      statement: "A migration completed: o online at the destination.",
      check: (s: SoState) => s.mig === "done" && s.obj[other(s.migSrc)] === "online",
    },
    failoverWithSyncedLog: {
      statement: "A failover with a synced log: an acknowledged, unflushed op survived a takeover via the mirror.",
      check: (s: SoState) => s.takenOver.size > 0 && s.acked && !s.onDisk && Nodes.some((n) => s.obj[n] === "online" && s.nvlog.has(n) && s.takenOver.has(other(n))),
    },
    staleForwardRefused: {
      statement: "A forwarded request reached the old owner after a migration (and is answered NOT_OWNER).",
      check: (s: SoState) => s.req !== null && s.reqFwd && s.mapOwner !== s.req && s.mig === "done",
    },
    rejoinDiscardsNvlog: {
      statement: "A node that was taken over rejoined with its NV log discarded.",
      check: (s: SoState) => Nodes.some((n) => s.takenOver.has(n) && s.members.has(n) && s.up[n] && !s.nvlog.has(n)) && s.acked,
    },
    fencedInflightAborted: {
      statement: "A takeover fenced a holder whose key was registered (so PREEMPT AND ABORT had something to abort).",
      check: (s: SoState) => s.fenced.size > 0 && s.takenOver.size > 0,
    },
    directWriteLanded: {
      statement: "A non-owner holds a lease with a direct write in flight.",
      check: (s: SoState) => Nodes.some((n) => s.io[n] === "data" && s.lease[n]),
    },
  },
  liveness: {
    crashTakeover: {
      kind: "leadsTo",
      id: "SO-L1",
      statement: "After the owner crashes, some node eventually has o online again.",
      from: (s: SoState) => !s.up[s.mapOwner] && !Nodes.some((n) => s.obj[n] === "online"),
      to: (s: SoState) => Nodes.some((n) => s.obj[n] === "online"),
    },
    migrationEnds: {
      kind: "leadsTo",
      id: "SO-L2",
      statement: "A verified migration ends: done with o online at the destination, or aborted (or superseded) with o online somewhere.",
      from: (s: SoState) => s.mig === "verified",
      to: (s: SoState) => (s.mig === "done" || s.mig === "aborted") && Nodes.some((n) => s.obj[n] === "online"),
    },
    requestServed: {
      kind: "leadsTo",
      id: "SO-L3",
      statement: "A client request is eventually served (or lost with its node's crash).",
      from: (s: SoState) => s.req !== null,
      to: (s: SoState) => s.req === null,
    },
  },
  fairness: [
    "land", "reconfigure", "rejoin", "noticeLoss", "defend", "challengeStart", "backOff", "takeover", "remount",
    "resync", "migMapUpdate", "migDrain", "migOnline", "migAbort", "propagate", "forward", "notOwner", "serve",
    "recallLease", "pathRestore", "restart", "heal",
  ],
  deadlock: false,
});
