// The single-owner family assembled: one shared device per object, N nodes in HA pairs (Ni mirrors to its
// successor), the directory, membership recomputation after faults, the interconnect, clients' entry point,
// runtime safety checks (SO-1..SO-7 from ground truth) and the abstract observation.

import { BlockDevice, decodeValue } from "../block-device.ts";
import type { Environment } from "../environment.ts";
import { SoDirectory, makeKey, type Member } from "./so-directory.ts";
import { SoNode } from "./so-node.ts";
import type { InterconnectMessage, ObjState, SoConfig, SoFamilyPort, SoOp } from "./so-types.ts";

export interface SoFamilyOptions {
  readonly nodes: number;
  readonly objects: number;
  readonly blockCount: number;
  readonly blockSize: number;
  readonly detectDelay: number;
  readonly opTimeout: number;
  readonly config: SoConfig;
  /**
   * A quorum witness (a tie-breaker vote, as corosync qdevice or a WSFC file-share witness): one more vote, held by
   * the live nodes connected to host `SO_WITNESS_HOST`. With two nodes, the survivor of a crash stays quorate.
   */
  readonly witness?: boolean;
  /**
   * A node cut off from the majority (LAN loss with the SAN kept, or the last survivors of a crash) notices its
   * loss of quorum only when its own failure detector fires: after a delay drawn from [0, quorumLossNotice] ticks
   * (default 0: at once). Until then it still believes itself a member of the old epoch and keeps doing direct
   * I/O under its leases — the window the owner's defend scrub exists for (DOMAIN §2.6 SO-M2). Must stay below the
   * challenge wait (W > quorumLossNotice + δ): a cut-off owner stops before its successor fences it and onlines.
   */
  readonly quorumLossNotice?: number;
}

/** Host name of the single-owner quorum witness (a partition group naming it puts the witness on that side). */
export const SO_WITNESS_HOST = "so-witness";

export const DEFAULT_SO_CONFIG: SoConfig = {
  defendEvery: 10,
  challengeWait: 25,
  flushEvery: 6,
  metaBlocks: 4,
  leaseTicks: 120,
  mirrorTimeout: 8,
  maxHops: 12,
};

export interface SoRequest {
  readonly client: string;
  readonly node: string;
  readonly kind: "read" | "write" | "migrate";
  readonly object: string;
  readonly block?: number;
  readonly value?: number;
  readonly target?: string;
}

export class SingleOwnerFamily implements SoFamilyPort {
  readonly directory: SoDirectory;
  readonly config: SoConfig;
  readonly objects: string[];
  readonly nodes: SoNode[];
  readonly devices = new Map<string, BlockDevice>();
  readonly bugs;
  private readonly interconnectDown = new Set<string>();
  private readonly noticeDelay = new Map<string, number>();
  /** Latest acknowledged metadata value per object/block: the SO-7 ground truth. */
  private readonly ackedMeta = new Map<string, Map<number, number>>();
  private readonly defended = new Map<string, number>();
  readonly veto = new Set<string>();

  constructor(
    private readonly env: Environment,
    private readonly options: SoFamilyOptions,
  ) {
    this.bugs = env.bugs;
    this.config = options.config;
    const notice = options.quorumLossNotice ?? 0;
    if (!(notice >= 0 && notice < options.config.challengeWait))
      throw new RangeError(`quorumLossNotice must be in [0, challengeWait=${options.config.challengeWait}), got ${notice}`);
    this.objects = Array.from({ length: options.objects }, (_, i) => `o${i}`);
    const names = Array.from({ length: options.nodes }, (_, i) => `N${i + 1}`);
    const owners = new Map(this.objects.map((o, i) => [o, names[i % names.length]] as const));
    this.directory = new SoDirectory(names.map((node) => ({ node, incarnation: 1 })), owners);
    for (const o of this.objects) {
      const dev = env.san.add(new BlockDevice({ id: `dev:${o}`, blockCount: options.blockCount, blockSize: options.blockSize }));
      this.devices.set(o, dev);
      dev.onWriteApplied = (w) => this.checkAppliedWrite(o, dev, w.nexus, w.block, w.afterFence);
    }
    this.nodes = names.map((n) => new SoNode(n, env, this));
    this.bootstrap(owners);
  }

