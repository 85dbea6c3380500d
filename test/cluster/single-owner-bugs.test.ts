// DOMAIN §2.6 minimal scenarios: each single-owner bug shows its bad outcome with the switch on, not off.
import { describe, expect, it } from "vitest";
import { makeSo } from "./so-harness.ts";

const SEED = Number(process.env.CLUSTER_SEED ?? 1);

function soM1(bugOn: boolean, seed = SEED) {
  const t = makeSo(bugOn ? ["SO-M1"] : [], seed);
  const { env, so, at } = t;
  env.san.setSlow("dev:o0", 150, "N1");
  const w1 = so.submit({ client: "c1", node: "N1", kind: "write", object: "o0", block: 6, value: 1 });
  at(6, () => env.san.setSlow("dev:o0", 0, "N1"));
  at(8, () => { env.net.partition([["N1"], ["N2", "N3"]]); so.membershipChanged(); });
  let w2 = 0, read = 0;
  at(80, () => (w2 = so.submit({ client: "c2", node: "N2", kind: "write", object: "o0", block: 6, value: 2 })));
  at(250, () => (read = so.submit({ client: "c2", node: "N2", kind: "read", object: "o0", block: 6 })));
  env.sim.runUntil(320);
  return { ...t, w1, w2, read };
}

function soM2(bugOn: boolean, seed = SEED) {
  const t = makeSo(bugOn ? ["SO-M2"] : [], seed);
  const { env, so, at } = t;
  so.setNoticeDelay("N3", 10_000); // N3 loses the LAN but keeps the SAN, and has not noticed
  so.submit({ client: "c3", node: "N3", kind: "read", object: "o0", block: 6 }); // acquires N3's lease
  at(30, () => { env.net.partition([["N1", "N2"], ["N3"]]); so.membershipChanged(); });
  let f2 = 0, f1 = 0;
  at(80, () => (f2 = so.submit({ client: "c1", node: "N1", kind: "write", object: "o0", block: 6, value: 2 })));
  at(100, () => (f1 = so.submit({ client: "c3", node: "N3", kind: "write", object: "o0", block: 6, value: 1 })));
  env.sim.runUntil(200);
  return { ...t, f2, f1 };
}

function soM3(bugOn: boolean, seed = SEED) {
  const t = makeSo(bugOn ? ["SO-M3"] : [], seed);
  const { env, so, at } = t;
  env.san.setSlow("dev:o0", 60, "N1");
  const ws = so.submit({ client: "c1", node: "N1", kind: "write", object: "o0", block: 6, value: 1 });
  at(12, () => env.san.setSlow("dev:o0", 0, "N1"));
  let mig = 0, wd = 0;
  at(4, () => (mig = so.submit({ client: "admin", node: "N1", kind: "migrate", object: "o0", target: "N2" })));
  at(15, () => (wd = so.submit({ client: "c2", node: "N2", kind: "write", object: "o0", block: 7, value: 2 })));
  env.sim.runUntil(250);
  return { ...t, ws, mig, wd };
}

function soM4(bugOn: boolean, seed = SEED) {
  const t = makeSo(bugOn ? ["SO-M4"] : [], seed);
  const { env, so, at } = t;
  so.submit({ client: "c1", node: "N1", kind: "write", object: "o0", block: 1, value: 1 });
  at(30, () => { env.net.delayLink("N2", "N3", 500); so.submit({ client: "admin", node: "N1", kind: "migrate", object: "o0", target: "N2" }); });
  at(60, () => env.net.delayLink("N2", "N3", 0));
  let newer = 0, read = 0;
  at(70, () => (newer = so.submit({ client: "c2", node: "N2", kind: "write", object: "o0", block: 1, value: 2 })));
  at(100, () => (read = so.submit({ client: "c3", node: "N3", kind: "read", object: "o0", block: 1 })));
  env.sim.runUntil(200);
  return { ...t, newer, read };
}

function soM5(bugOn: boolean, seed = SEED) {
  const t = makeSo(bugOn ? ["SO-M5"] : [], seed, { flushEvery: 1000 });
  const { env, so, at } = t;
  so.setInterconnect("N1", "N2", false);
  let w = 0, read = 0;
  at(5, () => (w = so.submit({ client: "c1", node: "N1", kind: "write", object: "o0", block: 1, value: 7 })));
  at(20, () => { so.nodeNamed("N1").crash(); so.membershipChanged(); });
  at(120, () => (read = so.submit({ client: "c2", node: "N2", kind: "read", object: "o0", block: 1 })));
  env.sim.runUntil(200);
  return { ...t, w, read };
}

describe("single-owner known bugs", () => {
  it("SO-M1: a write held by slowIO lands after PREEMPT, so b=W1 (SO-2)", () => {
    const on = soM1(true);
    expect(on.result(on.w2)?.outcome).toBe("ok");
    expect(on.block(6)).toBe(1);
    expect(on.result(on.read)?.value).toBe(1);
    expect(on.env.monitor.has("SO-2")).toBe(true);
    const off = soM1(false);
    expect(off.result(off.w2)?.outcome).toBe("ok");
    expect(off.block(6)).toBe(2);
    expect(off.result(off.read)?.value).toBe(2);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SO-M2: N3's key survives the scrub and its old F1 overwrites the reallocated block (SO-3)", () => {
    const on = soM2(true);
    expect(on.result(on.f2)?.outcome).toBe("ok");
    expect(on.result(on.f1)?.outcome).toBe("ok");
    expect(on.block(6)).toBe(1);
    expect(on.env.monitor.has("SO-3")).toBe(true);
    const off = soM2(false);
    expect(off.result(off.f2)?.outcome).toBe("ok");
    expect(off.result(off.f1)?.outcome).toBe("fail");
    expect(off.block(6)).toBe(2);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SO-M3: during S→D, writes are acknowledged on both S and D (SO-1)", () => {
    const on = soM3(true);
    expect(on.result(on.ws)?.outcome).toBe("ok");
    expect(on.result(on.wd)?.outcome).toBe("ok");
    expect(on.result(on.wd)!.time).toBeLessThan(on.result(on.ws)!.time);
    expect(on.env.monitor.has("SO-1")).toBe(true);
    const off = soM3(false);
    expect(off.result(off.mig)?.outcome).toBe("ok");
    expect(off.result(off.wd)?.outcome).toBe("ok");
    expect(off.result(off.wd)!.time).toBeGreaterThan(off.result(off.ws)!.time);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SO-M4: with N3's map update delayed, the old owner answers pre-migration data (SO-5)", () => {
    const on = soM4(true);
    expect(on.result(on.newer)?.outcome).toBe("ok");
    expect(on.result(on.read)?.value).toBe(1);
    expect(on.env.monitor.has("SO-5")).toBe(true);
    const off = soM4(false);
    expect(off.result(off.newer)?.outcome).toBe("ok");
    expect(off.result(off.read)?.value).toBe(2);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SO-M5: after interconnectDown and a crash, N2 takes over without the acknowledged w (SO-7)", () => {
    const on = soM5(true);
    expect(on.result(on.w)?.outcome).toBe("ok");
    expect(on.result(on.read)?.value).toBe(0);
    expect(on.env.monitor.has("SO-7")).toBe(true);
    const off = soM5(false);
    expect(off.result(off.w)?.outcome).toBe("ok");
    expect(off.result(off.read)?.outcome).not.toBe("ok");
    expect(off.so.observe().online.o0).toEqual([]);
    expect(off.env.monitor.violations).toEqual([]);
  });
});
