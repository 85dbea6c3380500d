/**
 * The seen set: an open-addressing (linear probing) table of 64-bit fingerprints in one Uint32Array,
 * two words per slot (low, high). Grows by doubling past `maxLoad`. Memory is 8 bytes / load factor
 * per state — the figure `bytesPerState` reports.
 */
import { homeSlot } from "./fingerprint.ts";

export class FingerprintSet {
  private table: Uint32Array;
  private mask: number;
  private count = 0;
  private limit: number;

  constructor(
    initialCapacity = 1 << 12,
    private readonly maxLoad = 0.85,
  ) {
    let cap = 16;
    while (cap < initialCapacity) cap *= 2;
    this.table = new Uint32Array(cap * 2);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * maxLoad);
  }

  get size(): number {
    return this.count;
  }

  get capacity(): number {
    return this.mask + 1;
  }

  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds the fingerprint; true when it was not there before. `lo` must not be 0 (the empty marker). */
  add(lo: number, hi: number): boolean {
    const t = this.table;
    const mask = this.mask;
    let i = homeSlot(lo, hi, mask);
    for (;;) {
      const j = i << 1;
      const a = t[j]!;
      if (a === 0) {
        t[j] = lo;
        t[j + 1] = hi;
        if (++this.count > this.limit) this.grow();
        return true;
      }
      if (a === lo && t[j + 1] === hi) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    this.table = new Uint32Array(cap * 2);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * this.maxLoad);
    this.count = 0;
    for (let j = 0; j < old.length; j += 2) {
      const lo = old[j]!;
      const hi = old[j + 1]!;
      if (lo !== 0) this.add(lo, hi);
    }
  }
}
