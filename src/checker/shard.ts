/**
 * One explorer's part of the state space: its trace links, its frontier, and a handle on the seen set.
 * Serially the shard owns everything; on worker threads every shard inserts into one shared seen set
 * (`SharedFingerprintSet`) and keeps the trace links of the states it inserted. The loop order follows
 * TLC: dedup → record trace link → check invariants → enqueue.
 */
import { ClusterspecError, describeValue } from "../core/errors.ts";
import { fingerprint, fpHigh } from "./fingerprint.ts";
import { FingerprintSet } from "./fingerprintSet.ts";
import { GrowableInt32, GrowableWords } from "./growable.ts";
import type { CompiledModel } from "./model.ts";

/** What a shard needs of a seen set: the serial `FingerprintSet` or the `SharedFingerprintSet`. */
export interface SeenSet {
  add(lo: number, hi: number): boolean;
  readonly bytes: number;
}

export interface FoundViolation {
  readonly gid: number;
  /** Invariant index, or -1 for a deadlock; `invariants.length + k` for action property k (then `gid` is the step's source). */
  readonly invariant: number;
  /** For an action property: the instance of the offending step from state `gid`. */
  readonly via?: number;
  readonly depth: number;
  /** Fingerprint of the violating state: with several workers, the tie-break that makes the choice deterministic. */
  readonly lo: number;
  readonly hi: number;
}

/** Shallowest first, then deadlocks before invariants in declaration order, then by fingerprint. */
export function precedes(a: FoundViolation, b: FoundViolation | null): boolean {
  if (b === null) return true;
  if (a.depth !== b.depth) return a.depth < b.depth;
  if (a.invariant !== b.invariant) return a.invariant < b.invariant;
  if (a.lo !== b.lo) return a.lo < b.lo;
  return a.hi < b.hi;
}

export class Shard {
  seen: SeenSet;
  /** Per local id: parent global id (-1 for initial states). */
  readonly parent = new GrowableInt32();
  /** Per local id: action instance index, or -(i+1) for initial state i. */
  readonly via = new GrowableInt32();
  current: GrowableWords;
  next: GrowableWords;
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
  /** At most this many states are stored (`--max-states`, serial runs); a new state past it sets `full`. */
  cap = Infinity;
  /** A new state was refused because `cap` states are stored: the run stops at limit "states". */
  full = false;
  /** On worker threads under --max-states: the team's stored-state counter (`cap` is then 0, so every new state claims a slot). */
  sharedStored: { readonly ints: Int32Array; readonly at: number; readonly max: number } | null = null;
  private readonly scratch: Uint32Array;
  /**
   * Spec applies left to audit: the first ones re-encode their input state afterwards and compare it with
   * the packed words it was decoded from, so an apply (or guard) that mutates its input is a CS288 error
   * instead of a silently smaller state space. A budget, so the hot path pays one comparison per apply.
   */
  private auditLeft = 256;
  private readonly auditWords: Uint32Array;
  /** Words per frontier record: packed state, global id, and 1 when its invariants are still to be checked. */
  readonly rec: number;

  constructor(
    readonly model: CompiledModel,
    /** This shard's index among `count`; global ids are `local * count + index`. */
    readonly index: number,
    readonly count: number,
    options: { readonly seen?: SeenSet; readonly sharedFrontier?: boolean } = {},
    /** Depth (in actions) of the states being inserted; set by the driver before each level. */
    public depth = 0,
  ) {
    this.seen = options.seen ?? new FingerprintSet(1 << 12);
    this.rec = model.words + 2;
    this.current = new GrowableWords(this.rec, 1024, options.sharedFrontier);
    this.next = new GrowableWords(this.rec, 1024, options.sharedFrontier);
    this.scratch = new Uint32Array(model.words);
    this.auditWords = new Uint32Array(model.words);
    this.coverageGenerated = new Float64Array(model.actionNames.length);
    this.coverageDistinct = new Float64Array(model.actionNames.length);
    this.witnessCount = new Float64Array(model.witnesses.length);
    this.witnessDepth = new Int32Array(model.witnesses.length).fill(-1);
  }

