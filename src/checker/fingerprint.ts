/**
 * 64-bit state fingerprints as two 32-bit halves (murmur3-style mixing, two seeds), computed straight
 * from packed words with no allocation. Neither half is ever 0: 0 marks an empty slot in the seen sets.
 */

/** High half of the last fingerprint computed by `fingerprint` (the low half is its return value). */
export let fpHigh = 0;

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fingerprint of `w[off .. off+n)`: returns the low half and leaves the high half in `fpHigh`. */
export function fingerprint(w: Uint32Array, off: number, n: number): number {
  let h1 = 0x9747b28c;
  let h2 = 0x5bd1e995 ^ n;
  for (let i = 0; i < n; i++) {
    let k = Math.imul(w[off + i]!, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    let j = Math.imul(w[off + i]!, 0x239b961b);
    j = (j << 17) | (j >>> 15);
    j = Math.imul(j, 0xab0e9789);
    h2 ^= j;
    h2 = (h2 << 15) | (h2 >>> 17);
    h2 = (Math.imul(h2, 5) + 0x38b34ae5) | 0;
  }
  h1 ^= n;
  h2 ^= n;
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  fpHigh = h2 === 0 ? 1 : h2;
  return h1 === 0 ? 1 : h1;
}

/** First slot to probe for a fingerprint in a seen set of `mask + 1` slots (both seen sets use this). */
export function homeSlot(lo: number, hi: number, mask: number): number {
  return ((lo >>> 7) ^ (hi << 3)) & mask;
}
