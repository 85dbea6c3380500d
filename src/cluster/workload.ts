// Workload generator: a seeded stream of client operations over all four families, with random faults of the
// requested classes (each undone later), then a settle period and an audit read of every block. Every choice
// goes through the cluster's Chooser, so the workload itself replays from the choice path.

import type { Cluster } from "./cluster.ts";
import type { FaultClass } from "./faults.ts";
import { VOLUME_DEVICE, DIFF_AREA_DEVICE } from "./snapshot/shadow-copy.ts";
import { CBT_DEVICE } from "./snapshot/changed-block-tracker.ts";
import { VOTE_DEVICE } from "./quorum/two-node-vote.ts";
import { WITNESS_DEVICE } from "./partition-in-time/pt-family.ts";

export interface WorkloadOptions {
  readonly steps: number;
  readonly faults?: readonly FaultClass[];
  /** Mean client operations between two faults (default 100). */
  readonly faultEvery?: number;
  /** Skip the final settle-and-audit phase (benchmarks). */
  readonly audit?: boolean;
}

export interface WorkloadSummary {
  readonly seed: number;
  readonly steps: number;
  readonly events: number;
  readonly virtualTime: number;
  readonly operations: { total: number; ok: number; fail: number; timeout: number; byFamily: Record<string, number> };
  readonly faults: number;
  readonly faultLog: ReadonlyArray<{ time: number; fault: string }>;
  readonly violations: ReadonlyArray<{ check: string; detail: string }>;
  /**
   * The client operation (1-based) after which the runtime checks first reported a violation; `steps` when the
   * first one came in the settle-and-audit phase or from the end-of-run register check; null with none.
   */
  readonly firstViolationStep: number | null;
}

export function runWorkload(cluster: Cluster, options: WorkloadOptions): WorkloadSummary {
  const driver = new WorkloadDriver(cluster, options);
  driver.run();
  return summarize(cluster, options.steps, driver.firstViolationStep);
}

export function summarize(cluster: Cluster, steps: number, firstViolationStep: number | null = null): WorkloadSummary {
  let ok = 0, fail = 0, timeout = 0, total = 0;
  const byFamily: Record<string, number> = {};
  const violations = cluster.violations();
  for (const e of cluster.env.history.events) {
    if (e.type === "invoke") {
      total++;
      byFamily[e.family] = (byFamily[e.family] ?? 0) + 1;
    } else if (e.outcome === "ok") ok++;
    else if (e.outcome === "fail") fail++;
    else timeout++;
  }
  return {
    seed: cluster.seed, steps, events: cluster.events, virtualTime: cluster.now,
    operations: { total, ok, fail, timeout, byFamily }, faults: cluster.faultLog.length, faultLog: cluster.faultLog, violations,
    firstViolationStep: violations.length === 0 ? null : (firstViolationStep ?? steps),
  };
}

