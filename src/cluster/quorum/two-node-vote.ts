// Two-node cluster with a voting device (V = 3): each node has one vote, sees its peer's vote by heartbeat,
// and may hold the device vote, which is a WE-RO reservation on a shared device — so it has one holder.
// A lone survivor is quorate only with the device vote, confirmed by a fresh READ RESERVATION before it commits.

import { Actor } from "../actor.ts";
import type { Environment } from "../environment.ts";

export const VOTE_DEVICE = "dev:vote";

export interface VotePort {
  readonly defendEvery: number;
  readonly challengeWait: number;
  voteActorOf(node: string): string;
  peerOf(node: string): string;
  keyOf(node: string): number;
  noteCommit(node: string, value: number): void;
  reply(opId: number, ok: boolean, extra?: { value?: number; error?: string }): void;
}

export class VoteNode extends Actor {
  peerSeenAt = -Infinity;
  holdsVote = false;
  challenging = false;
  commits: number[] = [];

  constructor(node: string, env: Environment, private readonly port: VotePort) {
    super(port.voteActorOf(node), node, env);
  }

  get key(): number {
    return this.port.keyOf(this.node);
  }

  peerAlive(): boolean {
    return this.now - this.peerSeenAt <= 3 * this.port.defendEvery;
  }

  /** Votes this node believes it has: its own, the peer's, and the device's. */
  votes(): number {
    return 1 + (this.peerAlive() ? 1 : 0) + (this.holdsVote ? 1 : 0);
  }

  believesQuorate(): boolean {
    return this.up && this.votes() * 2 > 3;
  }

  start(): void {
    const loop = (): void => {
      this.send(this.port.voteActorOf(this.port.peerOf(this.node)), { t: "hb" });
      if (this.holdsVote) this.defend();
      else if (!this.peerAlive() && !this.challenging) this.challenge();
      this.after(this.port.defendEvery, loop);
    };
    this.peerSeenAt = this.now;
    this.after(this.env.sim.jitter(2), loop);
  }

  private pendingAcks = new Map<number, (ok: boolean) => void>();
  private nextAck = 1;

  protected receive(from: string, message: unknown): void {
    const m = message as { t: string; ack?: number };
    if (m.t === "hb") this.peerSeenAt = this.now;
    else if (m.t === "commit") this.send(from, { t: "commitAck", ack: m.ack });
    else if (m.t === "commitAck" && m.ack !== undefined) {
      const cb = this.pendingAcks.get(m.ack);
      this.pendingAcks.delete(m.ack);
      cb?.(true);
    }
  }

  /** The peer's vote counts for a commit only if the peer acknowledges it (it is in our membership). */
  private withPeer(done: (ok: boolean) => void): void {
    const ack = this.nextAck++;
    this.pendingAcks.set(ack, done);
    this.send(this.port.voteActorOf(this.port.peerOf(this.node)), { t: "commit", ack });
    this.after(this.port.defendEvery, () => {
      if (!this.pendingAcks.has(ack)) return;
      this.pendingAcks.delete(ack);
      done(false);
    });
  }

  /** Holder: notice if the vote was taken; otherwise scrub the peer's key (a challenge in progress). */
  private defend(): void {
    this.io(VOTE_DEVICE, { kind: "readReservation" }, (rr) => {
      if (rr.reservation?.reservation?.key !== this.key) return void (this.holdsVote = false);
      this.io(VOTE_DEVICE, { kind: "readKeys" }, (r) => {
        const peerKey = this.port.keyOf(this.port.peerOf(this.node));
        // Scrub a challenger's key whether or not the peer still looks alive: the peer is declared dead after
        // 3·D, but its challenge succeeds after W, so a holder waiting for the timeout would lose the vote while it
        // is alive and committing — both sides of one split would then commit.
        if (r.keys?.keys.includes(peerKey))
          this.io(VOTE_DEVICE, { kind: "prout", action: { kind: "PREEMPT_AND_ABORT", rk: this.key, sak: peerKey, type: "WE-RO" } }, () => undefined);
      });
    });
  }

  /**
   * challenge: register, wait W, back off if our key was scrubbed or a new holder appeared meanwhile (it is
   * alive and defending), else take the reservation from the holder that did not defend in W.
   */
  private challenge(): void {
    this.challenging = true;
    this.io(VOTE_DEVICE, { kind: "readReservation" }, (start) => {
      const startHolder = start.reservation?.reservation?.key;
      this.io(VOTE_DEVICE, { kind: "prout", action: { kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak: this.key } }, () =>
      this.after(this.port.challengeWait, () =>
        this.io(VOTE_DEVICE, { kind: "readKeys" }, (r) => {
          if (this.peerAlive() || !r.keys?.keys.includes(this.key)) return void (this.challenging = false);
          this.io(VOTE_DEVICE, { kind: "readReservation" }, (rr) => {
            const holder = rr.reservation?.reservation?.key;
            if (holder !== undefined && holder !== this.key && holder !== startHolder) return void (this.challenging = false);
            const action =
              holder === undefined || holder === this.key
                ? ({ kind: "RESERVE", rk: this.key, type: "WE-RO" } as const)
                : ({ kind: "PREEMPT_AND_ABORT", rk: this.key, sak: holder, type: "WE-RO" } as const);
            this.io(VOTE_DEVICE, { kind: "prout", action }, (p) => {
              this.challenging = false;
              if (p.status === "GOOD") this.holdsVote = true;
            });
          });
        }),
      ),
      );
    });
  }

  /** Commit only while quorate. QM-4 is here: the cached device grant is counted without re-reading it. */
  commit(opId: number, value: number): void {
    const done = (quorate: boolean): void => {
      if (!quorate) return this.port.reply(opId, false, { error: "not-quorate" });
      this.commits.push(value);
      this.port.noteCommit(this.node, value);
      this.port.reply(opId, true);
    };
    if (this.env.bugs.has("QM-4")) return done(this.believesQuorate());
    if (this.peerAlive()) return this.withPeer((acked) => (acked ? done(true) : this.commitAlone(done)));
    this.commitAlone(done);
  }

  private commitAlone(done: (quorate: boolean) => void): void {
    if (!this.holdsVote) return done(false);
    this.io(VOTE_DEVICE, { kind: "readReservation" }, (rr) => {
      this.holdsVote = rr.reservation?.reservation?.key === this.key;
      done(this.holdsVote);
    });
  }

  protected onCrash(): void {
    this.holdsVote = false;
    this.challenging = false;
    this.pendingAcks = new Map();
  }

  protected onRestart(): void {
    this.start();
  }
}
