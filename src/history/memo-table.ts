// The search's memo: a set of (linearized-set fingerprint, register state) triples in one open-addressing
// Int32Array, so the hot path allocates nothing. The linearized set is represented by a 64-bit Zobrist hash
// (XOR of one random 64-bit word per operation, updated in O(1) per step) instead of a bitset per entry, which
// is what makes long per-block histories cheap. Two distinct sets collide with probability ~2^-64 per pair;
// the checker re-runs a "not linearizable" verdict with independent hashes, so a collision cannot produce one.
// One table serves every register of a check (reset clears only the prefix the next register needs), and it
// never holds more than `maxEntries`: past that, add() reports FULL and the search ends undecided.

export const FULL = 2;

export class MemoTable {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacityLog2 = 12, readonly maxEntries = 1 << 23) {
    this.slots = new Int32Array(3 << capacityLog2);
    this.mask = (1 << capacityLog2) - 1;
  }

  /** Empties the table, sized for about 2^capacityLog2 / 2 entries before it grows. */
  reset(capacityLog2: number): void {
    const need = 3 << capacityLog2;
    if (this.slots.length < need) this.slots = new Int32Array(need);
    else this.slots.fill(0, 0, need);
    this.mask = (1 << capacityLog2) - 1;
    this.size = 0;
  }

  /** Adds the triple: 1 if new, 0 if it was already present, FULL if the table is at its bound. `state` ≥ -1. */
  add(h1: number, h2: number, state: number): number {
    if (this.size * 2 >= this.mask) {
      if (this.size >= this.maxEntries) return FULL;
      this.grow();
    }
    return this.insert(h1, h2, state + 2);
  }

  private insert(h1: number, h2: number, tag: number): number {
    const s = this.slots;
    let i = (Math.imul(h1 ^ Math.imul(tag, 0x9e3779b1), 0x85ebca6b) ^ h2) & this.mask;
    for (;;) {
      const o = i * 3;
      const t = s[o + 2];
      if (t === 0) {
        s[o] = h1; s[o + 1] = h2; s[o + 2] = tag;
        this.size++;
        return 1;
      }
      if (t === tag && s[o] === h1 && s[o + 1] === h2) return 0;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots, used = 3 * (this.mask + 1);
    this.slots = new Int32Array(used * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let o = 0; o < used; o += 3) if (old[o + 2] !== 0) this.insert(old[o], old[o + 1], old[o + 2]);
  }

  /** Bytes held (for the bench's memory figures). */
  get bytes(): number {
    return this.slots.byteLength;
  }
}