  private bootstrap(owners: ReadonlyMap<string, string>): void {
    const members = this.directory.members();
    for (const n of this.nodes) {
      for (const o of this.objects) this.devices.get(o)?.execute(n.node, { kind: "prout", action: { kind: "REGISTER", rk: 0, sak: n.key } });
      n.epoch = 1;
      n.members = members;
      n.quorate = true;
      n.refreshMap();
      n.startTimers();
    }
    for (const [o, owner] of owners) {
      const node = this.nodeNamed(owner);
      this.devices.get(o)?.execute(owner, { kind: "prout", action: { kind: "RESERVE", rk: node.key, type: "WE-RO" } });
      node.setState(o, "online");
    }
  }

  nodeNamed(name: string): SoNode {
    const n = this.nodes.find((x) => x.node === name);
    if (n === undefined) throw new Error(`unknown node ${name}`);
    return n;
  }

  actorOf(node: string): string {
    return `${node}/so`;
  }
  nodeIndex(node: string): number {
    return Number(node.slice(1));
  }
  partnerOf(node: string): string {
    const i = this.nodeIndex(node);
    return `N${(i % this.nodes.length) + 1}`;
  }
  deviceOf(object: string): string {
    return `dev:${object}`;
  }

  // ---- faults -----------------------------------------------------------------------------------------

  setInterconnect(a: string, b: string, up: boolean): void {
    const key = [a, b].sort().join("~");
    if (up) this.interconnectDown.delete(key);
    else {
      this.interconnectDown.add(key);
      this.interconnectOutages.set(key, (this.interconnectOutages.get(key) ?? 0) + 1);
      // Both ends see the outage: the mirror is no longer known to cover every acknowledged entry.
      for (const [owner, holder] of [[a, b], [b, a]] as const) {
        if (this.partnerOf(owner) !== holder) continue;
        this.nodeNamed(owner).notify(0, () => void (this.nodeNamed(owner).mirroringUp = false));
        this.nodeNamed(holder).notify(0, () => void (this.nodeNamed(holder).partnerSynced = false));
      }
    }
  }

  private readonly interconnectOutages = new Map<string, number>();

  interconnectGeneration(a: string, b: string): number {
    return this.interconnectOutages.get([a, b].sort().join("~")) ?? 0;
  }

  interconnectUp(a: string, b: string): boolean {
    return !this.interconnectDown.has([a, b].sort().join("~"));
  }

  interconnectSend(from: string, toNode: string, message: InterconnectMessage): void {
    if (!this.interconnectUp(from, toNode)) return;
    const target = this.nodeNamed(toNode);
    this.env.sim.schedule(1, () => target.deliverMessage(this.actorOf(from), { t: "ic", from, message }));
  }

  /** How long `node` takes to notice a membership change (default: detectDelay). */
  setNoticeDelay(node: string, ticks: number): void {
    this.noticeDelay.set(node, ticks);
  }

  /** Recomputes membership after a fault: the connected majority of live nodes forms the next epoch. */
  membershipChanged(): void {
    this.env.sim.schedule(this.options.detectDelay, () => this.recomputeMembership());
  }

  /** A new epoch with the same members (after a device power cycle), so every node re-registers its key. */
  forceNewEpoch(): void {
    this.env.sim.schedule(this.options.detectDelay, () => this.recomputeMembership(true));
  }

  private recomputeMembership(force = false): void {
    const live = this.nodes.filter((n) => n.up);
    const witness = this.options.witness === true;
    const total = this.nodes.length + (witness ? 1 : 0);
    let majority: SoNode[] = [];
    for (const n of live) {
      const comp = live.filter((m) => this.env.net.connected(n.id, m.id));
      const votes = comp.length + (witness && this.env.net.connected(n.id, SO_WITNESS_HOST) ? 1 : 0);
      if (votes * 2 > total && comp.length > majority.length) majority = comp;
    }
    const members: Member[] = majority.map((n) => ({ node: n.node, incarnation: n.incarnation }));
    const current = this.directory.members();
    const same = members.length === current.length && members.every((m) => current.some((c) => c.node === m.node && c.incarnation === m.incarnation));
    if (members.length > 0 && (!same || force)) {
      const epoch = this.directory.newEpoch(members);
      for (const n of majority) n.notify(this.noticeOf(n.node), () => n.onEpoch(epoch, members));
    }
    // Only a node that still believes itself quorate has anything to notice; its failure detector fires late.
    // The notice is void once a later epoch has reached the node (a heal before it noticed).
    const lostAt = this.directory.epoch;
    for (const n of live) {
      if (majority.includes(n)) continue;
      const delay = this.noticeDelay.get(n.node) ?? (n.quorate ? this.env.sim.jitter(this.options.quorumLossNotice ?? 0) : 0);
      n.notify(delay, () => n.epoch <= lostAt && n.onQuorumLost());
    }
  }

