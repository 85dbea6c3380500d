/**
 * The seen set shared by every worker thread: the same linear-probing layout as `FingerprintSet`
 * (two words per slot, low then high half), in a SharedArrayBuffer, claimed with compare-and-swap.
 * Workers insert into one table instead of shipping successors to an owner, so a duplicate costs one
 * probe wherever it is found. The table cannot grow while workers insert: the coordinator keeps
 * `reserved` slots free (see `parallel.ts`) and swaps in a doubled table between rounds.
 *
 * A slot's low word goes 0 → lo exactly once (by CAS) and its high word 0 → hi right after, so a reader
 * that sees a matching low word only has to wait for the high word to land. Fingerprints never have a
 * 0 half (`fingerprint.ts`).
 */
import { homeSlot } from "./fingerprint.ts";

export class SharedFingerprintSet {
  readonly table: Uint32Array;
  readonly mask: number;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.table = new Uint32Array(buffer);
    this.mask = (this.table.length >>> 1) - 1;
  }

  /** A zeroed table of `capacity` slots (a power of two). */
  static allocate(capacity: number): SharedFingerprintSet {
    if (capacity < 2 || (capacity & (capacity - 1)) !== 0) throw new Error(`table capacity ${capacity} is not a power of two`);
    return new SharedFingerprintSet(new SharedArrayBuffer(capacity * 8));
  }

  get capacity(): number {
    return this.mask + 1;
  }

  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds the fingerprint; true when this call inserted it. Safe to call from several threads at once. */
  add(lo: number, hi: number): boolean {
    const t = this.table;
    const mask = this.mask;
    let i = homeSlot(lo, hi, mask);
    for (;;) {
      const j = i << 1;
      // A plain read can only be stale as 0 (a slot never empties); the CAS settles that case.
      let a = t[j]!;
      if (a === 0) {
        a = Atomics.compareExchange(t, j, 0, lo);
        if (a === 0) {
          Atomics.store(t, j + 1, hi);
          return true;
        }
      }
      if (a === lo) {
        let b = t[j + 1]!;
        while (b === 0) b = Atomics.load(t, j + 1);
        if (b === hi) return false;
      }
      i = (i + 1) & mask;
    }
  }

  /** Re-inserts the fingerprints held in slots [from, to) of `old` (one worker's part of a rehash). */
  rehashFrom(old: SharedFingerprintSet, from: number, to: number): void {
    const t = old.table;
    for (let j = from << 1, end = to << 1; j < end; j += 2) {
      const lo = t[j]!;
      if (lo !== 0) this.add(lo, t[j + 1]!);
    }
  }

  /** Number of occupied slots (for tests and checks; O(capacity)). */
  count(): number {
    let n = 0;
    for (let j = 0; j < this.table.length; j += 2) if (this.table[j] !== 0) n++;
    return n;
  }
}
