// Units of the simulation core: event order, the Chooser and its replay, the register history check, and the
// abstract observation the conformance adapter will read.
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../src/cluster/event-queue.ts";
import { Cluster, ReplayChooser, SeededChooser, checkRegisterHistory, type HistoryEvent } from "../../src/cluster/index.ts";

describe("event queue", () => {
  it("pops by time, and in insertion order within a tick", () => {
    const q = new EventQueue();
    const seen: string[] = [];
    for (const [t, name] of [[5, "a"], [1, "b"], [5, "c"], [0, "d"], [1, "e"]] as const) q.push(t, () => seen.push(name));
    while (q.size > 0) q.pop()?.run();
    expect(seen).toEqual(["d", "b", "e", "a", "c"]);
  });
});

describe("chooser", () => {
  it("is deterministic per seed, records its path, and a replay reproduces it", () => {
    const a = new SeededChooser(9), b = new SeededChooser(9);
    const xs = Array.from({ length: 50 }, (_, i) => a.choose(2 + (i % 7)));
    expect(Array.from({ length: 50 }, (_, i) => b.choose(2 + (i % 7)))).toEqual(xs);
    expect(a.path).toEqual(xs);
    const r = new ReplayChooser(a.path);
    expect(Array.from({ length: 50 }, (_, i) => r.choose(2 + (i % 7)))).toEqual(xs);
    expect(r.divergence).toBeNull();
  });
  it("single-option choices are not choices", () => {
    const c = new SeededChooser(1);
    expect(c.choose(1)).toBe(0);
    expect(c.path).toEqual([]);
  });
  it("a replay flags an out-of-range choice", () => {
    const r = new ReplayChooser([5]);
    r.choose(3);
    expect(r.divergence).toEqual({ atChoice: 0, reason: "out-of-range" });
  });
});

describe("register history check", () => {
  const inv = (id: number, time: number, op: string, value?: number): HistoryEvent => ({
    type: "invoke", id, time, client: "c", node: "N1", family: "single-owner", op, object: "o0", block: 1, ...(value === undefined ? {} : { value }),
  });
  const ret = (id: number, time: number, value?: number): HistoryEvent => ({ type: "return", id, time, outcome: "ok", ...(value === undefined ? {} : { value }) });
  it("flags a read of a value overwritten before the read began", () => {
    const h = [inv(1, 0, "write", 10), ret(1, 2), inv(2, 3, "write", 20), ret(2, 5), inv(3, 6, "read"), ret(3, 8, 10)];
    expect(checkRegisterHistory(h).map((v) => v.check)).toEqual(["stale-read"]);
  });
  it("accepts a read concurrent with the overwrite, and flags the initial value after an acknowledged write", () => {
    expect(checkRegisterHistory([inv(1, 0, "write", 10), ret(1, 2), inv(2, 3, "write", 20), inv(3, 4, "read"), ret(3, 6, 10), ret(2, 7)])).toEqual([]);
    expect(checkRegisterHistory([inv(1, 0, "write", 10), ret(1, 2), inv(3, 4, "read"), ret(3, 6, 0)])).toHaveLength(1);
  });
});

describe("cluster observation", () => {
  it("is plain serialisable data covering every family", () => {
    const c = new Cluster({ seed: 4, nodes: 3 });
    c.runFor(50);
    const o = c.observe();
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
    expect(o["single-owner"]).toMatchObject({ epoch: 1, owner: { o0: "N1", o1: "N2" }, online: { o0: ["N1"], o1: ["N2"] } });
    expect(o["single-owner"].reservations.o0).toMatchObject({ holder: "N1", type: "WE-RO" });
    expect(o["single-owner"].reservations.o0.keys).toHaveLength(3);
    expect(o["quorum-majority"].formed).toHaveLength(1);
    expect(o["partition-in-time"]).toMatchObject({ maxCommitted: 0, nodes: { N1: { mode: "running", lastSurviving: false } } });
    expect(o["snapshot-consistency"].shadow).toMatchObject({ valid: true, slotsUsed: 0 });
  });
  it("shows the HA partner owning the object after the owner crashes, with a new epoch and a moved reservation", () => {
    const c = new Cluster({ seed: 4, nodes: 3 });
    c.submit({ family: "single-owner", client: "c", node: "N1", kind: "write", object: "o0", block: 1, value: 77 });
    c.runFor(20);
    c.inject({ kind: "crash", node: "N1" });
    c.runFor(150);
    const so = c.observe()["single-owner"];
    expect(so.owner.o0).toBe("N2");
    expect(so.online.o0).toEqual(["N2"]);
    expect(so.epoch).toBe(2);
    expect(so.reservations.o0.holder).toBe("N2");
    const read = c.submit({ family: "single-owner", client: "c", node: "N3", kind: "read", object: "o0", block: 1 });
    c.runFor(50);
    expect(c.env.history.events.find((e) => e.type === "return" && e.id === read)).toMatchObject({ outcome: "ok", value: 77 });
  });
});
