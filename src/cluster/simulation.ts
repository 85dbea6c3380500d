// Deterministic discrete-event simulation: a virtual clock, an event queue and a Chooser. Nothing here reads
// wall-clock time or Math.random, so a run is a function of (seed, workload, faults) — or of a replayed path.

import type { Chooser } from "./chooser.ts";
import { EventQueue } from "./event-queue.ts";

export class Simulation {
  private readonly queue = new EventQueue();
  /** Virtual time in ticks. */
  now = 0;
  /** Events executed so far. */
  events = 0;

  constructor(readonly chooser: Chooser) {}

  /** Schedules `run` after `delay` ticks (delay ≥ 0; 0 runs after everything already due now). */
  schedule(delay: number, run: () => void): void {
    this.queue.push(this.now + Math.max(0, delay), run);
  }

  /** Random extra delay in [0, spread], drawn from the Chooser. */
  jitter(spread: number): number {
    return spread <= 0 ? 0 : this.chooser.choose(spread + 1);
  }

  pending(): number {
    return this.queue.size;
  }

  /** Runs events with time ≤ `time`, then sets the clock to `time`. Returns the number of events run. */
  runUntil(time: number, maxEvents = Infinity): number {
    let ran = 0;
    while (ran < maxEvents && this.queue.peekTime() <= time) {
      const event = this.queue.pop() as { time: number; run: () => void };
      this.now = event.time;
      this.events++;
      ran++;
      event.run();
    }
    if (Number.isFinite(time) && this.now < time && ran < maxEvents) this.now = time;
    return ran;
  }

  /** Runs for `ticks` more virtual ticks. */
  runFor(ticks: number): number {
    return this.runUntil(this.now + ticks);
  }

  /** Runs at most `count` events, whatever their time. */
  step(count: number): number {
    return this.runUntil(Infinity, count);
  }
}
