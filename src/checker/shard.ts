/**
 * One shard of the state space: the fingerprints it owns, their trace links, and its frontier.
 * With one worker the shard owns everything; with W workers, fingerprint `lo % W` picks the owner and
 * successors owned elsewhere are batched into outboxes. The loop order follows TLC: dedup → record
 * trace link → check invariants → enqueue.
 */
import { ClusterspecError, describeValue } from "../core/errors.ts";
import { fingerprint, fpHigh } from "./fingerprint.ts";
import { FingerprintSet } from "./fingerprintSet.ts";
import { GrowableInt32, GrowableWords } from "./growable.ts";
import type { CompiledModel } from "./model.ts";

const SENT_CACHE_SLOTS = 1 << 18;

export interface FoundViolation {
  readonly gid: number;
  /** Invariant index, or -1 for a deadlock. */
  readonly invariant: number;
  readonly depth: number;
}

export class Shard {
  readonly seen: FingerprintSet;
  /** Per local id: parent global id (-1 for initial states). */
  readonly parent = new GrowableInt32();
  /** Per local id: action instance index, or -(i+1) for initial state i. */
  readonly via = new GrowableInt32();
  current: GrowableWords;
  next: GrowableWords;
  readonly outbox: GrowableWords[];
  generated = 0;
  readonly coverageGenerated: Float64Array;
  readonly coverageDistinct: Float64Array;
  readonly witnessCount: Float64Array;
  readonly witnessDepth: Int32Array;
  violation: FoundViolation | null = null;
  /** DFS only: the depth of each record on the `next` stack. */
  depthStack: GrowableInt32 | null = null;
  /** States at the depth limit that still had successors (so the run is incomplete). */
  truncated = false;
  private readonly scratch: Uint32Array;
  private readonly rec: number;
  /**
   * Lossy direct-mapped cache of fingerprints already sent to other shards: most successors are
   * duplicates, and not re-sending them cuts the traffic between workers. A miss only costs a send;
   * the owner deduplicates anyway, so the cache never changes what is explored.
   */
  private readonly sentLo: Uint32Array;
  private readonly sentHi: Uint32Array;

  constructor(
    readonly model: CompiledModel,
    readonly index: number,
    readonly count: number,
    /** Depth (in actions) of the states being inserted; set by the driver before each level. */
    public depth = 0,
  ) {
    this.seen = new FingerprintSet(1 << 12);
    // Frontier record: packed state, global id, and 1 when its invariants are still to be checked.
    this.rec = model.words + 2;
    this.current = new GrowableWords(this.rec);
    this.next = new GrowableWords(this.rec);
    // Outbox record: packed state, parent gid, action instance, fingerprint low and high.
    this.outbox = Array.from({ length: count }, () => new GrowableWords(model.words + 4, 64));
    this.scratch = new Uint32Array(model.words);
    this.sentLo = new Uint32Array(count > 1 ? SENT_CACHE_SLOTS : 0);
    this.sentHi = new Uint32Array(count > 1 ? SENT_CACHE_SLOTS : 0);
    this.coverageGenerated = new Float64Array(model.actionNames.length);
    this.coverageDistinct = new Float64Array(model.actionNames.length);
    this.witnessCount = new Float64Array(model.witnesses.length);
    this.witnessDepth = new Int32Array(model.witnesses.length).fill(-1);
  }

  get distinct(): number {
    return this.parent.length;
  }

  /** Insert the initial states this shard owns. */
  seedInitial(): void {
    const m = this.model;
    m.initStates.forEach((s, i) => {
      // Every shard encodes every initial state (to find its owner); shard 0 alone counts them as generated.
      if (this.index === 0) this.generated++;
      m.encodeChecked(s, this.scratch, 0, "init");
      const lo = fingerprint(this.scratch, 0, m.words);
      if (lo % this.count !== this.index) return;
      this.insert(this.scratch, 0, lo, fpHigh, -1, -(i + 1), null);
    });
  }

  /**
   * Adds a state if new: trace link, invariants and witnesses on it, then the next frontier.
   * `obj` is the state object when the caller has it; without it the checks wait until the state is
   * expanded (it is decoded then anyway), so no state is decoded twice.
   */
  insert(w: Uint32Array, off: number, lo: number, hi: number, parentGid: number, via: number, obj: unknown): boolean {
    if (!this.seen.add(lo, hi)) return false;
    const m = this.model;
    const local = this.parent.push(parentGid);
    this.via.push(via);
    if (via >= 0) this.coverageDistinct[m.instances[via]!.action]!++;
    const gid = local * this.count + this.index;
    const at = this.next.alloc();
    const nd = this.next.data;
    for (let i = 0; i < m.words; i++) nd[at + i] = w[off + i]!;
    nd[at + m.words] = gid;
    nd[at + m.words + 1] = 0;
    if (this.depthStack !== null) this.depthStack.push(this.depth);
    if (m.invariants.length > 0 || m.witnesses.length > 0) {
      if (obj === null) nd[at + m.words + 1] = 1;
      else this.checkState(obj, gid, this.depth);
    }
    return true;
  }

