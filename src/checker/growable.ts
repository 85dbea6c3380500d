/** Growable typed arrays for the trace store and frontier (amortised doubling, no per-item objects). */
export class GrowableInt32 {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): number {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = v;
    return this.length++;
  }
  get bytes(): number {
    return this.data.byteLength;
  }
}

export class GrowableWords {
  data: Uint32Array;
  /** Number of records of `width` words. */
  length = 0;
  constructor(
    readonly width: number,
    capacity = 1024,
    /** Back the records with SharedArrayBuffers, so other worker threads can read them. */
    readonly shared = false,
  ) {
    this.data = this.allocate(Math.max(1, capacity * width));
  }
  private allocate(words: number): Uint32Array {
    return this.shared ? new Uint32Array(new SharedArrayBuffer(words * 4)) : new Uint32Array(words);
  }
  /** Reserve one record and return its word offset. */
  alloc(): number {
    const need = (this.length + 1) * this.width;
    if (need > this.data.length) {
      const next = this.allocate(Math.max(need, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    return this.length++ * this.width;
  }
  clear(): void {
    this.length = 0;
  }
}
