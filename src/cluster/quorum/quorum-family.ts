// The quorum-majority family assembled: m replica members with n competing nodes, and a two-node cluster
// with a voting device. Runtime checks Q-1..Q-5 are judged from ground truth (acknowledged updates, member
// states, beliefs at the moment of acting); observe() gives the abstract quorum state.

import { BlockDevice } from "../block-device.ts";
import type { Environment } from "../environment.ts";
import { ReplicaMember, type LogEntry } from "./replica-member.ts";
import { ReplicaNode, type ReplicaPort } from "./replica-node.ts";
import { VOTE_DEVICE, VoteNode, type VotePort } from "./two-node-vote.ts";

export interface QuorumFamilyOptions {
  readonly nodes: number;
  readonly members: number;
  readonly defendEvery: number;
  readonly pmax: number;
  readonly opTimeout: number;
}

export class QuorumFamily implements ReplicaPort, VotePort {
  readonly members: ReplicaMember[];
  readonly nodes: ReplicaNode[];
  readonly voters: VoteNode[];
  readonly defendEvery: number;
  readonly pmax: number;
  readonly challengeWait: number;
  private readonly owners = new Map<string, Set<string>>();
  private readonly acked: LogEntry[] = [];
  private lastFormationEpoch = 0;

  constructor(private readonly env: Environment, private readonly options: QuorumFamilyOptions) {
    this.defendEvery = options.defendEvery;
    this.pmax = options.pmax;
    // The device vote's challenger waits as long as a member's (W > D + Pmax + δ): a holder stalled for up to
    // Pmax still defends before the challenge ends.
    this.challengeWait = options.defendEvery + options.pmax + 4;
    this.members = Array.from({ length: options.members }, (_, i) => new ReplicaMember(`r${i + 1}`));
    this.nodes = Array.from({ length: options.nodes }, (_, i) => new ReplicaNode(`N${i + 1}`, env, this));
    env.san.add(new BlockDevice({ id: VOTE_DEVICE, blockCount: 1, blockSize: 8 }));
    this.voters = ["N1", "N2"].map((n) => new VoteNode(n, env, this));
    for (const n of this.nodes) n.start();
    for (const v of this.voters) v.start();
  }

  actorOf(node: string): string {
    return `${node}/qm`;
  }
  voteActorOf(node: string): string {
    return `${node}/vote`;
  }
  peerOf(node: string): string {
    return node === "N1" ? "N2" : "N1";
  }
  keyOf(node: string): number {
    const v = this.voters.find((x) => x.node === node);
    return 0x7000_0000 + Number(node.slice(1)) * 0x1_0000 + (v?.incarnation ?? 1);
  }
  member(id: string): ReplicaMember {
    const m = this.members.find((x) => x.id === id);
    if (m === undefined) throw new Error(`unknown member ${id}`);
    return m;
  }
  node(name: string): ReplicaNode {
    const n = this.nodes.find((x) => x.node === name);
    if (n === undefined) throw new Error(`unknown node ${name}`);
    return n;
  }
  voter(name: string): VoteNode {
    const n = this.voters.find((x) => x.node === name);
    if (n === undefined) throw new Error(`unknown voter ${name}`);
    return n;
  }

  /** Clients: "update" and "read" go to a replica-set node; "commit" goes to a two-node voter. */
  submit(req: { client: string; node: string; kind: "update" | "read" | "commit"; value?: number }): number {
    const id = this.env.history.invoke({
      client: req.client, node: req.node, family: "quorum-majority", op: req.kind,
      object: req.kind === "commit" ? "vote-cluster" : "replica-set", ...(req.value === undefined ? {} : { value: req.value }),
    });
    const target = req.kind === "commit" ? this.voters.find((v) => v.node === req.node) : this.nodes.find((n) => n.node === req.node);
    if (target === undefined || !target.up) this.env.sim.schedule(1, () => this.reply(id, false, { error: "node-down" }));
    else if (target instanceof VoteNode) target.notify(1, () => target.commit(id, req.value ?? 0));
    else if (req.kind === "update") target.notify(1, () => target.update(id, req.value ?? 0));
    else target.notify(1, () => target.read(id));
    this.env.sim.schedule(this.options.opTimeout, () => {
      if (this.env.history.isOpen(id)) this.env.history.complete(id, "timeout");
    });
    return id;
  }

  reply(opId: number, ok: boolean, extra: { value?: number; error?: string; indeterminate?: boolean } = {}): void {
    const clean: { value?: number; error?: string } = {};
    if (extra.value !== undefined) clean.value = extra.value;
    if (extra.error !== undefined) clean.error = extra.error;
    this.env.history.complete(opId, ok ? "ok" : extra.indeterminate === true ? "timeout" : "fail", clean);
  }

  // ---- runtime checks ---------------------------------------------------------------------------------------

