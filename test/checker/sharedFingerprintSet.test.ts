import fc from "fast-check";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { SharedFingerprintSet } from "../../src/checker/sharedFingerprintSet.ts";

const nonZero = fc.integer({ min: 1, max: 0xffffffff });
const fingerprints = fc.array(fc.tuple(nonZero, nonZero), { maxLength: 400 });

describe("SharedFingerprintSet", () => {
  it("adds each fingerprint once, in any order", () => {
    fc.assert(
      fc.property(fingerprints, (fps) => {
        const set = SharedFingerprintSet.allocate(1024);
        const fresh = fps.filter(([lo, hi]) => set.add(lo, hi)).length;
        const distinct = new Set(fps.map(([lo, hi]) => `${lo}:${hi}`)).size;
        return fresh === distinct && set.count() === distinct && fps.every(([lo, hi]) => !set.add(lo, hi));
      }),
    );
  });

  it("keeps every fingerprint when rehashed into a bigger table in parts", () => {
    fc.assert(
      fc.property(fingerprints, fc.integer({ min: 1, max: 5 }), (fps, parts) => {
        const old = SharedFingerprintSet.allocate(1024);
        for (const [lo, hi] of fps) old.add(lo, hi);
        const grown = SharedFingerprintSet.allocate(2048);
        const part = Math.ceil(old.capacity / parts);
        for (let k = 0; k < parts; k++) grown.rehashFrom(old, Math.min(old.capacity, k * part), Math.min(old.capacity, (k + 1) * part));
        return grown.count() === old.count() && fps.every(([lo, hi]) => !grown.add(lo, hi));
      }),
    );
  });

  it("tells exactly one of several threads that a fingerprint is new", async () => {
    // Overlapping halves: keys [0, 6000) and [4000, 10000) share 2000 keys, each also repeated within a half.
    const n = 10_000;
    const keys = new Uint32Array(new SharedArrayBuffer(n * 2 * 4));
    for (let i = 0; i < n; i++) {
      const k = i % 7000; // 3000 keys appear twice
      keys[2 * i] = (Math.imul(k + 1, 0x9e3779b1) >>> 0) || 1;
      keys[2 * i + 1] = (Math.imul(k + 7, 0x85ebca6b) >>> 0) || 1;
    }
    const table = SharedFingerprintSet.allocate(1 << 15);
    const run = (from: number, to: number) =>
      new Promise<number>((resolve, reject) => {
        const w = new Worker(new URL("../fixtures/shared-set-worker.mjs", import.meta.url), { workerData: { table: table.buffer, keys, from, to } });
        w.once("message", (m: number) => void w.terminate().then(() => resolve(m)));
        w.once("error", reject);
      });
    const counts = await Promise.all([run(0, 6000), run(4000, n)]);
    expect(counts[0]! + counts[1]!).toBe(7000);
    expect(table.count()).toBe(7000);
  });
});
