// DOMAIN §5.4 minimal scenarios: each snapshot-consistency bug shows its bad outcome with the switch on, not off.
import { describe, expect, it } from "vitest";
import { SeededChooser } from "../../src/cluster/chooser.ts";
import { createEnvironment } from "../../src/cluster/environment.ts";
import type { BugId } from "../../src/cluster/bugs.ts";
import type { ReturnEvent } from "../../src/cluster/history.ts";
import { SnapshotFamily } from "../../src/cluster/snapshot/snapshot-family.ts";
import { DIFF_AREA_DEVICE, VOLUME_DEVICE } from "../../src/cluster/snapshot/shadow-copy.ts";

const SEED = Number(process.env.CLUSTER_SEED ?? 1);

function makeSn(bugs: BugId[], diffAreaSlots = 4, seed = SEED) {
  const env = createEnvironment(new SeededChooser(seed), bugs);
  const sn = new SnapshotFamily(env, { nodes: 3, volumeBlocks: 8, diffAreaSlots, opTimeout: 300 });
  const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
  const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
  return { env, sn, at, result };
}

/** P misses on b and starts a slow read; the writer does COW, publishes, overwrites. */
function snM1(bugOn: boolean) {
  const t = makeSn(bugOn ? ["SN-M1"] : []);
  const { env, sn, at } = t;
  let read = 0, w = 0;
  at(10, () => { env.san.setSlow(VOLUME_DEVICE, 40, "N2"); read = sn.submit({ client: "p", node: "N2", kind: "snapRead", block: 3 }); });
  at(20, () => (w = sn.submit({ client: "w", node: "N1", kind: "write", block: 3, value: 9 })));
  env.sim.runUntil(200);
  return { ...t, read, w };
}

/** The writer overwrites, then publishes; P misses twice. */
function snM2(bugOn: boolean) {
  const t = makeSn(bugOn ? ["SN-M2"] : []);
  const { env, sn, at } = t;
  let read = 0;
  env.san.setSlow(DIFF_AREA_DEVICE, 60, "N1");
  sn.submit({ client: "w", node: "N1", kind: "write", block: 3, value: 9 });
  at(90, () => (read = sn.submit({ client: "p", node: "N2", kind: "snapRead", block: 3 })));
  env.sim.runUntil(200);
  return { ...t, read };
}

/** The diff area has one slot; b1 and b2 are written; a read of S at b2. */
function snM3(bugOn: boolean) {
  const t = makeSn(bugOn ? ["SN-M3"] : [], 1);
  const { env, sn, at } = t;
  let read = 0;
  sn.submit({ client: "w", node: "N1", kind: "write", block: 1, value: 7 });
  at(30, () => sn.submit({ client: "w", node: "N1", kind: "write", block: 2, value: 8 }));
  at(80, () => (read = sn.submit({ client: "p", node: "N3", kind: "snapRead", block: 2 })));
  env.sim.runUntil(200);
  return { ...t, read };
}

/** N1: S1 and a full backup. N2 writes b. N1: S2 and an incremental backup. */
function snM4(bugOn: boolean) {
  const t = makeSn(bugOn ? ["SN-M4"] : []);
  const { env, sn, at } = t;
  let incr = 0;
  sn.submit({ client: "b", node: "N1", kind: "snapshot" });
  at(5, () => sn.submit({ client: "b", node: "N1", kind: "backup" }));
  at(10, () => sn.submit({ client: "c", node: "N2", kind: "diskWrite", block: 5, value: 42 }));
  at(50, () => sn.submit({ client: "b", node: "N1", kind: "snapshot" }));
  at(55, () => (incr = sn.submit({ client: "b", node: "N1", kind: "backup" })));
  env.sim.runUntil(100);
  return { ...t, incr };
}

/** Full backup at S1 gives c1. b is written. The tracker crashes. S2 and a backup from c1. */
function snM5(bugOn: boolean) {
  const t = makeSn(bugOn ? ["SN-M5"] : []);
  const { env, sn, at } = t;
  let incr = 0;
  sn.submit({ client: "b", node: "N1", kind: "snapshot" });
  at(5, () => sn.submit({ client: "b", node: "N1", kind: "backup" }));
  at(10, () => sn.submit({ client: "c", node: "N1", kind: "diskWrite", block: 6, value: 42 }));
  at(40, () => sn.submit({ client: "admin", node: "N1", kind: "trackerReset" }));
  at(50, () => sn.submit({ client: "b", node: "N1", kind: "snapshot" }));
  at(55, () => (incr = sn.submit({ client: "b", node: "N1", kind: "backup" })));
  env.sim.runUntil(100);
  return { ...t, incr };
}

describe("snapshot-consistency known bugs", () => {
  it("SN-M1: without the re-check, a passive read racing COW returns the new value (SC-1)", () => {
    const on = snM1(true);
    expect(on.result(on.w)?.outcome).toBe("ok");
    expect(on.result(on.read)?.value).toBe(9);
    expect(on.env.monitor.has("SC-1")).toBe(true);
    const off = snM1(false);
    expect(off.result(off.read)?.value).toBe(0);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SN-M2: publish after overwrite: the reader misses twice and returns the new value (SC-2)", () => {
    const on = snM2(true);
    expect(on.result(on.read)?.value).toBe(9);
    expect(on.env.monitor.has("SC-2")).toBe(true);
    expect(on.env.monitor.has("SC-1")).toBe(true);
    const off = snM2(false);
    expect(off.result(off.read)?.value).toBe(0);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SN-M3: the diff area is full, the overwrite proceeds and S at b2 returns new data (SC-3)", () => {
    const on = snM3(true);
    expect(on.result(on.read)).toMatchObject({ outcome: "ok", value: 8 });
    expect(on.env.monitor.has("SC-3")).toBe(true);
    expect(on.sn.observe().shadow.valid).toBe(true);
    const off = snM3(false);
    expect(off.result(off.read)).toMatchObject({ outcome: "fail", error: "snapshot-invalid" });
    expect(off.sn.observe().shadow.valid).toBe(false);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SN-M4: a remote direct write is not tracked, so C={} and the backup misses it (SC-4)", () => {
    const on = snM4(true);
    expect(on.result(on.incr)).toMatchObject({ outcome: "ok", value: 0 });
    expect(on.env.monitor.has("SC-4")).toBe(true);
    expect(on.sn.observe().backupMatchesLatest).toBe(false);
    const off = snM4(false);
    expect(off.result(off.incr)).toMatchObject({ outcome: "ok", value: 1 });
    expect(off.sn.observe().backupMatchesLatest).toBe(true);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("SN-M5: the tracker restarts empty but keeps gen, so query(c1)={} is accepted (SC-6)", () => {
    const on = snM5(true);
    expect(on.result(on.incr)).toMatchObject({ outcome: "ok", value: 0 });
    expect(on.env.monitor.has("SC-6")).toBe(true);
    expect(on.sn.observe().backupMatchesLatest).toBe(false);
    const off = snM5(false);
    expect(off.result(off.incr)).toMatchObject({ outcome: "ok", value: 8 }); // rejected changeId → full backup
    expect(off.sn.observe().tracker.gen).toBe(2);
    expect(off.sn.observe().backupMatchesLatest).toBe(true);
    expect(off.env.monitor.violations).toEqual([]);
  });
});
