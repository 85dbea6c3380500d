// Known-answer histories: hand-written cases with the shapes of the Knossos and Porcupine test suites
// (concurrent writes with reads that pick an order, the "read of a value from the future", the classic
// non-linearizable register where two reads see two writes in opposite orders, unknown and failed outcomes).
import { describe, expect, it } from "vitest";
import { checkLinearizable, decodeHistory, type History, type HistoryRecord } from "../../src/history/index.ts";
import { cas, history, pathological, r, w } from "./build.ts";

const verdict = (...specs: Parameters<typeof history>[0]): string => checkLinearizable(history(specs)).status;

describe("checkLinearizable (known answers)", () => {
  it("empty and sequential histories", () => {
    expect(verdict()).toBe("linearizable");
    expect(verdict(w(0, 1, 1), r(2, 3, 1), w(4, 5, 2), r(6, 7, 2))).toBe("linearizable");
    expect(verdict(r(0, 1, 0))).toBe("linearizable"); // the initial value
    expect(verdict(w(0, 1, 1), r(2, 3, 0))).toBe("not-linearizable"); // stale read of the initial value
    expect(verdict(w(0, 1, 1), w(2, 3, 2), r(4, 5, 1))).toBe("not-linearizable"); // stale read
    expect(verdict(r(0, 1, 7))).toBe("not-linearizable"); // a value nobody wrote
  });

  it("Porcupine's c01 shapes: a read concurrent with a write may see either value", () => {
    expect(verdict(w(0, 10, 1), r(1, 2, 0), r(3, 4, 1))).toBe("linearizable");
    expect(verdict(w(0, 10, 1), r(1, 2, 1), r(3, 4, 0))).toBe("not-linearizable"); // once seen, the new value stays
  });

  it("Knossos' classic: two overlapping writes, two readers disagreeing on their order", () => {
    // w1 and w2 overlap; reader A sees 1 then 2, reader B sees 2 then 1, all reads after both writes began.
    expect(verdict(w(0, 10, 1), w(0, 10, 2), r(1, 2, 1), r(3, 4, 2), r(5, 6, 1))).toBe("not-linearizable");
    expect(verdict(w(0, 10, 1), w(0, 10, 2), r(1, 2, 1), r(3, 4, 2), r(5, 6, 2))).toBe("linearizable");
    expect(verdict(w(0, 10, 1), w(0, 10, 2), r(11, 12, 1), r(11, 12, 1))).toBe("linearizable");
  });

  it("a read from the future is not linearizable", () => {
    expect(verdict(r(0, 1, 5), w(2, 3, 5))).toBe("not-linearizable");
    expect(verdict(r(0, 3, 5), w(2, 4, 5))).toBe("linearizable");
  });

  it("failed operations never took effect; unknown ones may, at any later time", () => {
    expect(verdict(w(0, 1, 1, { outcome: "fail" }), r(2, 3, 1))).toBe("not-linearizable");
    expect(verdict(w(0, 1, 1, { outcome: "timeout" }), r(2, 3, 1))).toBe("linearizable");
    expect(verdict(w(0, null, 1), r(100, 101, 0), r(200, 201, 1))).toBe("linearizable"); // took effect late
    expect(verdict(w(0, null, 1), r(100, 101, 1), r(200, 201, 0))).toBe("not-linearizable"); // cannot un-happen
    expect(verdict(w(5, null, 1), r(0, 1, 1))).toBe("not-linearizable"); // not before its invoke
    expect(verdict(w(0, 1, 1), r(2, null, 0))).toBe("linearizable"); // an unknown read says nothing
  });

  it("compare-and-swap", () => {
    expect(verdict(w(0, 1, 1), cas(2, 3, 1, 2), r(4, 5, 2))).toBe("linearizable");
    expect(verdict(w(0, 1, 1), cas(2, 3, 0, 2), r(4, 5, 2))).toBe("not-linearizable"); // expected a stale value
    expect(verdict(w(0, 1, 1), cas(2, 3, 0, 2, { outcome: "fail" }), r(4, 5, 1))).toBe("linearizable");
    // two concurrent cas from 0: only one can succeed
    expect(verdict(cas(0, 5, 0, 1), cas(0, 5, 0, 2))).toBe("not-linearizable");
    expect(verdict(cas(0, 5, 0, 1), cas(0, 5, 1, 2), r(6, 7, 2))).toBe("linearizable");
  });

  it("registers are independent (P-compositionality): a violation names its block", () => {
    const h = history([w(0, 1, 1, { block: 0 }), w(0, 1, 1, { block: 1 }), r(2, 3, 1, { block: 0 }), r(2, 3, 0, { block: 1 })]);
    const res = checkLinearizable(h);
    expect(res.status).toBe("not-linearizable");
    expect(res.registers).toBe(2);
    expect(res.failures.map((f) => f.register.block)).toEqual([1]);
  });

  it("the window is the shortest failing one and the explanation names the read and the overwrite", () => {
    const h = history([w(0, 1, 1), r(2, 3, 1), w(4, 5, 2), r(6, 7, 2), w(8, 9, 3), r(10, 11, 3), r(12, 13, 2)]);
    const res = checkLinearizable(h);
    expect(res.status).toBe("not-linearizable");
    const f = res.failures[0];
    expect(f.operation).toMatchObject({ id: 7, op: "read", value: 2 });
    // From any state, "read 3 then read 2 with no write between" already fails: that is the shortest window.
    expect(f.window.map((o) => o.id)).toEqual([6, 7]);
    expect(f.minimal).toBe(true);
    expect(f.explanation).toContain("read #7");
    expect(f.explanation).toContain("read #6 had already returned 3");
    const g = checkLinearizable(history([w(0, 1, 1), r(2, 3, 1), w(4, 5, 2), r(6, 7, 1)])).failures[0];
    expect(g.window.map((o) => o.id)).toEqual([3, 4]);
    expect(g.explanation).toContain("write #3 of 2");
    expect(g.explanation).toContain("overwritten");
    expect(res.seed).toBe(1);
  });

  it("explains a value nobody wrote and a value only a failed write wrote", () => {
    expect(checkLinearizable(history([w(0, 1, 1), r(2, 3, 9)])).failures[0].explanation).toContain("no write");
    expect(checkLinearizable(history([w(0, 1, 4, { outcome: "fail" }), r(2, 3, 4)])).failures[0].explanation).toContain("failed");
  });

  it("string values and an explicit initial value", () => {
    const h = history([w(0, 1, "a"), r(2, 3, "a")]);
    expect(checkLinearizable(h).status).toBe("linearizable");
    expect(checkLinearizable({ ...history([r(0, 1, "x")]), initial: "x" }).status).toBe("linearizable");
  });

  it("ends in unknown at the time limit on a pathological history, never runs forever", () => {
    // 60 concurrent writes, then 60 reads seeing each value once (a legal order so far), then a read of a value
    // already overwritten: not linearizable, but only after every subset of "writes placed early, unread" has
    // been tried — exponential for any Wing–Gong search, and no pre-check sees it (the value was written).
    const h = history(pathological(60));
    const res = checkLinearizable(h, { timeLimitMs: 200 });
    expect(res.status).toBe("unknown");
    expect(res.undecided).toEqual(["|vol|0"]);
    expect(res.limitReached).toMatch(/time|memory/);
    const zero = checkLinearizable(h, { timeLimitMs: 0 });
    expect(zero.status).toBe("unknown");
    expect(zero.limitReached).toBe("time");
    // the same shape small enough to finish is decided, so the unknown above is the limit's doing
    expect(checkLinearizable(history(pathological(8)), { timeLimitMs: 60_000 }).status).toBe("not-linearizable");
  });

  it("bounds the memo: a register needing more entries ends undecided with limitReached memory", () => {
    const res = checkLinearizable(history(pathological(60)), { maxMemoEntries: 1000 });
    expect(res.status).toBe("unknown");
    expect(res.limitReached).toBe("memory");
    expect(res.memoBytes).toBeLessThan(1 << 16);
  });

});