  private formedNodes(): ReplicaNode[] {
    return this.nodes.filter((n) => n.up && n.formed);
  }

  noteOwned(node: string, member: string, owned: boolean): void {
    const set = this.owners.get(member) ?? new Set<string>();
    this.owners.set(member, set);
    if (owned) set.add(node);
    else set.delete(node);
  }

  noteMemberWrite(node: string, member: string): void {
    const others = [...(this.owners.get(member) ?? [])].filter((n) => n !== node);
    if (others.length > 0) this.env.monitor.report("Q-2", `${node} writes ${member} while ${others.join(",")} also owns it`);
  }

  noteFormed(node: string, epoch: number, auth: { epoch: number; seq: number; log: readonly LogEntry[] }): void {
    const others = this.formedNodes().filter((n) => n.node !== node);
    if (others.length > 0) this.env.monitor.report("Q-1", `${node} formed epoch ${epoch} while ${others.map((n) => n.node).join(",")} is formed`);
    if (epoch <= this.lastFormationEpoch) this.env.monitor.report("Q-4", `formation epoch ${epoch} after ${this.lastFormationEpoch}`);
    this.lastFormationEpoch = Math.max(this.lastFormationEpoch, epoch);
    // Index the log by seq once (searching it for every acknowledged update made long runs cubic).
    const bySeq = new Map<number, LogEntry[]>();
    for (const e of auth.log) {
      const same = bySeq.get(e.seq);
      if (same === undefined) bySeq.set(e.seq, [e]);
      else same.push(e);
    }
    for (const u of this.acked) {
      const found = bySeq.get(u.seq)?.some((e) => e.epoch === u.epoch && e.value === u.value) ?? false;
      if (!found) this.env.monitor.report("Q-3", `acknowledged update seq ${u.seq} (value ${u.value}) missing from formation epoch ${epoch}`);
    }
  }

  noteStepDown(): void {}

  noteAck(node: string, entry: LogEntry): void {
    const others = this.formedNodes().filter((n) => n.node !== node);
    if (others.length > 0) this.env.monitor.report("Q-1", `${node} acknowledged an update while ${others.map((n) => n.node).join(",")} is formed`);
    this.acked.push(entry);
  }

  noteRead(node: string, member: ReplicaMember): void {
    const leader = this.nodes.find((n) => n.node === node);
    const acked = leader === undefined ? undefined : { epoch: leader.epoch, seq: leader.ackedSeq };
    if (acked !== undefined && ReplicaMember.compare(member, acked) < 0)
      this.env.monitor.report("Q-5", `${node} read ${member.id} at (${member.epoch},${member.seq}) behind acknowledged (${acked.epoch},${acked.seq})`);
  }

  /** Topology version of each voter's last commit: two commits from both sides of one split break Q-1. */
  private readonly lastCommit = new Map<string, number>();

  noteCommit(node: string, value: number): void {
    const peer = this.peerOf(node);
    const topology = this.env.net.topologyVersion;
    this.lastCommit.set(node, topology);
    if (this.lastCommit.get(peer) === topology && !this.env.net.connected(this.voteActorOf(peer), this.voteActorOf(node)))
      this.env.monitor.report("Q-1", `${node} committed ${value} while ${peer}, on the other side of the split, also committed`);
  }

  observe(): QuorumObservation {
    return {
      members: Object.fromEntries(this.members.map((m) => [m.id, { epoch: m.epoch, seq: m.seq, owner: m.owner, lastValue: m.lastValue() }])),
      owners: Object.fromEntries(this.members.map((m) => [m.id, [...(this.owners.get(m.id) ?? [])].sort()])),
      formed: this.formedNodes().map((n) => n.node),
      nodes: Object.fromEntries(this.nodes.map((n) => [n.node, { up: n.up, formed: n.formed, epoch: n.epoch, seq: n.seq, owned: [...n.owned].sort(), reconciled: [...n.reconciled].sort() }])),
      vote: {
        holder: this.env.san.device(VOTE_DEVICE).pr.currentReservation()?.holder ?? null,
        nodes: Object.fromEntries(this.voters.map((v) => [v.node, { up: v.up, holdsVote: v.holdsVote, votes: v.up ? v.votes() : 0, quorate: v.believesQuorate() }])),
      },
    };
  }
}

export interface QuorumObservation {
  readonly members: Record<string, { epoch: number; seq: number; owner: string | null; lastValue: number }>;
  readonly owners: Record<string, string[]>;
  readonly formed: string[];
  readonly nodes: Record<string, { up: boolean; formed: boolean; epoch: number; seq: number; owned: string[]; reconciled: string[] }>;
  readonly vote: { holder: string | null; nodes: Record<string, { up: boolean; holdsVote: boolean; votes: number; quorate: boolean }> };
}
