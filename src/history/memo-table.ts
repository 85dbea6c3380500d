// The search's memo: a set of (linearized-set fingerprint, register state) triples in one open-addressing
// Int32Array, so the hot path allocates nothing. The linearized set is represented by a 64-bit Zobrist hash
// (XOR of one random 64-bit word per operation, updated in O(1) per step) instead of a bitset per entry, which
// is what makes long per-block histories cheap. Two distinct sets collide with probability ~2^-64 per pair;
// the checker re-runs a "not linearizable" verdict with independent hashes, so a collision cannot produce one.

export class MemoTable {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacityLog2 = 12) {
    this.slots = new Int32Array(3 << capacityLog2);
    this.mask = (1 << capacityLog2) - 1;
  }

  /** Adds the triple; false if it was already present. `state` ≥ -1. */
  add(h1: number, h2: number, state: number): boolean {
    if (this.size * 2 >= this.mask) this.grow();
    return this.insert(h1, h2, state + 2);
  }

  private insert(h1: number, h2: number, tag: number): boolean {
    const s = this.slots;
    let i = (Math.imul(h1 ^ Math.imul(tag, 0x9e3779b1), 0x85ebca6b) ^ h2) & this.mask;
    for (;;) {
      const o = i * 3;
      const t = s[o + 2];
      if (t === 0) {
        s[o] = h1; s[o + 1] = h2; s[o + 2] = tag;
        this.size++;
        return true;
      }
      if (t === tag && s[o] === h1 && s[o + 1] === h2) return false;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let o = 0; o < old.length; o += 3) if (old[o + 2] !== 0) this.insert(old[o], old[o + 1], old[o + 2]);
  }

  /** Bytes held (for the bench's memory figures). */
  get bytes(): number {
    return this.slots.byteLength;
  }
}
