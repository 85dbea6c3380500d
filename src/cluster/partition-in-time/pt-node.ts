// One node of the two-node partition-in-time guard: durable (epoch, lastSurviving) written through a local
// disk with latency, heartbeats to the peer, becoming sole survivor (flag TRUE durable before any solo commit),
// rejoin (sync from the higher epoch, then durably clear the flag), and revive (join / start on TRUE / wait).

import { Actor } from "../actor.ts";
import type { Environment } from "../environment.ts";

export type PtMode = "booting" | "waiting" | "running";

export interface PtPort {
  readonly heartbeatEvery: number;
  readonly bootWait: number;
  actorOf(node: string): string;
  peerOf(node: string): string;
  takeDeviceVote(node: PtNode, done: (ok: boolean) => void): void;
  readWitnessEpoch(node: PtNode, done: (epoch: number | null) => void): void;
  writeWitnessEpoch(node: PtNode, epoch: number, done: (ok: boolean) => void): void;
  defendDeviceVote(node: PtNode): void;
  noteDurable(node: string): void;
  noteRunning(node: string): void;
  noteEpochLowered(node: string, from: number, to: number): void;
  noteCommit(node: string, epoch: number, solo: boolean): void;
  /** A two-node commit's follower made `epoch` durable (the coordinator wrote it first). */
  noteFollowerDurable(node: string, epoch: number): void;
  reply(opId: number, ok: boolean, extra?: { error?: string }): void;
}

type PtMessage =
  | { t: "hb"; mode: PtMode; epoch: number; bootedAt: number; solo: boolean }
  | { t: "join"; epoch: number; bootedAt: number }
  | { t: "sync"; epoch: number }
  | { t: "synced" }
  | { t: "welcome"; epoch: number }
  | { t: "commit"; epoch: number }
  | { t: "commitReq"; opId: number }
  | { t: "committed"; epoch: number };

export class PtNode extends Actor {
  // Durable (what survives a crash).
  durableEpoch = 0;
  durableFlag = false;
  // Volatile view of the same, plus the rest.
  epoch = 0;
  flag = false;
  mode: PtMode = "booting";
  bootedAt = 0;
  peerSeenAt = -Infinity;
  peer: { mode: PtMode; epoch: number; bootedAt: number } | null = null;
  solo = false;
  /** A device-vote challenge is in flight (observation: the node is deciding, not yet running solo). */
  claimingVote = false;
  /** A sole survivor has sent a joiner its epoch: it freezes its configuration (no solo commit) until pairing. */
  private joinerSyncing = false;
  private diskBusyUntil = 0;
  private pendingCommit = new Map<number, number>();
  /**
   * The highest epoch the peer is known to hold (its heartbeats and commit answers). A coordinator proposes a
   * two-node commit only when it is not already ahead of it: with one commit cut off by a split, a second one
   * would leave the coordinator two epochs ahead, and the peer's takeover at its epoch+2 would reuse that number
   * for a different configuration (two histories, one epoch; a rejoin would then sync the wrong way on the tie).
   */
  private peerEpochSeen = 0;

  constructor(node: string, env: Environment, private readonly port: PtPort) {
    super(port.actorOf(node), node, env);
  }

  private get peerActor(): string {
    return this.port.actorOf(this.port.peerOf(this.node));
  }

  peerAlive(): boolean {
    return this.now - this.peerSeenAt <= 3 * this.port.heartbeatEvery;
  }

  /** Writes through the local disk; `durable: false` models a write that sits in a volatile cache. */
  private persist(fields: { epoch?: number; flag?: boolean }, durable: boolean, done: () => void): void {
    if (fields.epoch !== undefined) this.epoch = fields.epoch;
    if (fields.flag !== undefined) this.flag = fields.flag;
    if (!durable) return done();
    // The local disk completes writes in order (FIFO), so a later write never lands before an earlier one.
    const at = Math.max(this.now, this.diskBusyUntil) + 1 + this.env.sim.jitter(1);
    this.diskBusyUntil = at;
    this.after(at - this.now, () => {
      if (fields.epoch !== undefined) {
        if (fields.epoch < this.durableEpoch) this.port.noteEpochLowered(this.node, this.durableEpoch, fields.epoch);
        this.durableEpoch = fields.epoch;
      }
      if (fields.flag !== undefined) this.durableFlag = fields.flag;
      this.port.noteDurable(this.node);
      done();
    });
  }

