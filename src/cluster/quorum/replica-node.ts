// A node of the quorum replica set: arbitration per member (renew every D; challenge after seeing no renewal
// for W, then confirm), formation from the maximum (epoch, seq), majority-acknowledged updates, reads from
// reconciled members only, reconciliation of returning members, and stepping down at once without majority.

import { Actor } from "../actor.ts";
import type { Environment } from "../environment.ts";
import { memberIo, ReplicaMember, type LogEntry, type MemberReply } from "./replica-member.ts";

export interface ReplicaPort {
  readonly members: readonly ReplicaMember[];
  readonly defendEvery: number;
  readonly pmax: number;
  actorOf(node: string): string;
  noteOwned(node: string, member: string, owned: boolean): void;
  noteMemberWrite(node: string, member: string): void;
  noteFormed(node: string, epoch: number, authoritative: { epoch: number; seq: number; log: readonly LogEntry[] }): void;
  noteStepDown(node: string): void;
  noteAck(node: string, entry: LogEntry): void;
  noteRead(node: string, member: ReplicaMember): void;
  /** `indeterminate`: the operation may still take effect (the history records an unknown outcome). */
  reply(opId: number, ok: boolean, extra?: { value?: number; error?: string; indeterminate?: boolean }): void;
}

export class ReplicaNode extends Actor {
  owned = new Set<string>();
  reconciled = new Set<string>();
  formed = false;
  forming = false;
  epoch = 0;
  seq = 0;
  /** Highest acknowledged sequence number in the current formation. */
  ackedSeq = 0;
  log: LogEntry[] = [];
  /** Sequence numbers this formation carried forward (≤ formedSeq) or acknowledged itself: what a read may return. */
  private formedSeq = 0;
  private acked = new Set<number>();
  private seen = new Map<string, { owner: string | null; heartbeat: number; since: number }>();
  private claiming = new Set<string>();
  private reconciling = new Set<string>();
  private readIndex = 0;

  constructor(node: string, env: Environment, private readonly port: ReplicaPort) {
    super(port.actorOf(node), node, env);
  }

  private get m(): number {
    return this.port.members.length;
  }

  /** The quorum test. QM-1 is exactly here: `≥ m/2` lets both halves of a 2/2 split form. */
  hasMajority(count: number): boolean {
    return this.env.bugs.has("QM-1") ? count * 2 >= this.m : count * 2 > this.m;
  }

  /** Challenger wait. QM-3 is here: W ≤ D + Pmax on a non-enforcing member lets a stalled owner lose it silently. */
  private challengeWait(): number {
    const d = this.port.defendEvery;
    return this.env.bugs.has("QM-3") ? d : d + this.port.pmax + 4;
  }

  start(): void {
    const loop = (): void => {
      for (const member of this.port.members) this.arbitrate(member);
      this.after(this.port.defendEvery, loop);
    };
    this.after(this.env.sim.jitter(3), loop);
  }

  private mio<T>(member: ReplicaMember, act: (m: ReplicaMember) => T, done: (r: MemberReply<T>) => void): void {
    const inc = this.incarnation;
    memberIo(this.env, this.node, member, act, (r) => this.notify(0, () => inc === this.incarnation && done(r)));
  }

  /** Renew owned members; watch the others and claim one whose heartbeat has not moved for W. */
  private arbitrate(member: ReplicaMember): void {
    const me = this.node;
    if (this.owned.has(member.id)) {
      // Repair: an owned member the formation did not cover (or one that lost a write) is reconciled now.
      if (this.formed && !this.reconciled.has(member.id) && !this.reconciling.has(member.id)) this.reconcile(member);
      return this.mio(member, (x) => {
        if (x.owner !== me) return false;
        x.heartbeat++;
        return true;
      }, (r) => {
        if (!r.ok || !r.value) this.lose(member.id);
      });
    }
    if (this.claiming.has(member.id)) return;
    this.mio(member, (x) => ({ owner: x.owner, heartbeat: x.heartbeat }), (r) => {
      if (!r.ok) return;
      const prev = this.seen.get(member.id);
      const cur = r.value;
      if (prev === undefined || prev.owner !== cur.owner || prev.heartbeat !== cur.heartbeat) {
        this.seen.set(member.id, { ...cur, since: this.now });
        // Free, or our own claim from before we lost the path to it: claim at once.
        if (cur.owner !== null && cur.owner !== me) return;
      } else if (cur.owner !== null && this.now - prev.since < this.challengeWait()) return;
      this.claim(member, cur);
    });
  }

