/**
 * The heart of both checks: the set of spec states consistent with everything observed so far, and the search that
 * carries it across one new observation. An observation is explained by a stutter, one spec step, or a bounded
 * sequence of spec steps (breadth-first, up to `depth`), using the system's internal actions freely and each
 * injected operation or fault at most once (they wait in `pending` until a step consumes them), so an unprompted
 * crash or write can never explain anything. Explained states that break an invariant are rejected.
 */
import type { Adapter } from "./adapter.ts";
import { diffFields, observationKey, type FieldDiff } from "./diff.ts";
import { actionLabel, type Machine, type SpecAction } from "./machine.ts";

interface PathNode {
  readonly label: string;
  readonly prev: PathNode | null;
}

export interface Candidate {
  readonly state: unknown;
  readonly fp: string;
  /** Injected actions not yet taken by the spec, as labels (sorted, so equal sets have equal keys). */
  readonly pending: readonly string[];
  readonly path: PathNode | null;
}

export interface Unexplained {
  readonly kind: "unexplained" | "invariant";
  /** The closest spec state found (fewest differing fields) and its projection. */
  readonly expected: unknown;
  readonly observed: unknown;
  readonly diff: readonly FieldDiff[];
  /** Spec steps leading to the closest candidate. */
  readonly specPath: readonly string[];
  readonly invariant?: string;
}

export interface ExplainerOptions {
  readonly depth: number;
  /** Most candidates kept; beyond it the set is truncated (stated in the result, never silent). */
  readonly maxCandidates: number;
}

export class Explainer {
  candidates: Candidate[];
  truncated = false;
  /** Spec steps taken by explanations, per action name (coverage of what the system exercised). */
  readonly coverage = new Map<string, number>();
  private readonly byName = new Map<string, SpecAction[]>();
  private readonly internal: ReadonlySet<string>;

  constructor(
    private readonly machine: Machine,
    private readonly adapter: Adapter,
    private readonly options: ExplainerOptions,
  ) {
    this.internal = new Set(Object.entries(adapter.actions).filter(([, b]) => b.kind === "internal").map(([k]) => k));
    this.candidates = machine.initialStates().map((s) => ({ state: s, fp: machine.fingerprint(s), pending: [], path: null }));
  }

  /** Restricts the initial candidates to those matching the first observation. */
  start(observed: unknown): Unexplained | null {
    return this.explain(observed);
  }

  inject(action: SpecAction): void {
    const label = actionLabel(action);
    this.byName.set(label, [action]);
    this.candidates = this.candidates.map((c) => ({ ...c, pending: [...c.pending, label].sort() }));
  }

  /** An operation finished: whatever it did is already explained (or it did nothing); it can no longer happen. */
  retire(action: SpecAction): void {
    const label = actionLabel(action);
    const seen = new Set<string>();
    const out: Candidate[] = [];
    for (const c of this.candidates) {
      const i = c.pending.indexOf(label);
      const pending = i < 0 ? c.pending : [...c.pending.slice(0, i), ...c.pending.slice(i + 1)];
      const key = `${c.fp}|${pending.join(";")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c, pending });
    }
    this.candidates = out;
  }

  /** Carries the candidate set across one observation, or says why no spec behaviour explains it. */
  explain(observed: unknown): Unexplained | null {
    const { machine, adapter } = this;
    const target = observationKey(observed);
    const visited = new Set<string>();
    const matches: Candidate[] = [];
    let rejectedByInvariant: { c: Candidate; inv: string } | null = null;
    let closest: { c: Candidate; diff: FieldDiff[] } | null = null;
    const consider = (c: Candidate): void => {
      const seen = adapter.project(c.state);
      if (observationKey(seen) === target) {
        const bad = machine.violatedInvariants(c.state);
        if (bad.length === 0) matches.push(c);
        else rejectedByInvariant ??= { c, inv: bad[0]!.id ?? bad[0]!.name };
        return;
      }
      if (matches.length > 0) return;
      const diff = diffFields(seen, observed);
      if (closest === null || diff.length < closest.diff.length) closest = { c, diff };
    };
    let frontier: Candidate[] = [];
    for (const c of this.candidates) {
      const key = `${c.fp}|${c.pending.join(";")}`;
      if (visited.has(key)) continue;
      visited.add(key);
      frontier.push(c);
      consider(c);
    }
    for (let d = 1; d <= this.options.depth && frontier.length > 0; d++) {
      const next: Candidate[] = [];
      for (const c of frontier) {
        for (const a of machine.enabled(c.state)) {
          const label = actionLabel(a);
          let pending = c.pending;
          if (!this.internal.has(a.type)) {
            const i = pending.indexOf(label);
            if (i < 0) continue;
            pending = [...pending.slice(0, i), ...pending.slice(i + 1)];
          }
          const r = machine.step(c.state, a);
          if (r.status !== "ok") continue;
          const fp = machine.fingerprint(r.state);
          const key = `${fp}|${pending.join(";")}`;
          if (visited.has(key)) continue;
          visited.add(key);
          const n: Candidate = { state: r.state, fp, pending, path: { label, prev: c.path } };
          next.push(n);
          consider(n);
        }
        if (visited.size > 50 * this.options.maxCandidates) break;
      }
      frontier = next;
    }
    if (matches.length === 0) {
      const inv = rejectedByInvariant as { c: Candidate; inv: string } | null;
      if (inv !== null) {
        const exp = adapter.project(inv.c.state);
        return { kind: "invariant", invariant: inv.inv, expected: exp, observed, diff: [], specPath: pathOf(inv.c.path) };
      }
      const best = closest as { c: Candidate; diff: FieldDiff[] } | null;
      const c = best?.c ?? this.candidates[0]!;
      return { kind: "unexplained", expected: adapter.project(c.state), observed, diff: best?.diff ?? [], specPath: pathOf(c.path) };
    }
    this.truncated ||= matches.length > this.options.maxCandidates;
    this.candidates = matches.slice(0, this.options.maxCandidates);
    const last = this.candidates[0]?.path;
    if (last != null) this.coverage.set(last.label.split("(")[0]!, (this.coverage.get(last.label.split("(")[0]!) ?? 0) + 1);
    return null;
  }

  /**
   * An injected fault must have happened by now: keeps the candidates that took it, first letting the spec take it
   * without a visible change (a stutter explanation of the current observation, for faults no field shows).
   * `later` counts injections of the same action made since, which may still be pending.
   */
  settleFault(label: string, observed: unknown, later = 0): boolean {
    if (this.consumed(label, later)) return true;
    if (this.explain(observed) !== null) return false;
    return this.consumed(label, later);
  }

  /** Keeps only the candidates in which `label` is pending at most `later` times; false when none is left. */
  consumed(label: string, later = 0): boolean {
    const count = (c: Candidate): number => c.pending.reduce((n, p) => n + (p === label ? 1 : 0), 0);
    const kept = this.candidates.filter((c) => count(c) <= later);
    if (kept.length === 0) return false;
    this.candidates = kept;
    return true;
  }

  /** One spec path to the first consistent state (for reports). */
  specPath(): readonly string[] {
    return pathOf(this.candidates[0]?.path ?? null);
  }
}

function pathOf(p: PathNode | null): string[] {
  const out: string[] = [];
  for (let n = p; n !== null; n = n.prev) out.push(n.label);
  return out.reverse();
}
