/**
 * What a check returns — the `--json` contract of DESIGN.md plus the statistics TLC reports.
 * Plain data, so the CLI, reports and tests all read the same object.
 */
import type { Args } from "../dsl/spec.ts";

export type CheckStatus = "ok" | "violation" | "limit";

export interface TraceStep {
  /** `null` for the initial state. */
  readonly action: string | null;
  readonly args: Args;
  /** The state as JSON-friendly data (sets become sorted arrays). */
  readonly state: unknown;
}

export interface Violation {
  /** `transition`: an action property (`transitions`) failed on the trace's last step. */
  readonly kind: "invariant" | "deadlock" | "liveness" | "transition";
  /** Invariant or liveness property name; `deadlock` for deadlocks. */
  readonly invariant: string;
  /** DOMAIN.md id (e.g. `SO-2`) when the property declares one. */
  readonly invariantId?: string;
  readonly statement: string;
  readonly trace: readonly TraceStep[];
  /** For liveness: index in `trace` where the repeating cycle starts (the lasso's loop). */
  readonly loopStart?: number;
}

export interface ActionCoverage {
  readonly action: string;
  /** Successors this action produced (duplicates included). */
  readonly generated: number;
  /** Distinct states first reached by this action. */
  readonly distinct: number;
}

export interface WitnessReport {
  readonly name: string;
  readonly statement: string;
  /** Distinct reachable states satisfying the witness predicate. */
  readonly count: number;
  /** Shortest depth (in actions) at which it was first seen, or null. */
  readonly firstDepth: number | null;
}

/** What a run checks: the spec's properties by name (and statement), so a report can say what "ok" covers. */
export interface CheckedProperties {
  readonly invariants: ReadonlyArray<{ readonly name: string; readonly id?: string; readonly statement: string }>;
  /** Whether a state without an enabled action counts as a violation. */
  readonly deadlock: boolean;
  readonly witnesses: readonly string[];
  /** Liveness properties declared (whether they ran: `liveness` in the result). */
  readonly liveness: readonly string[];
}

export interface CheckResult {
  readonly spec: string;
  readonly file?: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly result: CheckStatus;
  /** Which limit ended the run, when `result` is `limit`. */
  readonly limit?: "states" | "depth" | "time";
  readonly strategy: "bfs" | "dfs";
  readonly workers: number;
  readonly symmetry: boolean;
  readonly distinctStates: number;
  /** As TLC counts "states generated": initial states plus every successor computed, duplicates included. */
  readonly generatedStates: number;
  /** Successors computed (generatedStates minus the initial states). */
  readonly transitions: number;
  /** Length of the longest shortest path, in states (TLC's "depth of the complete state graph search"). */
  readonly depth: number;
  readonly elapsedMs: number;
  readonly statesPerSecond: number;
  /** Fingerprint-set bytes per distinct state (and the trace store's). */
  readonly bytesPerState: number;
  readonly traceBytesPerState: number;
  /** TLC's optimistic estimate of a fingerprint collision: n² / 2^65 (n distinct states, 64-bit fingerprints). */
  readonly collisionProbability: number;
  readonly coverage: readonly ActionCoverage[];
  readonly witnesses: readonly WitnessReport[];
  readonly liveness?: ReadonlyArray<{ readonly name: string; readonly id?: string; readonly holds: boolean }>;
  readonly violation?: Violation;
  readonly checked: CheckedProperties;
  /** Time per phase: exploring the state space, then (when run) the liveness pass; `elapsedMs` is their sum. */
  readonly phases?: { readonly exploreMs: number; readonly livenessMs?: number };
  /** Things a user should know about what "ok" means here, e.g. that the spec declares no invariants. */
  readonly warnings: readonly string[];
}