  boot(): void {
    this.mode = "booting";
    this.bootedAt = this.now;
    const loop = (): void => {
      this.send(this.peerActor, { t: "hb", mode: this.mode, epoch: this.epoch, bootedAt: this.bootedAt, solo: this.solo } satisfies PtMessage);
      this.tick();
      this.after(this.port.heartbeatEvery, loop);
    };
    loop();
  }

  private tick(): void {
    if (!this.peerAlive()) this.joinerSyncing = false; // the joiner is gone: its join will start over
    if (this.mode === "running" && this.solo && this.durableFlag) this.port.defendDeviceVote(this);
    if (this.mode === "running" && !this.peerAlive() && !this.solo) return this.becomeSoleSurvivor();
    if (this.mode === "booting" && this.now - this.bootedAt >= this.port.bootWait && !this.peerAlive()) this.reviveAlone();
    if (this.mode === "waiting" && this.quorumLost && !this.claimingVote && !this.peerAlive()) this.reviveAlone();
  }

  /**
   * Lone survivor: take the device vote, then make {lastSurviving=TRUE, epoch+1} durable in one write before any
   * solo commit. The new membership {n} is itself a configuration change, so it takes a new epoch: a peer left
   * behind is stale from this moment, not only after the first solo client commit.
   */
  private becomeSoleSurvivor(): void {
    this.solo = true;
    this.claimingVote = true;
    this.port.takeDeviceVote(this, (ok) => {
      // The challenge takes W ticks: if the peer rejoined meanwhile (we synced it and cleared solo), or we
      // were stopped, we are no longer the sole survivor and must not raise the flag (PT-3).
      if (ok && (!this.solo || this.mode !== "running")) return void (this.claimingVote = false);
      if (!ok) {
        this.claimingVote = false;
        this.solo = false;
        this.mode = "waiting";
        return;
      }
      // The peer came back while we challenged: it is no longer a takeover; it joins us instead (as reviveAlone).
      if (this.peerAlive()) {
        this.claimingVote = false;
        this.solo = false;
        return;
      }
      // Skip one epoch: a two-node commit cut off by the split may have left epoch+1 durable, unacknowledged, on
      // either node; the survivor's configuration must never share a number with it.
      const epoch = this.epoch + 2;
      // Both nodes of a split may claim; the vote goes to one, and if that one commits solo and then dies, the
      // other's challenge succeeds later — at a stale epoch. The flag cannot tell it (it is on the dead node), so
      // each takeover records its epoch on the witness first, and a claimant behind that record stands down.
      const abandon = (): void => {
        this.claimingVote = false;
        this.solo = false;
        this.mode = "waiting";
      };
      this.port.readWitnessEpoch(this, (recorded) => {
        if (recorded === null || recorded > this.epoch || !this.stillClaiming()) return abandon();
        this.port.writeWitnessEpoch(this, epoch, (written) => {
          if (!written || !this.stillClaiming()) return abandon();
          this.persist({ flag: true, epoch }, true, () => {
            this.claimingVote = false;
            this.port.noteCommit(this.node, epoch, true);
          });
        });
      });
    });
  }

  /** Still the sole-survivor claimant (no rejoin, stop or crash while the takeover's I/O was out). */
  private stillClaiming(): boolean {
    return this.solo && this.mode === "running" && !this.peerAlive();
  }

  /** Revived alone: start on TRUE (taking the device vote); wait on FALSE. PT-M1 skips the flag check. */
  private reviveAlone(): void {
    if (!this.flag && !this.env.bugs.has("PT-M1")) return void (this.mode = "waiting");
    this.mode = "waiting";
    this.claimingVote = true;
    this.port.takeDeviceVote(this, (ok) => {
      this.claimingVote = false;
      if (!ok || this.peerAlive()) return;
      this.solo = true;
      this.run();
    });
  }

  /** Lost the device vote or was superseded by a sole survivor: stop, and rejoin through a sync. */
  stopRunning(): void {
    this.mode = "waiting";
    this.solo = false;
  }

  /** A sole survivor cut off from the vote device: stop; while still alone, retry the vote each heartbeat. */
  stopOnQuorumLoss(): void {
    this.stopRunning();
    this.quorumLost = true;
  }
  private quorumLost = false;

