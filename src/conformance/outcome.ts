/** What a conformance run returns: ok with statistics, or the first divergence with everything needed to reproduce it. */
import type { FieldDiff } from "./diff.ts";

export interface Divergence {
  readonly check: "validate" | "replay" | "model-based" | "data";
  readonly kind: "unexplained" | "invariant" | "data" | "disabled";
  /** Index of the diverging observation (validate) or driven step (replay, model-based). */
  readonly step: number;
  /** System time at the divergence, when the adapter has a clock. */
  readonly time?: number;
  readonly message: string;
  readonly expected?: unknown;
  readonly observed?: unknown;
  readonly diff: readonly FieldDiff[];
  /** Events seen from the outside so far (injected actions, observation changes), last ones first cut. */
  readonly trace: readonly string[];
  /** A spec path to the closest spec state. */
  readonly specPath: readonly string[];
  readonly invariant?: string;
  readonly reproduce: string;
}

export interface RunOutcome {
  readonly status: "ok" | "failed";
  readonly check: Divergence["check"];
  readonly seed: number;
  /** Observations explained (validate) or driven steps (replay). */
  readonly steps: number;
  readonly ticks: number;
  readonly elapsedMs: number;
  readonly truncated: boolean;
  readonly coverage: Readonly<Record<string, number>>;
  readonly divergence?: Divergence;
}
