/**
 * The data check of every conformance run: the system's recorded block history (clusterspec-history/1) must be
 * linearizable, decided by the history checker (src/history), one register at a time. General by construction:
 * it knows nothing about any family or bug — a read that returns a value no linearization allows fails it. A
 * verdict the time limit leaves `unknown` is not a failure (it is reported as undecided, never as a pass of a
 * failed check). Adapters may add system-specific data checks through `dataViolations`.
 */
import { checkLinearizable, type History } from "../history/index.ts";
import type { Adapter } from "./adapter.ts";

export interface DataViolation {
  readonly check: string;
  readonly detail: string;
}

export interface DataCheckResult {
  readonly violations: readonly DataViolation[];
  /** Registers the time limit left undecided. */
  readonly undecided: number;
  readonly operations: number;
}

/** Per-run budget of the linearizability check (histories of one run are small; the limit guards pathologies). */
export const DATA_CHECK_TIME_LIMIT_MS = 5_000;

export function checkHistoryData(history: History, timeLimitMs = DATA_CHECK_TIME_LIMIT_MS): DataCheckResult {
  const r = checkLinearizable(history, { timeLimitMs, maxFailures: 1 });
  const violations: DataViolation[] =
    r.status === "not-linearizable"
      ? r.failures.map((f) => ({
          check: "linearizability",
          detail: `${f.register.object}${f.register.block === undefined ? "" : ` block ${f.register.block}`}: ${f.explanation}`,
        }))
      : [];
  return { violations, undecided: r.undecided.length, operations: r.operations };
}

/** Runs the linearizability check on the adapter's history (if it records one) plus its own data checks. */
export function dataCheck(adapter: Adapter): DataCheckResult {
  const history = adapter.history?.();
  const base = history === undefined ? { violations: [], undecided: 0, operations: 0 } : checkHistoryData(history);
  const extra = adapter.dataViolations?.() ?? [];
  return { ...base, violations: [...base.violations, ...extra] };
}
