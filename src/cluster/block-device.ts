// In-memory shared block device: blocks, the persistent-reservation table, and a queue of accepted commands.
// Timing lives in the SAN (san.ts); here a command is accepted (access-checked, PROUT applied atomically)
// and later completed (data moved), so slow I/O and PREEMPT AND ABORT have a real window to act in.

import {
  PersistentReservationTable,
  type Nexus,
  type PrOutAction,
  type PrOutResult,
  type ReadKeysResult,
  type ReadReservationResult,
} from "./persistent-reservation.ts";

export type DeviceCommand =
  | { readonly kind: "read"; readonly block: number }
  | { readonly kind: "write"; readonly block: number; readonly data: Uint8Array }
  | { readonly kind: "prout"; readonly action: PrOutAction }
  | { readonly kind: "readKeys" }
  | { readonly kind: "readReservation" };

export type DeviceStatus = "GOOD" | "RESERVATION_CONFLICT" | "ILLEGAL_REQUEST" | "ABORTED" | "IO_ERROR" | "UNAVAILABLE";

/** A command's response; `data`, `keys`, `reservation` and `prout` are present for the commands that return them. */
export interface DeviceResult {
  readonly status: DeviceStatus;
  readonly data?: Uint8Array;
  readonly keys?: ReadKeysResult;
  readonly reservation?: ReadReservationResult;
  readonly prout?: PrOutResult;
}

export interface BlockDeviceOptions {
  readonly id: string;
  readonly blockCount: number;
  readonly blockSize: number;
}

/** One write the device actually applied; safety monitors read this, not node beliefs. */
export interface AppliedWrite {
  readonly nexus: Nexus;
  readonly block: number;
  readonly data: Uint8Array;
  /** The writer's registration was removed by a PREEMPT while this write was outstanding (SO-2 ground truth). */
  readonly afterFence: boolean;
}

interface Pending {
  readonly nexus: Nexus;
  readonly command: DeviceCommand;
  aborted: boolean;
  fenced: boolean;
  early?: DeviceResult;
}

export class BlockDevice {
  readonly id: string;
  readonly blockCount: number;
  readonly blockSize: number;
  readonly pr = new PersistentReservationTable();
  private readonly bytes: Uint8Array;
  private readonly pending = new Map<number, Pending>();
  private nextTicket = 1;
  private failing = new Set<number>();
  /** Hooks for safety monitors: called after every applied write and every successful PROUT. */
  onWriteApplied: ((w: AppliedWrite) => void) | null = null;
  onPrOut: ((nexus: Nexus, action: PrOutAction, result: PrOutResult) => void) | null = null;

  constructor(options: BlockDeviceOptions) {
    if (!Number.isInteger(options.blockCount) || options.blockCount <= 0) throw new RangeError("blockCount must be a positive integer");
    if (!Number.isInteger(options.blockSize) || options.blockSize <= 0) throw new RangeError("blockSize must be a positive integer");
    this.id = options.id;
    this.blockCount = options.blockCount;
    this.blockSize = options.blockSize;
    this.bytes = new Uint8Array(options.blockCount * options.blockSize);
  }

  /** Makes every later command on `block` fail with IO_ERROR (or heals it with `false`). */
  setBlockError(block: number, failing: boolean): void {
    if (failing) this.failing.add(block);
    else this.failing.delete(block);
  }

