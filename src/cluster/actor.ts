// Base class of every simulated node role: a message-passing actor with durable state (kept by subclasses
// across `crash`) and volatile state (reset in `onCrash`). Timers, messages and I/O completions are guarded:
// nothing from a previous incarnation runs, a crashed actor runs nothing, and a paused actor runs it later.

import type { DeviceCommand, DeviceResult } from "./block-device.ts";
import type { Environment } from "./environment.ts";
import type { MessageSink } from "./network.ts";

export abstract class Actor implements MessageSink {
  up = true;
  /** Bumped on every crash; also the node's durable incarnation number in reservation keys. */
  incarnation = 1;
  pausedUntil = 0;

  /** `id` is `<node>/<role>`; the node part is the host for partitions and the nexus on devices. */
  constructor(
    readonly id: string,
    readonly node: string,
    protected readonly env: Environment,
  ) {
    env.net.attach(this);
  }

  get now(): number {
    return this.env.sim.now;
  }

  deliverMessage(from: string, message: unknown): void {
    this.guard(this.incarnation, () => this.receive(from, message));
  }

  protected abstract receive(from: string, message: unknown): void;
  /** Drop volatile state. Durable fields survive. */
  protected abstract onCrash(): void;
  protected abstract onRestart(): void;

  crash(): void {
    if (!this.up) return;
    this.up = false;
    this.onCrash();
  }

  restart(): void {
    if (this.up) return;
    this.up = true;
    this.incarnation++;
    this.pausedUntil = 0;
    this.onRestart();
  }

  /** pause(n,k): the actor takes no steps for `ticks`, but its in-flight I/O still completes at the device. */
  pause(ticks: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now + ticks);
  }

  isPaused(): boolean {
    return this.now < this.pausedUntil;
  }

  /** Runs `run` on this actor after `delay`, under the same guard as its own timers (used for local notices). */
  notify(delay: number, run: () => void): void {
    this.after(delay, run);
  }

  protected after(delay: number, run: () => void): void {
    const inc = this.incarnation;
    this.env.sim.schedule(delay, () => this.guard(inc, run));
  }

  protected send(to: string, message: unknown): void {
    if (this.up) this.env.net.send(this.id, to, message);
  }

  protected io(deviceId: string, command: DeviceCommand, onDone: (result: DeviceResult) => void): void {
    if (!this.up) return;
    const inc = this.incarnation;
    this.env.san.submit(this.node, deviceId, command, (result) => this.guard(inc, () => onDone(result)));
  }

  private guard(inc: number, run: () => void): void {
    if (!this.up || inc !== this.incarnation) return;
    if (this.now < this.pausedUntil) {
      this.env.sim.schedule(this.pausedUntil - this.now, () => this.guard(inc, run));
      return;
    }
    run();
  }
}
