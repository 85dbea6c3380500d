// Runtime safety checks: the cluster reports what it observed against DOMAIN.md invariants (SO-1, Q-1, ...).
// Judged from ground truth (device-applied writes, acknowledgements), never from what a node believes.

export interface Violation {
  readonly check: string;
  readonly detail: string;
  readonly time: number;
}

export class SafetyMonitor {
  readonly violations: Violation[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly clock: () => number) {}

  /** Records a violation once per (check, detail). */
  report(check: string, detail: string): void {
    const key = `${check}|${detail}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.violations.push({ check, detail, time: this.clock() });
  }

  has(check: string): boolean {
    return this.violations.some((v) => v.check === check);
  }
}
