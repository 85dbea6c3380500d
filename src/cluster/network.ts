// Simulated message network between node actors: partitions, per-link extra delay, and loss, duplication and
// reordering drawn from the Chooser. Delivery goes through the recipient's guard (crashed and paused nodes).

import type { Simulation } from "./simulation.ts";

export interface NetworkFaultRates {
  /** Per-mille chance a message is lost. */
  lossPerMille: number;
  /** Per-mille chance a message is delivered twice. */
  duplicatePerMille: number;
  /** Base delay and extra random spread, in ticks (spread > 0 reorders messages). */
  baseDelay: number;
  delaySpread: number;
}

export interface MessageSink {
  readonly id: string;
  deliverMessage(from: string, message: unknown): void;
}

export class Network {
  private readonly sinks = new Map<string, MessageSink>();
  /** Node id → partition group number; nodes talk only within one group. Empty when healed. */
  private readonly group = new Map<string, number>();
  private readonly linkDelay = new Map<string, number>();
  sent = 0;
  /** Bumped on every partition or heal, so checks can tell "the same split" apart. */
  topologyVersion = 0;
  dropped = 0;
  readonly rates: NetworkFaultRates = { lossPerMille: 0, duplicatePerMille: 0, baseDelay: 1, delaySpread: 2 };

  constructor(private readonly sim: Simulation) {}

  attach(sink: MessageSink): void {
    this.sinks.set(sink.id, sink);
  }

  /** Splits the nodes (host names, not actor ids) into groups; nodes not named form one more group of their own each. */
  partition(groups: readonly (readonly string[])[]): void {
    this.topologyVersion++;
    this.group.clear();
    groups.forEach((g, i) => g.forEach((id) => this.group.set(id, i)));
    let next = groups.length;
    for (const id of this.sinks.keys()) if (!this.group.has(hostOf(id))) this.group.set(hostOf(id), next++);
  }

  heal(): void {
    this.topologyVersion++;
    this.group.clear();
  }

  isPartitioned(): boolean {
    return this.group.size > 0;
  }

  connected(a: string, b: string): boolean {
    if (a === b || this.group.size === 0) return true;
    return this.group.get(hostOf(a)) === this.group.get(hostOf(b));
  }

  /** Adds `ticks` of delay to messages from host `from` (or "*", any host) to host `to`; 0 clears it. */
  delayLink(from: string, to: string, ticks: number): void {
    if (ticks <= 0) this.linkDelay.delete(`${from}>${to}`);
    else this.linkDelay.set(`${from}>${to}`, ticks);
  }

  send(from: string, to: string, message: unknown): void {
    this.sent++;
    if (!this.connected(from, to)) {
      this.dropped++;
      return;
    }
    const r = this.rates;
    if (r.lossPerMille > 0 && this.sim.chooser.choose(1000) < r.lossPerMille) {
      this.dropped++;
      return;
    }
    const copies = r.duplicatePerMille > 0 && this.sim.chooser.choose(1000) < r.duplicatePerMille ? 2 : 1;
    const extra =
      this.linkDelay.size === 0
        ? 0
        : (this.linkDelay.get(`${hostOf(from)}>${hostOf(to)}`) ?? this.linkDelay.get(`*>${hostOf(to)}`) ?? 0);
    for (let i = 0; i < copies; i++) {
      const delay = r.baseDelay + extra + this.sim.jitter(r.delaySpread);
      this.sim.schedule(delay, () => {
        // A partition raised while the message was in flight drops it too.
        if (!this.connected(from, to)) {
          this.dropped++;
          return;
        }
        this.sinks.get(to)?.deliverMessage(from, message);
      });
    }
  }
}

/** Actor ids are `<host>/<role>`; partitions cut hosts apart, so every role of a host is on the same side. */
export function hostOf(actorId: string): string {
  const slash = actorId.indexOf("/");
  return slash < 0 ? actorId : actorId.slice(0, slash);
}
