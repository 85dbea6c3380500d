/** Options shared by every exploration strategy. */
export interface CheckOptions {
  readonly strategy?: "bfs" | "dfs";
  readonly workers?: number;
  readonly maxStates?: number;
  /** Maximum depth in actions from an initial state. */
  readonly maxDepth?: number;
  readonly timeLimitMs?: number;
  /** Override the spec's deadlock setting (`false` = don't report deadlocks). */
  readonly deadlock?: boolean;
  /** Check liveness properties (needs the full state graph; default: when the spec declares any). */
  readonly liveness?: boolean;
  /** Called about once a second with running statistics (for a TTY progress line). */
  readonly onProgress?: (p: Progress) => void;
}

export interface Progress {
  readonly distinctStates: number;
  readonly generatedStates: number;
  readonly queued: number;
  readonly depth: number;
  readonly elapsedMs: number;
}