  private run(): void {
    this.quorumLost = false;
    this.mode = "running";
    this.port.noteRunning(this.node);
  }

  protected receive(_from: string, message: unknown): void {
    const m = message as PtMessage;
    switch (m.t) {
      case "hb":
        this.peerSeenAt = this.now;
        this.peerEpochSeen = Math.max(this.peerEpochSeen, m.epoch);
        // The peer became sole survivor while we were away (paused, cut off): we no longer run the cluster.
        if (this.mode === "running" && !this.solo && m.solo && m.mode === "running") this.stopRunning();
        this.peer = { mode: m.mode, epoch: m.epoch, bootedAt: m.bootedAt };
        if (this.mode !== "running" && m.mode === "running") this.send(this.peerActor, { t: "join", epoch: this.epoch, bootedAt: this.bootedAt } satisfies PtMessage);
        // Both down-and-booting (wait_for_all): the node with the higher epoch leads; ties go to the lower id.
        if (this.mode !== "running" && m.mode !== "running" && this.leadsFormationOver(m.epoch, m.bootedAt)) this.formTogether(m.epoch);
        return;
      case "join":
        return this.onJoin(m.epoch, m.bootedAt);
      case "sync":
        // A sync is for a node that is joining; a late duplicate reaching a running node is ignored.
        if (this.mode === "running") return;
        // Never adopt a lower epoch: answer with ours so the peer syncs from us (PT-M4 skips this guard).
        if (m.epoch < this.epoch && !this.env.bugs.has("PT-M4")) return this.send(this.peerActor, { t: "sync", epoch: this.epoch } satisfies PtMessage);
        return this.persist({ epoch: m.epoch }, true, () => {
          this.solo = false;
          const synced = (): void => this.send(this.peerActor, { t: "synced" } satisfies PtMessage);
          if (this.flag) this.persist({ flag: false }, true, synced);
          else synced();
        });
      case "synced":
        return this.afterPeerSynced();
      case "welcome":
        // The survivor may have committed solo while we synced: catch up before running.
        if (this.mode === "running") return;
        if (m.epoch > this.epoch) return this.persist({ epoch: m.epoch }, true, () => this.mode !== "running" && this.run());
        return this.run();
      case "commit":
        if (this.solo) return; // a sole survivor is not part of a two-node commit
        // Commits only move the epoch up: a delayed or duplicated commit message never lowers it.
        // Only a durable epoch is acknowledged: a duplicate arriving while the first write is on its way to disk
        // waits for that write, which answers.
        if (m.epoch <= this.durableEpoch) return this.send(this.peerActor, { t: "committed", epoch: m.epoch } satisfies PtMessage);
        if (m.epoch <= this.epoch) return;
        // The commit point (judged by the family from ground truth): the epoch is durable on both nodes — not when
        // the coordinator hears of it, which a pause can delay past the peer's later takeover.
        return this.persist({ epoch: m.epoch }, true, () => {
          this.port.noteFollowerDurable(this.node, m.epoch);
          this.send(this.peerActor, { t: "committed", epoch: m.epoch } satisfies PtMessage);
        });
      case "commitReq":
        return this.commit(m.opId);
      case "committed": {
        this.peerEpochSeen = Math.max(this.peerEpochSeen, m.epoch);
        const opId = this.pendingCommit.get(m.epoch);
        if (opId === undefined) return;
        this.pendingCommit.delete(m.epoch);
        this.port.reply(opId, true);
        return this.nextCommit();
      }
    }
  }

  /** Sync direction. PT-M4 is here: boot order decides instead of the epoch. */
  private sourceIsMe(peerEpoch: number, peerBootedAt: number): boolean {
    if (this.env.bugs.has("PT-M4")) return this.bootedAt < peerBootedAt || (this.bootedAt === peerBootedAt && this.node < this.port.peerOf(this.node));
    return this.epoch > peerEpoch || (this.epoch === peerEpoch && this.node < this.port.peerOf(this.node));
  }

  private leadsFormationOver(peerEpoch: number, peerBootedAt: number): boolean {
    return this.sourceIsMe(peerEpoch, peerBootedAt);
  }

  private formTogether(_peerEpoch: number): void {
    this.send(this.peerActor, { t: "sync", epoch: this.epoch } satisfies PtMessage);
  }

