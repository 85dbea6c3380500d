/**
 * Progress of a report run as typed events: how many of the planned measurements are done, which one runs now,
 * and an ETA from the average so far. The CLI renders them (a bar on a TTY, periodic lines otherwise).
 */
export interface ReportProgress {
  readonly done: number;
  readonly total: number;
  /** The measurement starting now, e.g. `single-owner: sweep K=2`. */
  readonly label: string;
  readonly elapsedMs: number;
  /** Estimated time left, null until one measurement has finished. */
  readonly etaMs: number | null;
}

export class ProgressTracker {
  private done = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly onProgress?: (p: ReportProgress) => void,
  ) {}

  /** Runs one measurement, announcing it first and counting it when it ends. */
  async step<T>(label: string, run: () => Promise<T> | T): Promise<T> {
    const elapsedMs = performance.now() - this.started;
    this.onProgress?.({ done: this.done, total: this.total, label, elapsedMs, etaMs: this.done === 0 ? null : (elapsedMs / this.done) * (this.total - this.done) });
    try {
      return await run();
    } finally {
      this.done++;
    }
  }
}