  /** Accepts a command: PROUT and reservation reads act now; reads and writes are access-checked now, moved at completion. */
  accept(nexus: Nexus, command: DeviceCommand): number {
    const ticket = this.nextTicket++;
    const entry: Pending = { nexus, command, aborted: false, fenced: false };
    switch (command.kind) {
      case "prout": {
        const result = this.pr.persistentReserveOut(nexus, command.action);
        if (result.status === "GOOD") this.fenceCommandsOf(result.preempted, result.abort);
        entry.early = result.status === "GOOD" ? { status: "GOOD", prout: result } : { status: result.status, prout: result };
        this.onPrOut?.(nexus, command.action, result);
        break;
      }
      case "readKeys":
        entry.early = { status: "GOOD", keys: this.pr.readKeys() };
        break;
      case "readReservation":
        entry.early = { status: "GOOD", reservation: this.pr.readReservation() };
        break;
      case "write":
        if (!this.inRange(command.block)) entry.early = { status: "ILLEGAL_REQUEST" };
        else if (!this.pr.mayWrite(nexus)) entry.early = { status: "RESERVATION_CONFLICT" };
        break;
      case "read":
        if (!this.inRange(command.block)) entry.early = { status: "ILLEGAL_REQUEST" };
        else if (!this.pr.mayRead(nexus)) entry.early = { status: "RESERVATION_CONFLICT" };
        break;
    }
    this.pending.set(ticket, entry);
    return ticket;
  }

  /** Completes an accepted command. An aborted command reports ABORTED and moves no data. */
  complete(ticket: number): DeviceResult {
    const entry = this.pending.get(ticket);
    if (entry === undefined) return { status: "ABORTED" };
    this.pending.delete(ticket);
    if (entry.aborted) return { status: "ABORTED" };
    if (entry.early !== undefined) return entry.early;
    const c = entry.command;
    if ((c.kind === "read" || c.kind === "write") && this.failing.has(c.block)) return { status: "IO_ERROR" };
    if (c.kind === "read") return { status: "GOOD", data: this.readBlock(c.block) };
    if (c.kind === "write") {
      // The reference device takes SPC-4's permissive choice: a command received before a plain PREEMPT still runs.
      this.bytes.set(c.data.subarray(0, this.blockSize), c.block * this.blockSize);
      this.onWriteApplied?.({ nexus: entry.nexus, block: c.block, data: c.data, afterFence: entry.fenced });
      return { status: "GOOD" };
    }
    return { status: "GOOD" };
  }

  /** Synchronous convenience for tests and monitors: accept and complete at once. */
  execute(nexus: Nexus, command: DeviceCommand): DeviceResult {
    return this.complete(this.accept(nexus, command));
  }

  /** Power cycle: PR `gen` resets; APTPL=0 drops registrations and the reservation; outstanding commands are lost. */
  powerCycle(): void {
    this.pr.powerCycle();
    for (const entry of this.pending.values()) entry.aborted = true;
  }

  readBlock(block: number): Uint8Array {
    return this.bytes.slice(block * this.blockSize, (block + 1) * this.blockSize);
  }

  outstandingCount(): number {
    return this.pending.size;
  }

  /** Nexuses with an accepted write that will still move data (not aborted, not refused at acceptance). */
  liveWriters(): Nexus[] {
    const out: Nexus[] = [];
    for (const e of this.pending.values())
      if (e.command.kind === "write" && !e.aborted && e.early === undefined && !out.includes(e.nexus)) out.push(e.nexus);
    return out;
  }

  /** PREEMPT AND ABORT aborts the victims' outstanding commands; a plain PREEMPT only marks them fenced. */
  private fenceCommandsOf(nexuses: readonly Nexus[], abort: boolean): void {
    if (nexuses.length === 0) return;
    for (const entry of this.pending.values()) {
      if (!nexuses.includes(entry.nexus)) continue;
      if (abort) entry.aborted = true;
      else entry.fenced = true;
    }
  }

  private inRange(block: number): boolean {
    return Number.isInteger(block) && block >= 0 && block < this.blockCount;
  }
}

/** Block payloads in the cluster carry one uint32 value in their first four bytes (little-endian). */
export function encodeValue(value: number, blockSize: number): Uint8Array {
  const out = new Uint8Array(blockSize);
  new DataView(out.buffer).setUint32(0, value >>> 0, true);
  return out;
}

export function decodeValue(data: Uint8Array): number {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(0, true);
}
