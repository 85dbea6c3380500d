// Shadow copy read by passive nodes (DOMAIN §5.1). The single active writer does copy-on-write into a diff
// area on shared storage — copy the old block, PUBLISH its map entry, then overwrite — and invalidates the
// snapshot when the diff area is full. Passive readers check the map, read the volume, then re-check the map.
// Diff-area layout (device dev:da): block 0 = header (snapshot id, 0 = invalid), 1..B = map (slot+1), then slots.

import { Actor } from "../actor.ts";
import { decodeValue, encodeValue, type DeviceCommand, type DeviceResult } from "../block-device.ts";
import type { Environment } from "../environment.ts";

export const VOLUME_DEVICE = "dev:vol";
export const DIFF_AREA_DEVICE = "dev:da";

export interface ShadowPort {
  readonly volumeBlocks: number;
  readonly diffAreaSlots: number;
  actorOf(node: string): string;
  reply(opId: number, ok: boolean, extra?: { value?: number; error?: string }): void;
}

const mapBlock = (b: number): number => 1 + b;

/** Shared by writer and readers: a promise-free async read of one uint32 from a device. */
abstract class SnapActor extends Actor {
  protected readU32(dev: string, block: number, done: (value: number | null) => void): void {
    this.io(dev, { kind: "read", block }, (r: DeviceResult) => done(r.status === "GOOD" && r.data !== undefined ? decodeValue(r.data) : null));
  }
  protected writeU32(dev: string, block: number, value: number, done: (ok: boolean) => void): void {
    const command: DeviceCommand = { kind: "write", block, data: encodeValue(value, 8) };
    this.io(dev, command, (r) => done(r.status === "GOOD"));
  }
  protected receive(): void {}
  protected onCrash(): void {}
  protected onRestart(): void {}
}

export class ShadowWriter extends SnapActor {
  snapshotId = 0;
  private copied = new Set<number>();
  private nextSlot = 0;
  private busy = new Map<number, Array<() => void>>();

  constructor(node: string, env: Environment, private readonly port: ShadowPort) {
    super(port.actorOf(node), node, env);
  }

  isIdle(): boolean {
    return this.busy.size === 0 && this.invalidating === null;
  }

  protected override onCrash(): void {
    this.busy = new Map();
    this.invalidating = null;
  }

  /** Recovery reads the diff area's durable header and map back. */
  protected override onRestart(): void {
    const da = this.env.san.device(DIFF_AREA_DEVICE);
    this.snapshotId = decodeValue(da.readBlock(0));
    this.copied = new Set();
    this.nextSlot = 0;
    for (let b = 0; b < this.port.volumeBlocks; b++) {
      const slot = decodeValue(da.readBlock(mapBlock(b)));
      if (slot !== 0) {
        this.copied.add(b);
        this.nextSlot = Math.max(this.nextSlot, slot);
      }
    }
  }

  /** Starts a new snapshot: the diff area is emptied and the header made valid. (Synchronous setup step.) */
  takeSnapshot(id: number): void {
    const da = this.env.san.device(DIFF_AREA_DEVICE);
    for (let b = 0; b < this.port.volumeBlocks; b++) da.execute(this.node, { kind: "write", block: mapBlock(b), data: encodeValue(0, 8) });
    da.execute(this.node, { kind: "write", block: 0, data: encodeValue(id, 8) });
    this.snapshotId = id;
    this.copied = new Set();
    this.nextSlot = 0;
  }

