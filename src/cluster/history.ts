// History recorder: invoke/return events of client operations, in virtual time, for the linearizability and
// refinement checks. Format (JSON, one object): { format: "clusterspec-history/1", seed, events: HistoryEvent[] }.
//   invoke: { type: "invoke", id, time, client, node, family, op, object, block?, value? }
//   return: { type: "return", id, time, outcome: "ok"|"fail"|"timeout", value?, error? }
// `id` pairs a return with its invoke; `value` on a read's return is the value read; values are uint32.

import type { Family } from "./bugs.ts";

export type Outcome = "ok" | "fail" | "timeout";

export interface InvokeEvent {
  readonly type: "invoke";
  readonly id: number;
  readonly time: number;
  readonly client: string;
  readonly node: string;
  readonly family: Family;
  readonly op: string;
  readonly object: string;
  readonly block?: number;
  readonly value?: number;
}

export interface ReturnEvent {
  readonly type: "return";
  readonly id: number;
  readonly time: number;
  readonly outcome: Outcome;
  readonly value?: number;
  readonly error?: string;
}

export type HistoryEvent = InvokeEvent | ReturnEvent;

export interface HistoryDocument {
  readonly format: "clusterspec-history/1";
  readonly seed: number;
  readonly events: readonly HistoryEvent[];
}

export type InvokeFields = Omit<InvokeEvent, "type" | "id" | "time">;

export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];
  private readonly open = new Map<number, InvokeEvent>();
  private nextId = 1;

  constructor(private readonly clock: () => number) {}

  invoke(fields: InvokeFields): number {
    const id = this.nextId++;
    const event: InvokeEvent = { type: "invoke", id, time: this.clock(), ...fields };
    this.events.push(event);
    this.open.set(id, event);
    return id;
  }

  /** Records the return of `id` once; a second return for the same id (a duplicated reply) is ignored. */
  complete(id: number, outcome: Outcome, extra: { value?: number; error?: string } = {}): InvokeEvent | undefined {
    const inv = this.open.get(id);
    if (inv === undefined) return undefined;
    this.open.delete(id);
    const event: ReturnEvent = { type: "return", id, time: this.clock(), outcome, ...extra };
    this.events.push(event);
    return inv;
  }

  isOpen(id: number): boolean {
    return this.open.has(id);
  }

  openCount(): number {
    return this.open.size;
  }

  invocation(id: number): InvokeEvent | undefined {
    for (const e of this.events) if (e.type === "invoke" && e.id === id) return e;
    return undefined;
  }

  toDocument(seed: number): HistoryDocument {
    return { format: "clusterspec-history/1", seed, events: this.events };
  }

  toJSON(seed: number): string {
    return JSON.stringify(this.toDocument(seed));
  }
}
