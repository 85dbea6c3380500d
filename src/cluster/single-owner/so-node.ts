// A single-owner cluster node: request routing with forwarding and NOT_OWNER refresh, serving as owner
// (metadata through the NV log, data write-through), the shared-volume redirector (direct I/O under leases,
// redirected mode on path loss), epochs and quorum. HA, fencing and migration live in sibling files.

import { decodeValue, encodeValue, type DeviceCommand, type DeviceResult } from "../block-device.ts";
import { Actor } from "../actor.ts";
import type { Environment } from "../environment.ts";
import type { Member } from "./so-directory.ts";
import { makeKey } from "./so-directory.ts";
import { defendObject, takeOverIfSuccessor } from "./so-fencing.ts";
import { discardLostObjects, flushNvlog, handleInterconnect, mirrorAndAck, recoverOwnedObject, resyncMirror } from "./so-ha.ts";
import { handleHandover, handlePrepare, handleReregister, startMigration } from "./so-migration.ts";
import type { NvEntry, ObjState, SoFamilyPort, SoMessage, SoOp } from "./so-types.ts";

export class SoNode extends Actor {
  // Durable: the NV log, the partner's mirror, the sequence counter, and since which map version this node's
  // current ownership of each object runs (unset for the initial owners).
  nvlog: NvEntry[] = [];
  mirror: NvEntry[] = [];
  nextSeq = 1;
  ownedSince = new Map<string, number>();
  // Volatile.
  epoch = 0;
  members: readonly Member[] = [];
  quorate = false;
  mapVersion = 0;
  mapCache = new Map<string, string>();
  readonly objState = new Map<string, ObjState>();
  cache = new Map<string, Map<number, number>>();
  inflight = new Map<string, number>();
  /** Direct-I/O leases held here, with the owner that granted each: a lease is void once that owner is not the owner any more. */
  leases = new Map<string, { expiry: number; grantor: string }>();
  grantedLeases = new Map<string, Map<string, number>>();
  redirected = new Set<string>();
  mirroringUp = true;
  /** As partner: false from an interconnect outage until a full resync (nvSynced of the partner's mirror). */
  partnerSynced = true;
  takingOver = new Set<string>();
  drainWaiters = new Map<string, () => void>();
  pendingMirror = new Map<number, (ok: boolean) => void>();
  flushing = false;
  /** NV-log entries not yet acknowledged (mirror pending): a consistency point never flushes them. */
  unacked = new Set<number>();
  /** Unacknowledged entries whose mirror step has settled, waiting for every earlier entry (log order). */
  settled = new Map<number, () => void>();
  defendedEpoch = new Map<string, number>();

  constructor(
    node: string,
    env: Environment,
    readonly family: SoFamilyPort,
  ) {
    super(family.actorOf(node), node, env);
  }

  // Public doors for the sibling helpers (fencing, HA, migration) onto the actor's guarded primitives.
  get env_(): Environment {
    return this.env;
  }
  afterTicks(delay: number, run: () => void): void {
    this.after(delay, run);
  }
  ioTo(deviceId: string, command: DeviceCommand, onDone: (result: DeviceResult) => void): void {
    this.io(deviceId, command, onDone);
  }
  sendTo(to: string, message: SoMessage): void {
    this.send(to, message);
  }

  get key(): number {
    return makeKey(this.family.nodeIndex(this.node), this.incarnation);
  }

  state(object: string): ObjState {
    return this.objState.get(object) ?? "offline";
  }

  setState(object: string, state: ObjState): void {
    const before = this.state(object);
    this.objState.set(object, state);
    this.family.noteObjState(this.node, object, state);
    // The cache lives only while the object stays online here; a fresh mount starts from the device.
    if (state !== "online" || before !== "online") this.cache.delete(object);
  }

  /** Periodic work: defend owned objects, flush the NV log, resync the mirror. */
  startTimers(): void {
    const d = this.family.config.defendEvery;
    const loop = (): void => {
      if (this.quorate) for (const o of this.family.objects) if (this.state(o) === "online") defendObject(this, o);
      if (!this.partnerSynced || !this.mirroringUp) resyncMirror(this);
      this.after(d, loop);
    };
    this.after(d + this.env.sim.jitter(2), loop);
    const flush = (): void => {
      flushNvlog(this);
      this.after(this.family.config.flushEvery, flush);
    };
    this.after(this.family.config.flushEvery, flush);
  }