  /**
   * Write our claim, wait past any racing claimant's write, and own the member only if the claim stuck. The claim
   * is a compare-and-write (as VMFS's ATS heartbeat): it lands only if the record is still the one the decision
   * was based on. A reply can be old by the time it is acted on (this node paused in between): a plain write would
   * then overwrite a claim made meanwhile by a live node that defends it, taking a member from a running leader.
   */
  private claim(member: ReplicaMember, basis: { owner: string | null; heartbeat: number }): void {
    const me = this.node;
    this.claiming.add(member.id);
    this.mio(member, (x) => {
      if (x.owner !== basis.owner || x.heartbeat !== basis.heartbeat) return false;
      x.owner = me;
      x.heartbeat++;
      return true;
    }, (r) => {
      if (!r.ok || !r.value) return void this.claiming.delete(member.id);
      this.after(4, () =>
        this.mio(member, (x) => x.owner === me, (c) => {
          this.claiming.delete(member.id);
          if (c.ok && c.value) this.acquire(member);
        }),
      );
    });
  }

  private acquire(member: ReplicaMember): void {
    this.owned.add(member.id);
    this.seen.delete(member.id);
    this.port.noteOwned(this.node, member.id, true);
    if (!this.formed) return this.tryForm();
    // QM-5 is here: a returning member is counted and read before it is reconciled.
    if (this.env.bugs.has("QM-5")) return void this.reconciled.add(member.id);
    this.reconcile(member);
  }

  private lose(memberId: string): void {
    this.owned.delete(memberId);
    this.reconciled.delete(memberId);
    this.port.noteOwned(this.node, memberId, false);
    if (this.formed && !this.hasMajority(this.reconciled.size)) this.stepDown();
  }

  private stepDown(): void {
    this.formed = false;
    this.port.noteStepDown(this.node);
  }

  private ownedMembers(): ReplicaMember[] {
    return this.port.members.filter((x) => this.owned.has(x.id));
  }

  /** Copy the authoritative state to a lagging member, then count it. */
  private reconcile(member: ReplicaMember): void {
    const epoch = this.epoch, seq = this.seq, log = [...this.log];
    this.reconciling.add(member.id);
    this.mio(member, (x) => {
      x.epoch = epoch;
      x.seq = seq;
      x.log = [...log];
    }, (r) => {
      this.reconciling.delete(member.id);
      if (!r.ok || !this.owned.has(member.id) || !this.formed) return;
      // An update acknowledged meanwhile skipped this member: copy again before counting it.
      if (this.seq !== seq || this.epoch !== epoch) return this.reconcile(member);
      this.reconciled.add(member.id);
    });
  }

  /** Form: with a majority owned, take the maximum (epoch, seq), copy it to laggards, write epoch+1 to a majority. */
  private tryForm(): void {
    if (this.formed || this.forming || !this.hasMajority(this.owned.size)) return;
    this.forming = true;
    const members = this.ownedMembers();
    const states: Array<{ id: string; epoch: number; seq: number; log: LogEntry[] }> = [];
    let left = members.length;
    for (const member of members) {
      this.mio(member, (x) => ({ id: x.id, epoch: x.epoch, seq: x.seq, log: [...x.log] }), (r) => {
        if (r.ok) states.push(r.value);
        if (--left === 0) this.finishForm(states);
      });
    }
  }