class WorkloadDriver {
  /** See WorkloadSummary.firstViolationStep (the runtime monitor only; the register check runs at the end). */
  firstViolationStep: number | null = null;
  private nextValue = 1;
  private readonly undo = new Map<string, () => void>();
  private readonly snapReads: number[] = [];
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly c: Cluster, private readonly options: WorkloadOptions) {}

  private pick(n: number): number {
    return this.c.env.sim.chooser.choose(n);
  }
  private node(): string {
    return this.c.nodeNames[this.pick(this.c.nodeNames.length)];
  }

  run(): void {
    const faults = this.options.faults ?? [];
    const every = Math.max(1, this.options.faultEvery ?? 100);
    for (let step = 0; step < this.options.steps; step++) {
      this.c.runFor(1 + this.pick(3));
      this.issue();
      if (faults.length > 0 && this.pick(every) === 0) this.injectRandom(faults[this.pick(faults.length)]);
      if (this.firstViolationStep === null && this.c.env.monitor.violations.length > 0) this.firstViolationStep = step + 1;
    }
    if (this.options.audit === false) return void this.c.runFor(50);
    for (const [, undo] of [...this.undo]) undo();
    this.undo.clear();
    this.c.runFor(400);
    for (const o of this.c.so.objects)
      for (let b = 0; b < this.c.so.devices.get(o)!.blockCount; b++)
        this.c.submit({ family: "single-owner", client: "audit", node: this.node(), kind: "read", object: o, block: b });
    for (const n of this.c.nodeNames) this.c.submit({ family: "quorum-majority", client: "audit", node: n, kind: "read" });
    this.c.runFor(400);
  }

  private issue(): void {
    const r = this.pick(100);
    const client = `c${this.pick(8)}`;
    const c = this.c;
    if (r < 55) {
      const object = c.so.objects[this.pick(c.so.objects.length)];
      const block = this.pick(c.so.devices.get(object)!.blockCount);
      const k = this.pick(200);
      if (k === 0) return void c.submit({ family: "single-owner", client: "admin", node: this.node(), kind: "migrate", object, target: this.node() });
      if (k < 110) return void c.submit({ family: "single-owner", client, node: this.node(), kind: "read", object, block });
      return void c.submit({ family: "single-owner", client, node: this.node(), kind: "write", object, block, value: this.nextValue++ });
    }
    if (r < 75) {
      if (this.pick(2) === 0) return void c.submit({ family: "quorum-majority", client, node: this.node(), kind: "update", value: this.nextValue++ });
      return void c.submit({ family: "quorum-majority", client, node: this.node(), kind: "read" });
    }
    if (r < 77) return void c.submit({ family: "quorum-majority", client, node: this.pick(2) === 0 ? "N1" : "N2", kind: "commit", value: this.nextValue++ });
    if (r < 80) return void c.submit({ family: "partition-in-time", client, node: this.pick(2) === 0 ? "N1" : "N2" });
    const s = this.pick(20);
    const block = this.pick(c.sn.volumeBlocks);
    if (s < 6) return void c.submit({ family: "snapshot-consistency", client, node: "N1", kind: "write", block, value: this.nextValue++ });
    if (s < 12) {
      const reader = c.sn.readers[this.pick(c.sn.readers.length)];
      return void this.snapReads.push(c.submit({ family: "snapshot-consistency", client, node: reader.node, kind: "snapRead", block }));
    }
    if (s < 18) return void c.submit({ family: "snapshot-consistency", client, node: this.node(), kind: "diskWrite", block, value: this.nextValue++ });
    if (s === 18) {
      c.submit({ family: "snapshot-consistency", client: "backup", node: "N1", kind: "snapshot" });
      return void c.at(c.now + 10, () => c.submit({ family: "snapshot-consistency", client: "backup", node: "N1", kind: "backup" }));
    }
    // A fresh shadow copy, only when the volume is quiesced: no COW, no snapshot read, no I/O in flight.
    const open = this.snapReads.filter((id) => c.env.history.isOpen(id));
    this.snapReads.length = 0;
    this.snapReads.push(...open);
    const quiet = c.env.san.inFlight(VOLUME_DEVICE) === 0 && c.env.san.inFlight(DIFF_AREA_DEVICE) === 0;
    if (open.length === 0 && quiet && c.sn.writer.isIdle() && c.sn.writer.up) c.sn.takeShadowCopy();
  }

  private later(key: string, ticks: number, undo: () => void): void {
    this.undo.set(key, undo);
    this.c.at(this.c.now + ticks, () => {
      if (this.undo.get(key) !== undo) return;
      this.undo.delete(key);
      undo();
    });
  }

  private injectRandom(kind: FaultClass): void {
    const c = this.c;
    const soDevices = c.so.objects.map((o) => c.so.deviceOf(o));
    const allDevices = [...soDevices, VOLUME_DEVICE, DIFF_AREA_DEVICE, CBT_DEVICE];
    const span = (): number => 40 + this.pick(120);
    switch (kind) {
      case "crash": {
        const node = this.node();
        if (!c.isUp(node)) return;
        c.inject({ kind: "crash", node });
        return this.later(`crash:${node}`, span(), () => c.inject({ kind: "restart", node }));
      }
      case "partition": {
        if (this.undo.has("partition")) return;
        const side = c.nodeNames.filter(() => this.pick(2) === 0);
        if (side.length === 0 || side.length === c.nodeNames.length) return;
        c.inject({ kind: "partition", groups: [side, c.nodeNames.filter((n) => !side.includes(n))] });
        return this.later("partition", span(), () => c.inject({ kind: "heal" }));
      }
      case "pause": {
        // Stalls stay within the quorum family's stated bound Pmax (its W > D + Pmax + δ relies on it): one
        // pause lasts at most Pmax, and a node runs at least 2·D (long enough to renew) before the next one,
        // so back-to-back pauses never add up to a longer stall. A longer stall is outside every family's model.
        const node = this.node();
        if (c.now < (this.pausedUntil.get(node) ?? -Infinity) + 2 * c.qm.defendEvery) return;
        const ticks = 5 + this.pick(c.qm.pmax - 4);
        this.pausedUntil.set(node, c.now + ticks);
        return c.inject({ kind: "pause", node, ticks });
      }
      case "slowIO": {
        const device = allDevices[this.pick(allDevices.length)];
        c.inject({ kind: "slowIO", device, ticks: 20 + this.pick(60) });
        return this.later(`slow:${device}`, 60, () => c.inject({ kind: "slowIO", device, ticks: 0 }));
      }
      case "loss":
      case "duplicate":
      case "delay":
        c.inject({ kind: "messageFaults", lossPerMille: kind === "loss" ? 50 : 0, duplicatePerMille: kind === "duplicate" ? 50 : 0, delaySpread: kind === "delay" ? 10 : 2 });
        return this.later("messages", 100, () => c.inject({ kind: "messageFaults", lossPerMille: 0, duplicatePerMille: 0, delaySpread: 2 }));
      case "deviceLoss": {
        // An object's device, or a quorum replica member's disk: members fail in a real deployment too, and a
        // lagging member that returns is what reconciliation exists for.
        const pool = [...soDevices, ...c.qm.members.map((m) => m.id)];
        const device = pool[this.pick(pool.length)];
        c.inject({ kind: "deviceUnavailable", device, unavailable: true });
        return this.later(`dev:${device}`, 30 + this.pick(70), () => c.inject({ kind: "deviceUnavailable", device, unavailable: false }));
      }
      case "powerCycle":
        return c.inject({ kind: "powerCycle", device: soDevices[this.pick(soDevices.length)] });
      case "pathLoss": {
        // Any shared device a node reaches over the SAN: object devices, replica members, and the voting and
        // witness devices (a holder that cannot reach its device cannot defend its vote).
        const pool = [...soDevices, ...c.qm.members.map((m) => m.id), VOTE_DEVICE, WITNESS_DEVICE];
        const node = this.node(), device = pool[this.pick(pool.length)];
        c.inject({ kind: "pathLoss", node, device, lost: true });
        return this.later(`path:${node}:${device}`, span(), () => c.inject({ kind: "pathLoss", node, device, lost: false }));
      }
      case "interconnect": {
        const a = this.node(), b = c.so.partnerOf(a);
        c.inject({ kind: "interconnect", a, b, up: false });
        return this.later(`ic:${a}`, span(), () => c.inject({ kind: "interconnect", a, b, up: true }));
      }
      case "trackerReset":
        return c.inject({ kind: "trackerReset" });
    }
  }
}