  // ---- epochs and quorum -------------------------------------------------------------------------------

  onEpoch(epoch: number, members: readonly Member[]): void {
    if (epoch <= this.epoch) return;
    const wasQuorate = this.quorate;
    this.epoch = epoch;
    this.members = members;
    this.quorate = members.some((m) => m.node === this.node && m.incarnation === this.incarnation);
    if (!this.quorate) return this.stopAllIo();
    this.refreshMap();
    discardLostObjects(this);
    for (const [o, holders] of this.grantedLeases)
      for (const n of [...holders.keys()]) if (!members.some((m) => m.node === n)) holders.delete(n);
    // Register (or re-register) our key on every device: a shared key grants direct writes under WE-RO.
    for (const o of this.family.objects) {
      this.io(this.family.deviceOf(o), { kind: "prout", action: { kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak: this.key } }, () => {
        if (this.family.directory.owner(o) === this.node && this.state(o) === "offline") recoverOwnedObject(this, o);
      });
    }
    if (!wasQuorate) resyncMirror(this);
    for (const o of this.family.objects) takeOverIfSuccessor(this, o);
  }

  onQuorumLost(): void {
    this.quorate = false;
    this.stopAllIo();
  }

  /** Self-fence: offline everything and forget leases; the NV log stays (it is durable). */
  stopAllIo(): void {
    for (const o of this.family.objects) if (this.state(o) !== "offline") this.setState(o, "offline");
    this.leases.clear();
  }

  refreshMap(): void {
    const snap = this.family.directory.snapshotMap();
    if (snap.version >= this.mapVersion) {
      this.mapVersion = snap.version;
      this.mapCache = snap.owners;
    }
  }

  broadcastMap(): void {
    const snap = this.family.directory.snapshotMap();
    this.mapVersion = snap.version;
    this.mapCache = snap.owners;
    const msg: SoMessage = { t: "map", version: snap.version, owners: [...snap.owners.entries()] };
    for (const m of this.members) if (m.node !== this.node) this.send(this.family.actorOf(m.node), msg);
  }

  // ---- client requests -----------------------------------------------------------------------------------

  handleClient(op: SoOp): void {
    this.route(op, 0);
  }

  route(op: SoOp, hops: number): void {
    if (!this.quorate) return this.family.reply(op.id, false, { error: "no-quorum" });
    if (hops > this.family.config.maxHops) return this.family.reply(op.id, false, { error: "too-many-hops" });
    if (op.kind !== "migrate" && this.tryDirect(op)) return;
    const owner = this.mapCache.get(op.object);
    if (owner === this.node) {
      if (this.state(op.object) === "online") return this.serve(op);
      return this.after(5, () => this.route(op, hops + 1));
    }
    if (owner === undefined) return this.family.reply(op.id, false, { error: "no-owner" });
    this.send(this.family.actorOf(owner), { t: "fwd", op, hops } satisfies SoMessage);
  }

  protected receive(from: string, message: unknown): void {
    const m = message as SoMessage;
    switch (m.t) {
      case "fwd":
        return this.onForward(from, m.op, m.hops);
      case "res":
        return this.family.reply(m.opId, m.ok, { value: m.value, error: m.error });
      case "not_owner":
        // Refresh the map from the directory, then try again.
        return this.after(1, () => {
          this.refreshMap();
          this.route(m.op, m.hops + 1);
        });
      case "busy":
        return this.after(5, () => this.route(m.op, m.hops + 1));
      case "map":
        if (m.version > this.mapVersion) {
          this.mapVersion = m.version;
          this.mapCache = new Map(m.owners);
        }
        return;
      case "lease_req": {
        if (this.state(m.object) !== "online" || !this.members.some((x) => x.node === hostName(from))) return;
        const expiry = this.now + this.family.config.leaseTicks;
        const holders = this.grantedLeases.get(m.object) ?? new Map<string, number>();
        holders.set(hostName(from), expiry);
        this.grantedLeases.set(m.object, holders);
        return this.send(from, { t: "lease", object: m.object, expiry } satisfies SoMessage);
      }
      case "lease":
        if (this.quorate) this.leases.set(m.object, { expiry: m.expiry, grantor: hostName(from) });
        return;
      case "prepare":
        return handlePrepare(this, m.object, m.version, m.owner);
      case "handover":
        return handleHandover(this, from, m.object, m.version, m.opId);
      case "reregister":
        return handleReregister(this, from, m.object);
      case "migrated":
        return;
      case "ic":
        return handleInterconnect(this, m.from, m.message);
    }
  }

