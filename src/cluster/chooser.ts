// The one place every nondeterministic choice of a simulated run comes from (the P-language strategy shape).
// A seeded chooser records its choice path; a replay chooser feeds a recorded path back, so a run replays exactly.

/** Picks an integer in [0, n). Choices with n ≤ 1 are not choices: they are neither recorded nor consumed. */
export interface Chooser {
  choose(n: number): number;
  /** The choices made so far, in order; a `ReplayChooser` over this path reproduces the run. */
  readonly path: readonly number[];
}

/** mulberry32: small, fast, good enough for schedules; deterministic across platforms. */
export class SeededChooser implements Chooser {
  private state: number;
  private readonly recorded: number[] = [];
  readonly record: boolean;

  constructor(readonly seed: number, options: { record?: boolean } = {}) {
    this.state = (seed | 0) ^ 0x9e3779b9;
    this.record = options.record ?? true;
  }

  get path(): readonly number[] {
    return this.recorded;
  }

  choose(n: number): number {
    if (n <= 1) return 0;
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const value = (((t ^ (t >>> 14)) >>> 0) % n) | 0;
    if (this.record) this.recorded.push(value);
    return value;
  }
}

/** Replays a recorded path. Past its end, or on a choice out of range, it reports divergence instead of guessing. */
export class ReplayChooser implements Chooser {
  private index = 0;
  private readonly recorded: number[] = [];
  divergence: { readonly atChoice: number; readonly reason: "exhausted" | "out-of-range" } | null = null;

  constructor(private readonly replayPath: readonly number[]) {}

  get path(): readonly number[] {
    return this.recorded;
  }

  choose(n: number): number {
    if (n <= 1) return 0;
    const at = this.index++;
    let value = this.replayPath[at];
    if (value === undefined) {
      this.divergence ??= { atChoice: at, reason: "exhausted" };
      value = 0;
    } else if (value >= n) {
      this.divergence ??= { atChoice: at, reason: "out-of-range" };
      value = value % n;
    }
    this.recorded.push(value);
    return value;
  }
}