  get distinct(): number {
    return this.parent.length;
  }

  /** Insert the initial states (one shard does this for all workers). */
  seedInitial(): void {
    const m = this.model;
    m.initStates.forEach((s, i) => {
      this.generated++;
      if (m.constraint !== null && !this.inConstraint(s)) return;
      m.encodeChecked(s, this.scratch, 0, "init");
      const lo = fingerprint(this.scratch, 0, m.words);
      this.insert(this.scratch, 0, lo, fpHigh, -1, -(i + 1), m.canonicalize ? null : s);
    });
  }

  /**
   * Adds a state if new: trace link, invariants and witnesses on it, then the next frontier.
   * `obj` is the state object when the caller has it; without it the checks wait until the state is
   * expanded (it is decoded then anyway), so no state is decoded twice.
   */
  insert(w: Uint32Array, off: number, lo: number, hi: number, parentGid: number, via: number, obj: unknown): boolean {
    if (!this.seen.add(lo, hi)) return false;
    if (this.parent.length >= this.cap && this.refuse()) {
      this.full = true;
      return false;
    }
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
      // A state is judged when it is inserted, as the interpreted path does, so the spec and its machine
      // stop at the same point on a violation; only a canonicalised state (symmetry, where the successor
      // object is not the stored state) is judged when expanded, in both paths. A machine with every
      // invariant compiled and no witnesses judges the packed words (nothing to decode).
      if (obj === null && m.canonicalize) nd[at + m.words + 1] = 1;
      else if (obj === null && m.fast?.wordInvariants && m.witnesses.length === 0) this.checkWords(w, off, gid);
      else this.checkState(obj ?? m.codec.decode(w, off), gid, this.depth, w, off);
    }
    return true;
  }

  /** Past the cap: serially always refused; in a team, refused once the shared count of stored states is full. */
  private refuse(): boolean {
    const c = this.sharedStored;
    return c === null || Atomics.add(c.ints, c.at, 1) >= c.max;
  }

  /** Keeps the violation that `precedes` the one held; `w[off..]` is the violating state, packed. */
  private noteViolation(gid: number, invariant: number, depth: number, w: Uint32Array, off: number): void {
    const lo = fingerprint(w, off, this.model.words);
    const v: FoundViolation = { gid, invariant, depth, lo, hi: fpHigh };
    if (precedes(v, this.violation)) this.violation = v;
  }

  private checkWords(w: Uint32Array, off: number, gid: number): void {
    const k = this.model.fast!.checkAll(w, off);
    if (k >= 0) this.noteViolation(gid, k, this.depth, w, off);
  }

  private checkState(s: unknown, gid: number, depth: number, w: Uint32Array, off: number): void {
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
        this.noteViolation(gid, k, depth, w, off);
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
    const rec = this.rec;
    const data = this.current.data;
    const n = this.current.length;
    for (let r = 0; r < n; r++) {
      // The clock every 16 records (a slow apply still stops in time); the state cap on every record.
      if (((r & 15) === 15 || this.full) && shouldStop()) return;
      this.expandRecord(data, r * rec, atDepthLimit);
      if (this.violation !== null && this.count === 1) return;
    }
  }

  /** Expand the frontier record at `off` (state, gid, pending-check flag); `this.depth` is its depth + 1. */
  expandRecord(data: Uint32Array, off: number, atDepthLimit: boolean): void {
    const m = this.model;
    const gid = data[off + m.words]!;
    const pending = data[off + m.words + 1] === 1;
    if (m.fast !== undefined && !pending) return this.expandWords(gid, atDepthLimit, data, off);
    const s = m.codec.decode(data, off);
    if (pending) {
      this.checkState(s, gid, this.depth - 1, data, off);
      if (this.violation !== null && this.count === 1) return;
    }
    if (m.fast !== undefined) return this.expandWords(gid, atDepthLimit, data, off, s);
    this.expandState(s, gid, atDepthLimit, data, off);
  }

  /** Generates the successors of `s` (packed at `data[off..]`, global id `gid`). */
  expandState(s: unknown, gid: number, atDepthLimit: boolean, data: Uint32Array, off: number): void {
    const m = this.model;
    const insts = m.instances;
    const ctx = m.ctx;
    const words = m.words;
    const w = this.scratch;
    let enabled = 0;
    // Instances before `trueUntil` share a guard evaluation that already said yes.
    let trueUntil = 0;
    for (let i = 0; i < insts.length; i++) {
      const inst = insts[i]!;
      if (inst.guard !== undefined && i >= trueUntil) {
        let ok: boolean;
        try {
          ok = inst.guard(s, inst.args, ctx);
        } catch (e) {
          throw this.userError("CS140", "guard", inst.label, e, s);
        }
        if (!ok) {
          i = inst.guardRunEnd - 1;
          continue;
        }
        trueUntil = inst.guardRunEnd;
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
      const auditing = this.auditLeft > 0; // read once: audit() spends the budget, recheck must still run
      if (auditing) this.audit(s, data, off, inst.label);
      if (m.strict) m.validate(t, inst.origin);
      m.encodeChecked(t, w, 0, inst.origin, s);
      if (auditing) this.recheck(inst, data, off, w);
      this.generated++;
      this.coverageGenerated[inst.action]!++;
      // TLC's order: a successor outside the constraint is generated, not stored; action properties see the rest.
      if (m.filtered && !this.admit(s, t, i, gid, w)) continue;
      const lo = fingerprint(w, 0, words);
      this.insert(w, 0, lo, fpHigh, gid, i, m.canonicalize ? null : t);
      if (this.violation !== null && this.count === 1) return;
    }
    if (enabled === 0 && m.deadlock) this.noteViolation(gid, -1, this.depth - 1, data, off);
  }

  /**
   * `expandState` for a generated machine: compiled guards and applies work on the packed words; an
   * instance without them decodes the state (once, lazily) and runs the spec's functions.
   */
  expandWords(gid: number, atDepthLimit: boolean, data: Uint32Array, off: number, decoded: unknown = null): void {
    const m = this.model;
    if (!atDepthLimit) {
      this.curGid = gid;
      this.curData = data;
      this.curOff = off;
      this.curState = decoded;
      const enabled = m.fast!.expandAll(data, off, this.scratch, this);
      if (enabled === 0 && m.deadlock) this.noteViolation(gid, -1, this.depth - 1, data, off);
      return;
    }
    const { guards, applies } = m.fast!;
    const insts = m.instances;
    const ctx = m.ctx;
    const words = m.words;
    const w = this.scratch;
    let s: unknown = decoded;
    let enabled = 0;
    let trueUntil = 0;
    for (let i = 0; i < insts.length; i++) {
      const inst = insts[i]!;
      const g = guards[i]!;
      if (g !== null) {
        if (!g(data, off)) continue;
      } else if (inst.guard !== undefined && i >= trueUntil) {
        if (s === null) s = m.codec.decode(data, off);
        let ok: boolean;
        try {
          ok = inst.guard(s, inst.args, ctx);
        } catch (e) {
          throw this.userError("CS140", "guard", inst.label, e, s);
        }
        if (!ok) {
          i = inst.guardRunEnd - 1;
          continue;
        }
        trueUntil = inst.guardRunEnd;
      }
      enabled++;
      if (atDepthLimit) {
        this.truncated = true;
        return;
      }
      const a = applies[i]!;
      if (a !== null && a(data, off, w)) {
        if (m.strict) m.validate(m.codec.decode(w, 0), inst.origin);
        if (m.canonicalize) m.canonicalize(w, 0);
      } else {
        if (s === null) s = m.codec.decode(data, off);
        let t: unknown;
        try {
          t = inst.apply(s, inst.args, ctx);
        } catch (e) {
          throw this.userError("CS141", "apply", inst.label, e, s);
        }
        const auditing = this.auditLeft > 0; // read once: audit() spends the budget, recheck must still run
        if (auditing) this.audit(s, data, off, inst.label);
        if (m.strict) m.validate(t, inst.origin);
        m.encodeChecked(t, w, 0, inst.origin, s);
        if (auditing) this.recheck(inst, data, off, w);
      }
      this.generated++;
      this.coverageGenerated[inst.action]!++;
      const lo = fingerprint(w, 0, words);
      this.insert(w, 0, lo, fpHigh, gid, i, null);
      if (this.violation !== null && this.count === 1) return;
    }
    if (enabled === 0 && m.deadlock) this.noteViolation(gid, -1, this.depth - 1, data, off);
  }

  // The state `expandAll` is expanding (SuccessorSink receives only the instance index).
  private curGid = 0;
  private curData: Uint32Array = new Uint32Array(0);
  private curOff = 0;
  private curState: unknown = null;

  /** SuccessorSink: the compiled successor of instance `i` is in the scratch words. */
  emit(i: number): boolean {
    const m = this.model;
    const w = this.scratch;
    const words = m.words;
    if (m.strict) m.validate(m.codec.decode(w, 0), m.instances[i]!.origin);
    if (m.canonicalize) m.canonicalize(w, 0);
    this.generated++;
    this.coverageGenerated[m.instances[i]!.action]!++;
    // A successor equal to its source (a self-loop) is already seen: skip the table probe.
    const src = this.curData;
    const o = this.curOff;
    let same = true;
    for (let k = 0; k < words; k++)
      if (w[k] !== src[o + k]) {
        same = false;
        break;
      }
    if (same) return false;
    const lo = fingerprint(w, 0, words);
    this.insert(w, 0, lo, fpHigh, this.curGid, i, null);
    return this.violation !== null && this.count === 1;
  }

  /** SuccessorSink: instance `i` through the spec's own guard (unless it held) and apply. */
  slow(i: number, guardHeld: boolean): number {
    const m = this.model;
    const inst = m.instances[i]!;
    if (this.curState === null) this.curState = m.codec.decode(this.curData, this.curOff);
    const s = this.curState;
    if (!guardHeld && inst.guard !== undefined) {
      let ok: boolean;
      try {
        ok = inst.guard(s, inst.args, m.ctx);
      } catch (e) {
        throw this.userError("CS140", "guard", inst.label, e, s);
      }
      if (!ok) return 0;
    }
    let t: unknown;
    try {
      t = inst.apply(s, inst.args, m.ctx);
    } catch (e) {
      throw this.userError("CS141", "apply", inst.label, e, s);
    }
    const auditing = this.auditLeft > 0; // read once: audit() spends the budget, recheck must still run
    if (auditing) this.audit(s, this.curData, this.curOff, inst.label);
    if (m.strict) m.validate(t, inst.origin);
    m.encodeChecked(t, this.scratch, 0, inst.origin, s);
    if (auditing) this.recheck(inst, this.curData, this.curOff, this.scratch);
    this.generated++;
    this.coverageGenerated[inst.action]!++;
    const lo = fingerprint(this.scratch, 0, m.words);
    this.insert(this.scratch, 0, lo, fpHigh, this.curGid, i, null);
    return this.violation !== null && this.count === 1 ? 2 : 1;
  }

  /** CS288 when `s`, decoded from `data[off..]`, no longer encodes to those words after action `label` ran. */
  private audit(s: unknown, data: Uint32Array, off: number, label: string): void {
    this.auditLeft--;
    const m = this.model;
    const w = this.auditWords;
    let same = true;
    try {
      m.codec.encode(s, w, 0);
      if (m.canonicalize) m.canonicalize(w, 0);
      for (let k = 0; k < m.words && same; k++) same = w[k] === data[off + k];
    } catch {
      same = false;
    }
    if (same) return;
    throw new ClusterspecError({
      code: "CS288",
      message: `Action ${label} of spec ${m.name} changed the state it was given (now ${describeValue(s)}, was ${describeValue(m.codec.decode(data, off))}); every later successor of that state would be computed from the changed value.`,
      where: { ...(m.file ? { file: m.file } : {}), spec: m.name, action: label, state: describeValue(m.codec.decode(data, off)) },
      hint: "Return a new state instead of assigning to the one passed in: `apply: (s) => ({ ...s, n: s.n + 1 })`, never `s.n++; return s`.",
    });
  }

  /**
   * CS289 when the guard and apply of `inst`, run again on a fresh decoding of `data[off..]`, do not give
   * the successor packed in `w` (Math.random, Date.now, or module state a spec function changes).
   */
  private recheck(inst: CompiledModel["instances"][number], data: Uint32Array, off: number, w: Uint32Array): void {
    const m = this.model;
    const again = this.auditWords;
    const s = m.codec.decode(data, off);
    let same = true;
    let second: unknown = "(it threw)";
    try {
      if (inst.guard !== undefined && !inst.guard(s, inst.args, m.ctx)) second = "(its guard was false)";
      else {
        second = inst.apply(s, inst.args, m.ctx);
        m.codec.encode(second, again, 0);
        if (m.canonicalize) m.canonicalize(again, 0);
        for (let k = 0; k < m.words && same; k++) same = again[k] === w[k];
      }
    } catch {
      same = false;
    }
    if (same && typeof second !== "string") return;
    throw new ClusterspecError({
      code: "CS289",
      message: `Action ${inst.label} of spec ${m.name} is not deterministic: run twice on the state ${describeValue(s)} it gave ${describeValue(m.codec.decode(w, 0))}, then ${typeof second === "string" ? second : describeValue(second)}.`,
      where: { ...(m.file ? { file: m.file } : {}), spec: m.name, action: inst.label, state: describeValue(s) },
      hint: "Guards and applies must depend only on their state, arguments and ctx: no Math.random, Date.now or module state they change. Model a choice as an action argument (`over`).",
    });
  }

  private inConstraint(t: unknown): boolean {
    const m = this.model;
    try {
      return m.constraint!(t, m.ctx) === true;
    } catch (e) {
      throw new ClusterspecError({
        code: "CS261",
        message: `The state constraint of spec ${m.name} threw: ${(e as Error)?.message ?? String(e)}`,
        where: { ...(m.file ? { file: m.file } : {}), spec: m.name, state: describeValue(t) },
        hint: "A constraint must return a boolean for every state it can see (initial states and every successor).",
      });
    }
  }

  /**
   * The constraint and the action properties on the step `s --i--> t` (`t` packed in `w`): false when `t` is
   * outside the constraint (not stored). An action property's violation is noted against the source `gid`.
   */
  private admit(s: unknown, t: unknown, i: number, gid: number, w: Uint32Array): boolean {
    const m = this.model;
    if (m.constraint !== null && !this.inConstraint(t)) return false;
    const trs = m.transitions;
    const inst = m.instances[i]!;
    for (let k = 0; k < trs.length; k++) {
      let ok: boolean;
      try {
        ok = trs[k]!.check(s, t, inst, m.ctx);
      } catch (e) {
        throw new ClusterspecError({
          code: "CS262",
          message: `Action property ${trs[k]!.name} of spec ${m.name} threw on a step of ${inst.label}: ${(e as Error)?.message ?? String(e)}`,
          where: { ...(m.file ? { file: m.file } : {}), spec: m.name, transition: trs[k]!.name, action: inst.label, from: describeValue(s), to: describeValue(t) },
          hint: "An action property must return a boolean for every explored step.",
        });
      }
      if (!ok) {
        const lo = fingerprint(w, 0, m.words);
        const v: FoundViolation = { gid, invariant: m.invariants.length + k, via: i, depth: this.depth, lo, hi: fpHigh };
        if (precedes(v, this.violation)) this.violation = v;
        return true;
      }
    }
    return true;
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