describe("older files", () => {
  it("a snapshot read recorded against the live volume (before shadow copies were registers) is not checked as a volume read", () => {
    const ev = (e: object): HistoryRecord => e as HistoryRecord;
    const h: History = {
      format: "clusterspec-history/1", seed: 2,
      events: [
        ev({ type: "invoke", id: 1, time: 0, client: "c1", node: "N1", family: "snapshot-consistency", op: "write", object: "volume", block: 0, value: 1 }),
        ev({ type: "return", id: 1, time: 1, outcome: "ok" }),
        ev({ type: "invoke", id: 2, time: 2, client: "backup", node: "N1", family: "snapshot-consistency", op: "snapshot", object: "vmdk" }),
        ev({ type: "return", id: 2, time: 3, outcome: "ok" }),
        ev({ type: "invoke", id: 3, time: 4, client: "c1", node: "N1", family: "snapshot-consistency", op: "write", object: "volume", block: 0, value: 2 }),
        ev({ type: "return", id: 3, time: 5, outcome: "ok" }),
        ev({ type: "invoke", id: 4, time: 6, client: "c2", node: "N2", family: "snapshot-consistency", op: "snapRead", object: "volume", block: 0 }),
        ev({ type: "return", id: 4, time: 7, outcome: "ok", value: 1 }), // the frozen copy's value, as it should
      ],
    };
    const res = checkLinearizable(decodeHistory(JSON.parse(JSON.stringify(h))));
    expect(res).toMatchObject({ status: "linearizable", operations: 2, otherOperations: 2 });
    // the same read recorded against its shadow copy register is checked (and this one is wrong)
    const now = { ...h, events: [...h.events.slice(0, 6), ev({ type: "invoke", id: 4, time: 6, op: "snapRead", object: "snapshot-1", block: 0 }), h.events[7]] };
    expect(checkLinearizable(now).status).toBe("not-linearizable");
  });
});