  private onForward(from: string, op: SoOp, hops: number): void {
    const st = this.state(op.object);
    if (st === "online") return this.serve(op);
    // SO-M4: the old owner answers a stale forward from what it still has, instead of NOT_OWNER.
    if (this.env.bugs.has("SO-M4") && op.kind === "read" && this.staleCopy.has(op.object)) {
      const value = this.staleCopy.get(op.object)?.get(op.block);
      this.family.noteServe(this.node, op.object);
      if (value !== undefined) return this.send(this.family.actorOf(hostName(op.entry)), { t: "res", opId: op.id, ok: true, value } satisfies SoMessage);
    }
    if (st === "offlining" || st === "onlining") return this.send(from, { t: "busy", op, hops } satisfies SoMessage);
    this.send(from, { t: "not_owner", op, version: this.mapVersion, hops } satisfies SoMessage);
  }

  /** What a former owner's cache held when it gave the object away (only the SO-M4 bug ever reads it). */
  staleCopy = new Map<string, Map<number, number>>();

  private answer(op: SoOp, ok: boolean, extra: { value?: number; error?: string } = {}): void {
    if (op.entry === this.id) this.family.reply(op.id, ok, extra);
    else this.send(op.entry, { t: "res", opId: op.id, ok, ...extra } satisfies SoMessage);
  }

  private begin(object: string): void {
    this.inflight.set(object, (this.inflight.get(object) ?? 0) + 1);
  }

  private end(object: string): void {
    const n = (this.inflight.get(object) ?? 1) - 1;
    this.inflight.set(object, n);
    if (n === 0) this.drainWaiters.get(object)?.();
  }

  /** The owner serves: metadata through the NV log and cache, data write-through to the device. */
  serve(op: SoOp): void {
    if (op.kind === "migrate") return startMigration(this, op);
    const o = op.object;
    this.family.noteServe(this.node, o);
    this.begin(o);
    const dev = this.family.deviceOf(o);
    const isMeta = op.block < this.family.config.metaBlocks;
    if (op.kind === "write" && isMeta) {
      const entry: NvEntry = { seq: this.nextSeq++, object: o, block: op.block, value: op.value };
      this.nvlog.push(entry);
      this.unacked.add(entry.seq);
      this.family.noteMetaAdmit(o, op.block, op.value);
      return mirrorAndAck(this, entry, (ok) => this.settleInLogOrder(entry.seq, () => {
        if (ok) {
          // Only an online object has a cache: one that went offline meanwhile (quorum loss, self-fence) must
          // not keep this value around for a later mount, when the block may have been overwritten elsewhere.
          if (this.state(o) === "online") this.cacheOf(o).set(op.block, op.value);
          this.family.noteMetaAck(o, op.block, op.value);
        } else this.nvlog = this.nvlog.filter((e) => e !== entry);
        this.end(o);
        this.answer(op, ok, ok ? {} : { error: "mirror-rejected" });
      }));
    }
    if (op.kind === "read" && isMeta) {
      const hit = this.cache.get(o)?.get(op.block);
      if (hit !== undefined) {
        this.end(o);
        return this.answer(op, true, { value: hit });
      }
    }
    if (op.kind === "write") {
      return this.io(dev, { kind: "write", block: op.block, data: encodeValue(op.value, 8) }, (r) => {
        this.end(o);
        this.answer(op, r.status === "GOOD", r.status === "GOOD" ? {} : { error: r.status });
      });
    }
    this.io(dev, { kind: "read", block: op.block }, (r) => {
      this.end(o);
      if (r.status !== "GOOD" || r.data === undefined) return this.answer(op, false, { error: r.status });
      let value = decodeValue(r.data);
      if (isMeta) {
        // A write acknowledged while the read was in flight wins; the cache never goes backwards.
        const c = this.cacheOf(o);
        const newer = c.get(op.block);
        if (newer !== undefined) value = newer;
        else if (this.state(o) === "online") c.set(op.block, value);
      }
      this.answer(op, true, { value });
    });
  }