  private noticeOf(node: string): number {
    return this.noticeDelay.get(node) ?? 0;
  }

  // ---- clients --------------------------------------------------------------------------------------------

  submit(req: SoRequest): number {
    const id = this.env.history.invoke({
      client: req.client, node: req.node, family: "single-owner", op: req.kind, object: req.object,
      ...(req.block === undefined ? {} : { block: req.block }),
      ...(req.value === undefined ? {} : { value: req.value }),
    });
    const node = this.nodeNamed(req.node);
    const op: SoOp = { id, kind: req.kind, object: req.object, block: req.block ?? 0, value: req.value ?? 0, entry: node.id, target: req.target };
    if (!node.up) this.env.sim.schedule(1, () => this.reply(id, false, { error: "node-down" }));
    else node.notify(1, () => node.handleClient(op));
    this.env.sim.schedule(this.options.opTimeout, () => {
      if (this.env.history.isOpen(id)) this.env.history.complete(id, "timeout");
    });
    return id;
  }

  reply(opId: number, ok: boolean, extra: { value?: number; error?: string } = {}): void {
    const clean: { value?: number; error?: string } = {};
    if (extra.value !== undefined) clean.value = extra.value;
    if (extra.error !== undefined) clean.error = extra.error;
    this.env.history.complete(opId, ok ? "ok" : "fail", clean);
  }

  cfgOK(dst: string, object: string): boolean {
    const n = this.nodes.find((x) => x.node === dst);
    return (
      n !== undefined && n.up && this.directory.isMember(this.directory.epoch, dst) &&
      this.env.san.hasPath(dst, this.deviceOf(object)) && (this.devices.get(object)?.pr.isRegistered(dst) ?? false) && !this.veto.has(dst)
    );
  }

  // ---- runtime safety checks (ground truth) ---------------------------------------------------------------------

  private readonly onlineAt = new Map<string, Set<string>>();

  noteObjState(node: string, object: string, state: ObjState): void {
    const set = this.onlineAt.get(object) ?? new Set<string>();
    this.onlineAt.set(object, set);
    if (state === "online") set.add(node);
    else set.delete(node);
    if (set.size > 1) this.env.monitor.report("SO-1", `${object} online at ${[...set].sort().join(" and ")}`);
  }

  noteServe(node: string, object: string): void {
    for (const other of this.nodes) {
      if (other.node === node || !other.up) continue;
      const st = other.state(object);
      if (st === "online" || (st === "offlining" && (other.inflight.get(object) ?? 0) > 0))
        this.env.monitor.report("SO-1", `${object} served at ${node} while ${other.node} is ${st}`);
    }
    if (this.directory.owner(object) !== node) this.env.monitor.report("SO-5", `${object} served at ${node}, map[${object}]=${this.directory.owner(object)}`);
  }

  noteDefended(object: string, epoch: number): void {
    if (epoch === this.directory.epoch) this.defended.set(object, epoch);
  }

  /** Per object/block: values admitted to an NV log, in order, with whether each was acknowledged. */
  private readonly metaWrites = new Map<string, Array<{ value: number; acked: boolean }>>();

  noteMetaAdmit(object: string, block: number, value: number): void {
    const key = `${object}|${block}`;
    const list = this.metaWrites.get(key) ?? [];
    this.metaWrites.set(key, list);
    list.push({ value, acked: false });
  }