  /** Writes to the volume run one at a time per block, each with copy-on-write on the first write. */
  write(opId: number, block: number, value: number): void {
    const queue = this.busy.get(block);
    if (queue !== undefined) return void queue.push(() => this.write(opId, block, value));
    this.busy.set(block, []);
    const finish = (ok: boolean, error?: string): void => {
      this.port.reply(opId, ok, error === undefined ? {} : { error });
      const next = this.busy.get(block) ?? [];
      this.busy.delete(block);
      next.forEach((run) => run());
    };
    const overwrite = (then: (ok: boolean) => void): void => this.writeU32(VOLUME_DEVICE, block, value, then);
    if (this.invalidating !== null) return void this.invalidating.push(() => overwrite((ok) => finish(ok)));
    if (this.snapshotId === 0 || this.copied.has(block)) return overwrite((ok) => finish(ok));
    this.copied.add(block);
    if (this.nextSlot >= this.port.diffAreaSlots) {
      // SN-M3 is here: the diff area is full, yet the overwrite proceeds and the snapshot stays valid.
      if (this.env.bugs.has("SN-M3")) return overwrite((ok) => finish(ok));
      return this.invalidate(() => overwrite((ok) => finish(ok)));
    }
    const slot = this.nextSlot++;
    const slotBlock = 1 + this.port.volumeBlocks + slot;
    this.readU32(VOLUME_DEVICE, block, (old) => {
      if (old === null) return this.invalidate(() => finish(false, "io-error")); // protection fault: invalidate first
      this.writeU32(DIFF_AREA_DEVICE, slotBlock, old, (copiedOk) => {
        if (!copiedOk) return this.invalidate(() => overwrite((ok) => finish(ok)));
        const publish = (then: () => void): void => this.writeU32(DIFF_AREA_DEVICE, mapBlock(block), slot + 1, () => then());
        // SN-M2 is here: publishing after the overwrite leaves a window where readers miss twice.
        if (this.env.bugs.has("SN-M2")) return overwrite((ok) => publish(() => finish(ok)));
        publish(() => overwrite((ok) => finish(ok)));
      });
    });
  }

  /** Writes arriving while the invalidation is in flight wait for it: none may overwrite before it is durable. */
  private invalidating: Array<() => void> | null = null;

  private invalidate(then: () => void): void {
    if (this.invalidating !== null) return void this.invalidating.push(then);
    this.invalidating = [then];
    this.writeU32(DIFF_AREA_DEVICE, 0, 0, () => {
      this.snapshotId = 0;
      const waiting = this.invalidating ?? [];
      this.invalidating = null;
      waiting.forEach((run) => run());
    });
  }
}

export class PassiveReader extends SnapActor {
  constructor(node: string, env: Environment, private readonly port: ShadowPort) {
    super(port.actorOf(node), node, env);
  }

  /** Snapshot read of `block`: map, else volume, then re-check the map; an invalid snapshot is an error. */
  readSnapshot(opId: number, block: number): void {
    const fail = (error: string): void => this.port.reply(opId, false, { error });
    const fromSlot = (slot: number): void =>
      this.readU32(DIFF_AREA_DEVICE, 1 + this.port.volumeBlocks + slot - 1, (v) => (v === null ? fail("io-error") : this.port.reply(opId, true, { value: v })));
    this.readU32(DIFF_AREA_DEVICE, 0, (header) => {
      if (header === null || header === 0) return fail("snapshot-invalid");
      this.readU32(DIFF_AREA_DEVICE, mapBlock(block), (first) => {
        if (first === null) return fail("io-error");
        if (first !== 0) return fromSlot(first);
        this.readU32(VOLUME_DEVICE, block, (volumeValue) => {
          if (volumeValue === null) return fail("io-error");
          // SN-M1 is here: without the re-check, a COW that raced the volume read goes unnoticed.
          if (this.env.bugs.has("SN-M1")) return this.port.reply(opId, true, { value: volumeValue });
          this.readU32(DIFF_AREA_DEVICE, mapBlock(block), (second) => {
            if (second === null) return fail("io-error");
            if (second !== 0) return fromSlot(second);
            this.readU32(DIFF_AREA_DEVICE, 0, (header2) =>
              header2 === null || header2 === 0 ? fail("snapshot-invalid") : this.port.reply(opId, true, { value: volumeValue }),
            );
          });
        });
      });
    });
  }
}