  /**
   * NV-log entries are acknowledged in log (sequence) order: an entry that settles early (a local
   * acknowledgement while the interconnect is down) waits for every earlier entry still awaiting its mirror.
   * Otherwise an older write to the same block could be acknowledged, cached and flushed after a newer one,
   * putting the block back to the older value.
   */
  private settleInLogOrder(seq: number, run: () => void): void {
    this.settled.set(seq, run);
    for (;;) {
      let first = Infinity;
      for (const s of this.unacked) if (s < first) first = s;
      const next = this.settled.get(first);
      if (next === undefined) return;
      this.settled.delete(first);
      this.unacked.delete(first);
      next();
    }
  }

  cacheOf(object: string): Map<number, number> {
    let c = this.cache.get(object);
    if (c === undefined) this.cache.set(object, (c = new Map()));
    return c;
  }

  // ---- redirector: direct data I/O under leases -------------------------------------------------------

  private tryDirect(op: SoOp): boolean {
    const o = op.object;
    if (op.block < this.family.config.metaBlocks || this.mapCache.get(o) === this.node) return false;
    const dev = this.family.deviceOf(o);
    if (this.redirected.has(o)) {
      if (!this.env.san.hasPath(this.node, dev)) return false;
      this.redirected.delete(o); // path probe succeeded: back to direct mode
    }
    // A lease speaks for the owner that granted it. One kept across a change of owner (this node became the
    // owner, or the map moved on) lets a former owner write directly just as its successor's PREEMPT fences
    // it, and its in-flight write lands after the fence (SO-2): only a lease from the current owner counts.
    const lease = this.leases.get(o);
    const expiry = lease !== undefined && lease.grantor === this.mapCache.get(o) ? lease.expiry : 0;
    if (expiry - this.now < this.family.config.leaseTicks / 2) {
      const owner = this.mapCache.get(o);
      if (owner !== undefined) this.send(this.family.actorOf(owner), { t: "lease_req", object: o } satisfies SoMessage);
    }
    if (expiry <= this.now) return false;
    const command = op.kind === "write" ? ({ kind: "write", block: op.block, data: encodeValue(op.value, 8) } as const) : ({ kind: "read", block: op.block } as const);
    // Direct I/O counts as in flight on this node: should it become the owner and migrate the object away
    // before a slow direct write lands, the migration's drain must wait for it, or the destination's PREEMPT
    // fences it and it lands after the fence (SO-2).
    this.begin(o);
    this.io(dev, command, (r) => {
      this.end(o);
      if (r.status === "UNAVAILABLE") {
        // pathLoss: switch to redirected mode and send the I/O through the owner.
        this.redirected.add(o);
        return this.route(op, 1);
      }
      if (r.status !== "GOOD") return this.family.reply(op.id, false, { error: r.status });
      this.family.reply(op.id, true, r.data === undefined ? {} : { value: decodeValue(r.data) });
    });
    return true;
  }

  protected onCrash(): void {
    this.epoch = 0;
    this.quorate = false;
    this.members = [];
    this.mapCache = new Map();
    this.mapVersion = 0;
    for (const o of this.family.objects) if (this.state(o) !== "offline") this.setState(o, "offline");
    this.cache = new Map();
    this.inflight = new Map();
    this.leases = new Map<string, { expiry: number; grantor: string }>();
    this.grantedLeases = new Map();
    this.redirected = new Set();
    this.takingOver = new Set();
    this.drainWaiters = new Map();
    this.pendingMirror = new Map();
    this.flushing = false;
    this.unacked = new Set();
    this.settled = new Map();
    this.staleCopy = new Map();
    this.defendedEpoch = new Map();
    this.mirroringUp = false;
    this.partnerSynced = false;
  }

  protected onRestart(): void {
    this.startTimers();
  }
}

export function hostName(actorId: string): string {
  const i = actorId.indexOf("/");
  return i < 0 ? actorId : actorId.slice(0, i);
}