  private finishForm(states: Array<{ id: string; epoch: number; seq: number; log: LogEntry[] }>): void {
    if (!this.hasMajority(states.length)) return void (this.forming = false);
    // QM-2 is here: reconcile from the first member that answered instead of the maximum (epoch, seq).
    const best = this.env.bugs.has("QM-2") ? states[0] : states.reduce((a, b) => (ReplicaMember.compare(b, a) > 0 ? b : a));
    const epoch = best.epoch + 1;
    const log = [...best.log];
    const targets = this.ownedMembers();
    let left = targets.length, good: string[] = [];
    for (const member of targets) {
      this.mio(member, (x) => {
        x.epoch = epoch;
        x.seq = best.seq;
        x.log = [...log];
      }, (r) => {
        if (r.ok) good.push(member.id);
        if (--left > 0) return;
        this.forming = false;
        if (!this.hasMajority(good.length)) return;
        this.epoch = epoch;
        this.seq = best.seq;
        this.ackedSeq = best.seq;
        this.formedSeq = best.seq;
        this.acked = new Set();
        this.log = log;
        this.reconciled = new Set(good.filter((g) => this.owned.has(g)));
        this.formed = true;
        this.port.noteFormed(this.node, epoch, { epoch, seq: best.seq, log });
      });
    }
  }

  /** Update: acknowledged once durable on a majority of the configured members. */
  update(opId: number, value: number): void {
    if (!this.formed) return this.port.reply(opId, false, { error: "not-formed" });
    const targets = this.ownedMembers().filter((x) => this.reconciled.has(x.id));
    // Refused before the entry exists anywhere: a definite failure (the log must not keep it, or a later
    // reconciliation would copy a write the client was told failed).
    if (targets.length === 0) return this.port.reply(opId, false, { error: "no-members" });
    const entry: LogEntry = { seq: ++this.seq, epoch: this.epoch, value };
    this.log.push(entry);
    let left = targets.length, durable = 0;
    for (const member of targets) {
      this.port.noteMemberWrite(this.node, member.id);
      this.mio(member, (x) => x.append(entry), (r) => {
        if (r.ok) durable++;
        else this.reconciled.delete(member.id); // a member whose write fails becomes unreconciled
        if (--left > 0) return;
        if (this.hasMajority(durable)) {
          this.ackedSeq = Math.max(this.ackedSeq, entry.seq);
          if (entry.epoch === this.epoch) this.acked.add(entry.seq);
          this.port.noteAck(this.node, entry);
          this.port.reply(opId, true);
        } else {
          // Not acknowledged, but not undone either: the entry is durable on a minority and in our log, and a
          // later formation or reconciliation may carry it forward. The client learns the outcome is unknown.
          this.port.reply(opId, false, { error: "no-majority", indeterminate: true });
          if (!this.hasMajority(this.reconciled.size)) this.stepDown();
        }
      });
    }
  }

  /** Whether a member's log entry is committed as far as this formation knows. */
  private isCommitted(e: LogEntry): boolean {
    return e.seq <= this.formedSeq ? e.epoch <= this.epoch : e.epoch === this.epoch && this.acked.has(e.seq);
  }

  /**
   * Reads rotate over reconciled members only, and return the member's latest committed entry: an update still
   * in flight (or one that reached only a minority, "no-majority") is on some members already, and a later
   * formation from a majority without it would drop it — a read that had returned it would then be followed by
   * reads of an older value (not linearizable; found on a bug-free run, seed 128).
   */
  read(opId: number): void {
    if (!this.formed) return this.port.reply(opId, false, { error: "not-formed" });
    const candidates = this.ownedMembers().filter((x) => this.reconciled.has(x.id));
    if (candidates.length === 0) return this.port.reply(opId, false, { error: "no-members" });
    const member = candidates[this.readIndex++ % candidates.length];
    this.port.noteRead(this.node, member);
    this.mio(member, (x) => x.lastValue((e) => this.isCommitted(e)), (r) => this.port.reply(opId, r.ok, r.ok ? { value: r.value } : { error: "member-unavailable" }));
  }

  protected receive(): void {}

  protected onCrash(): void {
    for (const id of this.owned) this.port.noteOwned(this.node, id, false);
    if (this.formed) this.port.noteStepDown(this.node);
    this.owned = new Set();
    this.reconciled = new Set();
    this.formed = false;
    this.forming = false;
    this.seen = new Map();
    this.claiming = new Set();
    this.reconciling = new Set();
    this.log = [];
    this.formedSeq = 0;
    this.acked = new Set();
  }

  protected onRestart(): void {
    this.start();
  }
}