  private checkState(s: unknown, gid: number, depth: number): void {
    const m = this.model;
    const invs = m.invariants;
    for (let k = 0; k < invs.length; k++) {
      let ok: boolean;
      try {
        ok = invs[k]!.check(s, m.ctx);
      } catch (e) {
        throw new ClusterspecError({
          code: "CS142",
          message: `Invariant ${invs[k]!.name} of spec ${m.name} threw: ${(e as Error)?.message ?? String(e)}`,
          where: { ...(m.file ? { file: m.file } : {}), spec: m.name, invariant: invs[k]!.name, state: describeValue(s) },
          hint: "An invariant must return a boolean for every reachable state; guard against missing values.",
        });
      }
      if (!ok) {
        if (this.violation === null || this.violation.depth > depth) this.violation = { gid, invariant: k, depth };
        return;
      }
    }
    const ws = m.witnesses;
    for (let k = 0; k < ws.length; k++) {
      let hit = false;
      try {
        hit = ws[k]!.check(s, m.ctx);
      } catch (e) {
        throw new ClusterspecError({
          code: "CS142",
          message: `Witness ${ws[k]!.name} of spec ${m.name} threw: ${(e as Error)?.message ?? String(e)}`,
          where: { spec: m.name, witness: ws[k]!.name, state: describeValue(s) },
        });
      }
      if (hit) {
        this.witnessCount[k]!++;
        if (this.witnessDepth[k]! < 0 || this.witnessDepth[k]! > depth) this.witnessDepth[k] = depth;
      }
    }
  }

  /** Move the next frontier to current (called between BFS levels). */
  swapLevels(): void {
    const t = this.current;
    this.current = this.next;
    this.next = t;
    this.next.clear();
  }

  /**
   * Expand every state of the current frontier. `expandDepthLimit` false means these states are at the
   * depth limit: count whether they have successors, but don't generate them.
   */
  expandLevel(atDepthLimit: boolean, shouldStop: () => boolean): void {
    const m = this.model;
    const words = m.words;
    const rec = this.rec;
    const data = this.current.data;
    const n = this.current.length;
    for (let r = 0; r < n; r++) {
      if ((r & 1023) === 1023 && shouldStop()) return;
      this.expandRecord(data, r * rec, atDepthLimit);
      if (this.violation !== null && this.count === 1) return;
    }
  }

  /** Expand the frontier record at `off` (state, gid, pending-check flag); `this.depth` is its depth + 1. */
  expandRecord(data: Uint32Array, off: number, atDepthLimit: boolean): void {
    const m = this.model;
    const gid = data[off + m.words]!;
    const pending = data[off + m.words + 1] === 1;
    const s = m.codec.decode(data, off);
    if (pending) {
      this.checkState(s, gid, this.depth - 1);
      if (this.violation !== null && this.count === 1) return;
    }
    this.expandState(s, gid, atDepthLimit);
  }

  expandState(s: unknown, gid: number, atDepthLimit: boolean): void {
    const m = this.model;
    const insts = m.instances;
    const ctx = m.ctx;
    const words = m.words;
    const w = this.scratch;
    let enabled = 0;
    for (let i = 0; i < insts.length; i++) {
      const inst = insts[i]!;
      if (inst.guard !== undefined) {
        let ok: boolean;
        try {
          ok = inst.guard(s, inst.args, ctx);
        } catch (e) {
          throw this.userError("CS140", "guard", inst.label, e, s);
        }
        if (!ok) continue;
      }
      enabled++;
      if (atDepthLimit) {
        this.truncated = true;
        return;
      }
      let t: unknown;
      try {
        t = inst.apply(s, inst.args, ctx);
      } catch (e) {
        throw this.userError("CS141", "apply", inst.label, e, s);
      }
      if (m.strict) m.validate(t, `Action ${inst.label}`);
      m.encodeChecked(t, w, 0, `Action ${inst.label}`);
      this.generated++;
      this.coverageGenerated[inst.action]!++;
      const lo = fingerprint(w, 0, words);
      const hi = fpHigh;
      const owner = this.count === 1 ? 0 : lo % this.count;
      if (owner === this.index) {
        this.insert(w, 0, lo, hi, gid, i, m.canonicalize ? null : t);
        if (this.violation !== null && this.count === 1) return;
      } else {
        const slot = (hi ^ (lo >>> 11)) & (SENT_CACHE_SLOTS - 1);
        if (this.sentLo[slot] === lo && this.sentHi[slot] === hi) continue;
        this.sentLo[slot] = lo;
        this.sentHi[slot] = hi;
        const box = this.outbox[owner]!;
        const at = box.alloc();
        const bd = box.data;
        for (let k = 0; k < words; k++) bd[at + k] = w[k]!;
        bd[at + words] = gid;
        bd[at + words + 1] = i;
        bd[at + words + 2] = lo;
        bd[at + words + 3] = hi;
      }
    }
    if (enabled === 0 && m.deadlock && (this.violation === null || this.violation.depth > this.depth - 1))
      this.violation = { gid, invariant: -1, depth: this.depth - 1 };
  }

  /** Insert successors sent by other shards (records of words, parent gid, instance, fingerprint). */
  receive(data: Uint32Array, records: number): void {
    const words = this.model.words;
    const rec = words + 4;
    for (let r = 0; r < records; r++) {
      const off = r * rec;
      this.insert(data, off, data[off + words + 2]!, data[off + words + 3]!, data[off + words]! | 0, data[off + words + 1]!, null);
    }
  }

  private userError(code: "CS140" | "CS141", what: string, label: string, e: unknown, s: unknown): ClusterspecError {
    const m = this.model;
    if (e instanceof ClusterspecError) return e;
    return new ClusterspecError({
      code,
      message: `The ${what} of action ${label} in spec ${m.name} threw: ${(e as Error)?.message ?? String(e)}`,
      where: { ...(m.file ? { file: m.file } : {}), spec: m.name, action: label, state: describeValue(s) },
      hint: `A ${what} must be a pure function defined on every state its action can see; check for missing values.`,
    });
  }
}