  private onJoin(peerEpoch: number, peerBootedAt: number): void {
    if (this.mode !== "running") return;
    if (this.solo) this.joinerSyncing = true;
    if (this.sourceIsMe(peerEpoch, peerBootedAt)) return this.send(this.peerActor, { t: "sync", epoch: this.epoch } satisfies PtMessage);
    // The joiner is ahead: adopt its epoch first, then let it in.
    this.persist({ epoch: peerEpoch }, true, () => this.send(this.peerActor, { t: "sync", epoch: this.epoch } satisfies PtMessage));
  }

  /**
   * The peer has synced: only now does the survivor clear its flag, durably, and only then is the peer let in
   * (so both flags are never durably TRUE). PT-M2 never clears; PT-M3 clears in a volatile cache only.
   */
  private afterPeerSynced(): void {
    this.peerEpochSeen = Math.max(this.peerEpochSeen, this.epoch); // the peer synced to our epoch
    this.solo = false;
    this.joinerSyncing = false;
    const welcome = (): void => {
      if (this.mode !== "running") this.run();
      this.send(this.peerActor, { t: "welcome", epoch: this.epoch } satisfies PtMessage);
    };
    // Judge by the durable flag too: after a duplicated `synced`, the first clear may still be on its way to disk,
    // and welcoming now would run paired with a durable TRUE flag (a crash then leaves both flags TRUE).
    if ((!this.flag && !this.durableFlag) || this.env.bugs.has("PT-M2")) return welcome();
    this.persist({ flag: false }, !this.env.bugs.has("PT-M3"), welcome);
  }

  /** Commits run one at a time on a node, so epochs are acknowledged in order. */
  private commitQueue: number[] = [];
  private committing = false;

  commit(opId: number): void {
    this.commitQueue.push(opId);
    if (!this.committing) this.nextCommit();
  }

  private nextCommit(): void {
    const opId = this.commitQueue.shift();
    this.committing = opId !== undefined;
    if (opId === undefined) return;
    // A commit whose acknowledgement never comes (peer lost) gives way after a while.
    const epochAtStart = this.epoch;
    this.after(3 * this.port.heartbeatEvery, () => {
      if (this.pendingCommit.get(epochAtStart + 1) !== opId) return;
      this.pendingCommit.delete(epochAtStart + 1);
      this.port.reply(opId, false, { error: "peer-lost" });
      this.nextCommit();
    });
    this.commitOne(opId);
  }

  private commitOne(opId: number): void {
    const fail = (error: string): void => {
      this.port.reply(opId, false, { error });
      this.nextCommit();
    };
    if (this.mode !== "running") return fail("not-running");
    const epoch = this.epoch + 1;
    const together = this.peerAlive() && this.peer?.mode === "running" && !this.solo;
    // Two running nodes commit through one coordinator (the lower id), so epochs never fork.
    if (together && this.node > this.port.peerOf(this.node)) {
      this.send(this.peerActor, { t: "commitReq", opId } satisfies PtMessage);
      return this.nextCommit();
    }
    // At most one unacknowledged epoch ahead of the peer (see peerEpochSeen): the takeover's epoch+2 relies on it.
    if (together && this.epoch > this.peerEpochSeen) return fail("peer-behind");
    if (together) {
      this.pendingCommit.set(epoch, opId);
      return this.persist({ epoch }, true, () => this.send(this.peerActor, { t: "commit", epoch } satisfies PtMessage));
    }
    if (!this.solo || !this.durableFlag) return fail("not-sole-survivor");
    if (this.joinerSyncing) return fail("joiner-syncing");
    this.persist({ epoch }, true, () => {
      this.port.noteCommit(this.node, epoch, true);
      this.port.reply(opId, true);
      this.nextCommit();
    });
  }

  protected onCrash(): void {
    this.claimingVote = false;
    this.quorumLost = false;
    this.joinerSyncing = false;
    this.epoch = this.durableEpoch;
    this.flag = this.durableFlag;
    this.solo = false;
    this.peer = null;
    this.peerSeenAt = -Infinity;
    this.pendingCommit = new Map();
    this.peerEpochSeen = 0;
    this.commitQueue = [];
    this.committing = false;
  }

  protected onRestart(): void {
    this.boot();
  }
}
