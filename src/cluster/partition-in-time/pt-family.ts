// The partition-in-time family: nodes A=N1 and B=N2 with durable (epoch, lastSurviving) and a witness device
// whose reservation is the device vote. The ghost `maxCommitted` and checks PT-1..PT-4 judge from ground truth.

import { BlockDevice, decodeValue, encodeValue } from "../block-device.ts";
import type { Environment } from "../environment.ts";
import { PtNode, type PtPort } from "./pt-node.ts";

export const WITNESS_DEVICE = "dev:witness";

export class PartitionInTimeFamily implements PtPort {
  readonly nodes: PtNode[];
  readonly heartbeatEvery = 5;
  readonly bootWait = 20;
  readonly challengeWait = 30;
  maxCommitted = 0;

  constructor(private readonly env: Environment, private readonly opTimeout: number) {
    env.san.add(new BlockDevice({ id: WITNESS_DEVICE, blockCount: 1, blockSize: 8 }));
    this.nodes = ["N1", "N2"].map((n) => new PtNode(n, env, this));
    for (const n of this.nodes) {
      n.mode = "running";
      n.peerSeenAt = 0;
      n.peer = { mode: "running", epoch: 0, bootedAt: 0 };
    }
    for (const n of this.nodes) n.boot();
    for (const n of this.nodes) n.mode = "running";
  }

  actorOf(node: string): string {
    return `${node}/pt`;
  }
  peerOf(node: string): string {
    return node === "N1" ? "N2" : "N1";
  }
  node(name: string): PtNode {
    const n = this.nodes.find((x) => x.node === name);
    if (n === undefined) throw new Error(`unknown node ${name}`);
    return n;
  }

  private keyOf(node: PtNode): number {
    return 0x6000_0000 + Number(node.node.slice(1)) * 0x1_0000 + (node.incarnation & 0xffff);
  }

  /**
   * The device vote by challenge: register; with no holder, reserve; otherwise wait W and, if our key was not
   * scrubbed by a defending holder, PREEMPT AND ABORT it. A holder alive on the other side of a split defends.
   */
  takeDeviceVote(node: PtNode, done: (ok: boolean) => void): void {
    const key = this.keyOf(node);
    const dev = WITNESS_DEVICE;
    const io = (command: Parameters<typeof this.env.san.submit>[2], then: (r: import("../block-device.ts").DeviceResult) => void): void =>
      this.env.san.submit(node.node, dev, command, (r) => node.notify(0, () => then(r)));
    io({ kind: "prout", action: { kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak: key } }, (r) => {
      if (r.status !== "GOOD") return done(false);
      io({ kind: "readReservation" }, (rr) => {
        const holder = rr.reservation?.reservation?.key;
        if (holder === undefined || holder === key)
          return io({ kind: "prout", action: { kind: "RESERVE", rk: key, type: "WE-RO" } }, (p) => done(p.status === "GOOD"));
        node.notify(this.challengeWait, () =>
          io({ kind: "readKeys" }, (k) => {
            if (!k.keys?.keys.includes(key)) return done(false);
            io({ kind: "prout", action: { kind: "PREEMPT_AND_ABORT", rk: key, sak: holder, type: "WE-RO" } }, (p) => done(p.status === "GOOD"));
          }),
        );
      });
    });
  }

  /**
   * The witness's epoch record (WSFC's paxos tag on the witness): the epoch of the last sole-survivor takeover.
   * `done(epoch)` with the recorded epoch, or null if the witness cannot be read.
   */
  readWitnessEpoch(node: PtNode, done: (epoch: number | null) => void): void {
    this.env.san.submit(node.node, WITNESS_DEVICE, { kind: "read", block: 0 }, (r) =>
      node.notify(0, () => done(r.status === "GOOD" && r.data !== undefined ? decodeValue(r.data) : null)),
    );
  }

  /** Records a takeover's epoch on the witness before the survivor raises its flag; `done(false)` if refused. */
  writeWitnessEpoch(node: PtNode, epoch: number, done: (ok: boolean) => void): void {
    this.env.san.submit(node.node, WITNESS_DEVICE, { kind: "write", block: 0, data: encodeValue(epoch, 8) }, (r) =>
      node.notify(0, () => done(r.status === "GOOD")),
    );
  }

