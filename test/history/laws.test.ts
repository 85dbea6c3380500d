// Laws: on small histories (≤ 8 operations) from random concurrent schedules of a correct register and of
// deliberately broken ones, the checker and the brute-force oracle give the same verdict, every time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLinearizable } from "../../src/history/index.ts";
import { history, type Spec } from "./build.ts";
import { bruteForceLinearizable } from "./oracle.ts";

type Raw = { kind: number; a: number; len: number; value: number; expect: number; lin: number; outcome: number };

/** A schedule: each operation takes effect at a point inside its interval (or never, if it failed). */
function execute(raws: readonly Raw[], broken: { read: number; value: number } | null): Spec[] {
  // Distinct times: invokes at even times, returns at odd ones (so no return coincides with an invoke, where
  // the oracle and the file order could disagree); the effect point lies strictly inside the interval.
  const ops = raws.map((r, i) => ({ ...r, call: r.a * 100 + 2 * i, ret: r.a * 100 + 2 * i + 5 + r.len * 100 }));
  const order = ops.map((o, i) => ({ i, at: o.call + 1 + (o.lin % (o.ret - o.call - 1)) })).sort((x, y) => x.at - y.at);
  let reg = 0;
  const results = new Map<number, { value?: number; applied: boolean }>();
  for (const { i } of order) {
    const o = ops[i];
    const fails = o.outcome === 1;
    if (o.kind === 0) results.set(i, { value: reg, applied: true });
    else if (o.kind === 1) { if (!fails) reg = o.value; results.set(i, { applied: !fails }); }
    else { const hit = reg === o.expect; if (hit && !fails) reg = o.value; results.set(i, { applied: hit && !fails }); }
  }
  return ops.map((o, i) => {
    const res = results.get(i)!;
    // outcome: 0 ok, 1 fail, 2 timeout (effect kept), 3 no return at all
    const outcome = o.kind === 2 && !res.applied ? "fail" : o.outcome === 1 ? "fail" : o.outcome === 2 ? "timeout" : "ok";
    const end = o.outcome === 3 ? null : o.ret;
    let value: number = o.kind === 0 ? (res.value as number) : o.value;
    if (broken !== null && o.kind === 0 && i === broken.read % ops.length) value = broken.value;
    if (o.kind === 0) return { op: "read", at: o.call, end, value, outcome } as Spec;
    if (o.kind === 1) return { op: "write", at: o.call, end, value: o.value, outcome } as Spec;
    return { op: "cas", at: o.call, end, expect: o.expect, value: o.value, outcome } as Spec;
  });
}

const raw = fc.record({
  kind: fc.constantFrom(0, 0, 1, 1, 2),
  a: fc.integer({ min: 0, max: 6 }),
  len: fc.integer({ min: 0, max: 3 }),
  value: fc.integer({ min: 1, max: 3 }),
  expect: fc.integer({ min: 0, max: 3 }),
  lin: fc.nat(),
  outcome: fc.constantFrom(0, 0, 0, 0, 1, 2, 3),
});
const schedule = fc.array(raw, { minLength: 1, maxLength: 8 });

describe("checkLinearizable (laws)", () => {
  it("a correct register's history is linearizable, as the oracle agrees", () => {
    fc.assert(fc.property(schedule, (raws) => {
      const specs = execute(raws, null);
      expect(bruteForceLinearizable(specs)).toBe(true);
      expect(checkLinearizable(history(specs)).status).toBe("linearizable");
    }), { numRuns: 400, seed: 13 });
  });

  it("a broken register (a read returning a wrong value) gets the oracle's verdict", () => {
    let refuted = 0;
    fc.assert(fc.property(schedule, fc.nat(), fc.integer({ min: 0, max: 3 }), (raws, read, value) => {
      const specs = execute(raws, { read, value });
      const expected = bruteForceLinearizable(specs);
      if (!expected) refuted++;
      expect(checkLinearizable(history(specs)).status).toBe(expected ? "linearizable" : "not-linearizable");
    }), { numRuns: 1500, seed: 31 });
    expect(refuted).toBeGreaterThan(100); // the generator really produces non-linearizable histories
  });

  it("a failed write that took effect anyway gets the oracle's verdict", () => {
    fc.assert(fc.property(schedule, (raws) => {
      // execute with the effect, then report every write as failed: a system that lies about failures
      const specs = execute(raws.map((r) => ({ ...r, outcome: r.outcome === 1 ? 0 : r.outcome })), null)
        .map((s, i) => (s.op === "write" && raws[i].outcome === 1 ? { ...s, outcome: "fail" as const } : s));
      const expected = bruteForceLinearizable(specs);
      expect(checkLinearizable(history(specs)).status).toBe(expected ? "linearizable" : "not-linearizable");
    }), { numRuns: 800, seed: 7 });
  });

  it("the file's event order does not matter when times are distinct (the sorted path equals the file-order one)", () => {
    fc.assert(fc.property(schedule, fc.nat(), fc.integer({ min: 0, max: 3 }), fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (raws, read, value, keys) => {
      const h = history(execute(raws, { read, value }));
      // A random order that keeps every return after its invoke (decodeHistory requires it).
      const events = [...h.events].map((e, i) => ({ e, k: keys[i % keys.length] + (e.type === "return" ? 1e9 : 0) }));
      events.sort((a, b) => a.k - b.k);
      const shuffled = { ...h, events: events.map((x) => x.e) };
      expect(checkLinearizable(shuffled).status).toBe(checkLinearizable(h).status);
    }), { numRuns: 800, seed: 17 });
  });

  it("every reported window is itself non-linearizable when checked alone", () => {
    fc.assert(fc.property(schedule, fc.nat(), fc.integer({ min: 0, max: 3 }), (raws, read, value) => {
      const r = checkLinearizable(history(execute(raws, { read, value })));
      for (const f of r.failures) {
        expect(f.window.length).toBeGreaterThan(0);
        expect(f.window.map((o) => o.id)).toContain(f.operation.id);
      }
    }), { numRuns: 500, seed: 5 });
  });
});
