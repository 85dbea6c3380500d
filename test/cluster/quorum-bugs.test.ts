// DOMAIN §3.3 minimal scenarios: each quorum-majority bug shows its bad outcome with the switch on, not off.
import { describe, expect, it } from "vitest";
import { SeededChooser } from "../../src/cluster/chooser.ts";
import { createEnvironment } from "../../src/cluster/environment.ts";
import type { BugId } from "../../src/cluster/bugs.ts";
import type { ReturnEvent } from "../../src/cluster/history.ts";
import { QuorumFamily } from "../../src/cluster/quorum/quorum-family.ts";

const SEED = Number(process.env.CLUSTER_SEED ?? 1);

function makeQm(bugs: BugId[], members: number, seed = SEED) {
  const env = createEnvironment(new SeededChooser(seed), bugs);
  const qm = new QuorumFamily(env, { nodes: 2, members, defendEvery: 10, pmax: 30, opTimeout: 200 });
  const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
  const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
  return { env, qm, at, result };
}

function qm1(bugOn: boolean) {
  const t = makeQm(bugOn ? ["QM-1"] : [], 4);
  const { env, qm, at } = t;
  qm.node("N2").crash();
  at(60, () => {
    qm.node("N2").restart();
    for (const r of ["r3", "r4"]) env.san.setPathLost("N1", r, true);
    for (const r of ["r1", "r2"]) env.san.setPathLost("N2", r, true);
  });
  let u1 = 0, u2 = 0;
  at(200, () => { u1 = qm.submit({ client: "c1", node: "N1", kind: "update", value: 1 }); u2 = qm.submit({ client: "c2", node: "N2", kind: "update", value: 2 }); });
  env.sim.runUntil(260);
  return { ...t, u1, u2 };
}

function qm2(bugOn: boolean) {
  const t = makeQm(bugOn ? ["QM-2"] : [], 3);
  const { env, qm, at } = t;
  qm.node("N2").crash();
  at(40, () => env.san.setUnavailable("r3", true));
  let u = 0, read = 0;
  at(60, () => (u = qm.submit({ client: "c1", node: "N1", kind: "update", value: 5 })));
  at(100, () => qm.node("N1").crash());
  at(110, () => {
    env.san.setUnavailable("r1", true);
    env.san.setUnavailable("r3", false);
    qm.member("r2").slowTicks = 10; // r3 answers first
    qm.node("N2").restart();
  });
  at(250, () => (read = qm.submit({ client: "c2", node: "N2", kind: "read" })));
  env.sim.runUntil(300);
  return { ...t, u, read };
}

function qm3(bugOn: boolean) {
  const t = makeQm(bugOn ? ["QM-3"] : [], 3);
  const { env, qm, at } = t;
  qm.node("N2").crash();
  at(35, () => qm.node("N2").restart());
  at(60, () => qm.node("N1").pause(30)); // N1 stalls Pmax
  let u = 0;
  at(70, () => (u = qm.submit({ client: "c1", node: "N1", kind: "update", value: 9 })));
  env.sim.runUntil(200);
  return { ...t, u };
}

function qm4(bugOn: boolean) {
  const t = makeQm(bugOn ? ["QM-4"] : [], 3);
  const { env, qm, at } = t;
  at(5, () => { env.net.partition([["N1"], ["N2"]]); qm.voter("N2").pause(60); });
  // N1 stalls long enough for N2's challenge (W = D + Pmax + 4) to run its course without a defend.
  at(150, () => qm.voter("N1").pause(150));
  let c1 = 0, c2 = 0;
  at(160, () => (c1 = qm.submit({ client: "c1", node: "N1", kind: "commit", value: 1 })));
  at(285, () => (c2 = qm.submit({ client: "c2", node: "N2", kind: "commit", value: 2 })));
  env.sim.runUntil(360);
  return { ...t, c1, c2 };
}

function qm5(bugOn: boolean) {
  const t = makeQm(bugOn ? ["QM-5"] : [], 3);
  const { env, qm, at } = t;
  qm.node("N2").crash();
  at(40, () => env.san.setUnavailable("r3", true));
  let u = 0;
  const reads: number[] = [];
  at(70, () => (u = qm.submit({ client: "c1", node: "N1", kind: "update", value: 5 })));
  at(90, () => env.san.setUnavailable("r3", false)); // r3 returns stale
  at(150, () => env.san.setUnavailable("r1", true));
  at(190, () => reads.push(qm.submit({ client: "c1", node: "N1", kind: "read" })));
  at(195, () => reads.push(qm.submit({ client: "c1", node: "N1", kind: "read" })));
  env.sim.runUntil(260);
  return { ...t, u, reads };
}

describe("quorum-majority known bugs", () => {
  it("QM-1: m=4, a 2/2 split: both halves form and commit conflicting updates (Q-1)", () => {
    const on = qm1(true);
    expect([on.result(on.u1)?.outcome, on.result(on.u2)?.outcome]).toEqual(["ok", "ok"]);
    expect(on.env.monitor.has("Q-1")).toBe(true);
    const off = qm1(false);
    expect(off.qm.observe().formed).toEqual([]);
    expect([off.result(off.u1)?.outcome, off.result(off.u2)?.outcome]).toEqual(["fail", "fail"]);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("QM-2: reconciling from the first member read copies stale r3 over r2 and loses u (Q-3)", () => {
    const on = qm2(true);
    expect(on.result(on.u)?.outcome).toBe("ok");
    expect(on.result(on.read)?.value).toBe(0);
    expect(on.env.monitor.has("Q-3")).toBe(true);
    const off = qm2(false);
    expect(off.result(off.u)?.outcome).toBe("ok");
    expect(off.result(off.read)?.value).toBe(5);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("QM-3: W ≤ D+Pmax: N2 takes r1 from stalled N1, and both write r1 (Q-2)", () => {
    const on = qm3(true);
    expect(on.env.monitor.has("Q-2")).toBe(true);
    expect(on.qm.observe().owners.r1).toEqual(["N1", "N2"].filter((n) => on.qm.node(n).owned.has("r1")));
    const off = qm3(false);
    expect(off.result(off.u)?.outcome).toBe("ok");
    expect(off.qm.observe().formed).toEqual(["N1"]);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("QM-4: N2 is granted the vote while N1 counts its cached grant; both commit (Q-1)", () => {
    const on = qm4(true);
    expect([on.result(on.c1)?.outcome, on.result(on.c2)?.outcome]).toEqual(["ok", "ok"]);
    expect(on.env.monitor.has("Q-1")).toBe(true);
    const off = qm4(false);
    expect(off.qm.observe().vote.holder).toBe("N2");
    expect([off.result(off.c1)?.outcome, off.result(off.c2)?.outcome]).toEqual(["fail", "ok"]);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("QM-5: a returning stale member is counted and read before reconciliation (Q-5)", () => {
    const on = qm5(true);
    expect(on.result(on.u)?.outcome).toBe("ok");
    expect(on.reads.map((id) => on.result(id)?.value)).toContain(0);
    expect(on.env.monitor.has("Q-5")).toBe(true);
    const off = qm5(false);
    expect(off.reads.map((id) => off.result(id)?.value)).toEqual([5, 5]);
    expect(off.env.monitor.violations).toEqual([]);
  });
});