  /** The holder's defend: scrub every other key from the witness device. */
  defendDeviceVote(node: PtNode): void {
    const key = this.keyOf(node);
    this.env.san.submit(node.node, WITNESS_DEVICE, { kind: "readReservation" }, (rr) =>
      node.notify(0, () => {
        if (rr.status === "GOOD" && rr.reservation?.reservation?.key !== key) node.stopRunning();
        // The vote device is unreachable: a lone node holds 1 of 3 votes, so it has lost quorum and stops
        // (votequorum), keeping its flag TRUE; it takes the vote again once the device is back (DOMAIN §4.1).
        else if (rr.status === "UNAVAILABLE") node.stopOnQuorumLoss();
      }),
    );
    this.env.san.submit(node.node, WITNESS_DEVICE, { kind: "readKeys" }, (r) =>
      node.notify(0, () => {
        for (const other of new Set(r.keys?.keys ?? []))
          if (other !== key)
            this.env.san.submit(node.node, WITNESS_DEVICE, { kind: "prout", action: { kind: "PREEMPT_AND_ABORT", rk: key, sak: other, type: "WE-RO" } }, () => undefined);
      }),
    );
  }

  submit(req: { client: string; node: string }): number {
    const id = this.env.history.invoke({ client: req.client, node: req.node, family: "partition-in-time", op: "commit", object: "cluster-config" });
    const n = this.node(req.node);
    if (!n.up) this.env.sim.schedule(1, () => this.reply(id, false, { error: "node-down" }));
    else n.notify(1, () => n.commit(id));
    this.env.sim.schedule(this.opTimeout, () => {
      if (this.env.history.isOpen(id)) this.env.history.complete(id, "timeout");
    });
    return id;
  }

  reply(opId: number, ok: boolean, extra: { error?: string } = {}): void {
    this.env.history.complete(opId, ok ? "ok" : "fail", extra.error === undefined ? {} : { error: extra.error });
  }

  // ---- runtime checks ---------------------------------------------------------------------------------------

  noteRunning(node: string): void {
    const n = this.node(node);
    if (n.epoch < this.maxCommitted) this.env.monitor.report("PT-1", `${node} runs the cluster at epoch ${n.epoch} < maxCommitted ${this.maxCommitted}`);
  }

  noteEpochLowered(node: string, from: number, to: number): void {
    this.env.monitor.report("PT-1", `sync overwrote ${node}'s epoch ${from} with lower ${to}`);
  }

  noteCommit(node: string, epoch: number, solo: boolean): void {
    const n = this.node(node);
    if (solo && !n.durableFlag) this.env.monitor.report("PT-4", `${node} committed ${epoch} solo without a durable TRUE flag`);
    if (epoch <= this.maxCommitted) this.env.monitor.report("PT-1", `${node} committed epoch ${epoch}, not above maxCommitted ${this.maxCommitted}: the history forks`);
    this.maxCommitted = Math.max(this.maxCommitted, epoch);
    this.checkFlags();
  }

  /**
   * A two-node commit takes effect when its epoch is durable on both nodes at once. The coordinator wrote it
   * first; if it has moved on meanwhile (a sole-survivor takeover at epoch+2 while this follower stalled), the
   * epoch never held on both, was never committed, and the coordinator reported the commit failed.
   */
  noteFollowerDurable(node: string, epoch: number): void {
    if (this.node(this.peerOf(node)).durableEpoch === epoch) this.noteCommit(node, epoch, false);
  }

  noteDurable(): void {
    this.checkFlags();
  }

  private checkFlags(): void {
    for (const n of this.nodes)
      if (n.durableFlag && n.durableEpoch < this.maxCommitted)
        this.env.monitor.report("PT-2", `${n.node} has a durable TRUE flag at epoch ${n.durableEpoch}, maxCommitted ${this.maxCommitted}`);
    if (this.nodes.every((n) => n.durableFlag)) this.env.monitor.report("PT-3", "both last-surviving flags are durably TRUE");
  }

  observe(): PtObservation {
    return {
      maxCommitted: this.maxCommitted,
      nodes: Object.fromEntries(this.nodes.map((n) => [n.node, { up: n.up, mode: n.up ? n.mode : "down", epoch: n.durableEpoch, lastSurviving: n.durableFlag }])),
      deviceVote: this.env.san.device(WITNESS_DEVICE).pr.currentReservation()?.holder ?? null,
    };
  }
}

export interface PtObservation {
  readonly maxCommitted: number;
  readonly nodes: Record<string, { up: boolean; mode: string; epoch: number; lastSurviving: boolean }>;
  readonly deviceVote: string | null;
}