  noteMetaAck(object: string, block: number, value: number): void {
    const list = this.metaWrites.get(`${object}|${block}`) ?? [];
    const i = list.findIndex((w) => w.value === value);
    if (i < 0) return;
    // Keep the last acknowledged write and everything admitted after it (those may still land).
    list[i].acked = true;
    const lastAcked = list.reduce((m, w, j) => (w.acked ? j : m), -1);
    if (lastAcked > 0) list.splice(0, lastAcked);
    const m = this.ackedMeta.get(object) ?? new Map<number, number>();
    this.ackedMeta.set(object, m);
    m.set(block, list[0].value);
  }

  noteMounted(object: string, node: string, how: "takeover" | "migration" | "recovery"): void {
    const dev = this.devices.get(object) as BlockDevice;
    for (const [block, value] of this.ackedMeta.get(object) ?? []) {
      const onDisk = decodeValue(dev.readBlock(block));
      const later = this.metaWrites.get(`${object}|${block}`) ?? [];
      if (onDisk !== value && !later.some((w) => w.value === onDisk))
        this.env.monitor.report("SO-7", `${how} of ${object} by ${node}: block ${block} holds ${onDisk}, last acknowledged ${value}`);
    }
  }

  private checkAppliedWrite(object: string, dev: BlockDevice, nexus: string, block: number, afterFence: boolean): void {
    if (afterFence) this.env.monitor.report("SO-2", `write to ${object}[${block}] from fenced ${nexus} applied after the fence`);
    const epoch = this.directory.epoch;
    if (this.defended.get(object) === epoch && !this.directory.isMember(epoch, nexus))
      this.env.monitor.report("SO-3", `write to ${object}[${block}] from ${nexus}, outside epoch ${epoch}, after the owner's defend pass`);
    // With no reservation at all (right after a power cycle with APTPL=0) there is no holder to judge against.
    const holder = dev.pr.currentReservation()?.holder;
    if (block < this.config.metaBlocks && holder !== undefined && holder !== nexus)
      this.env.monitor.report("SO-4", `metadata write to ${object}[${block}] from non-holder ${nexus}`);
  }

  // ---- observation ------------------------------------------------------------------------------------------------

  observe(): SoObservation {
    return {
      epoch: this.directory.epoch,
      members: this.directory.members().map((m) => `${m.node}#${m.incarnation}`),
      mapVersion: this.directory.version,
      owner: Object.fromEntries(this.objects.map((o) => [o, this.directory.owner(o) ?? null])),
      online: Object.fromEntries(this.objects.map((o) => [o, this.nodes.filter((n) => n.up && n.state(o) === "online").map((n) => n.node)])),
      reservations: Object.fromEntries(
        this.objects.map((o) => {
          const pr = (this.devices.get(o) as BlockDevice).pr;
          const r = pr.currentReservation();
          return [o, { generation: pr.generation, keys: pr.registrationEntries().map(([n, k]) => ({ nexus: n, key: k })), holder: r?.holder ?? null, type: r?.type ?? null }];
        }),
      ),
      nodes: Object.fromEntries(
        this.nodes.map((n) => [n.node, {
          up: n.up, incarnation: n.incarnation, epoch: n.epoch, quorate: n.quorate, mapVersion: n.mapVersion,
          objState: Object.fromEntries(this.objects.map((o) => [o, n.state(o)])),
          nvlog: n.nvlog.length, mirror: n.mirror.length, nvSynced: n.partnerSynced, mirroringUp: n.mirroringUp,
          redirected: [...n.redirected],
        }]),
      ),
    };
  }

  keyOf(node: string): number {
    const n = this.nodeNamed(node);
    return makeKey(this.nodeIndex(node), n.incarnation);
  }
}

export interface SoObservation {
  readonly epoch: number;
  readonly members: string[];
  readonly mapVersion: number;
  readonly owner: Record<string, string | null>;
  readonly online: Record<string, string[]>;
  readonly reservations: Record<string, { generation: number; keys: Array<{ nexus: string; key: number }>; holder: string | null; type: string | null }>;
  readonly nodes: Record<string, {
    up: boolean; incarnation: number; epoch: number; quorate: boolean; mapVersion: number; objState: Record<string, ObjState>;
    nvlog: number; mirror: number; nvSynced: boolean; mirroringUp: boolean; redirected: string[];
  }>;
}
