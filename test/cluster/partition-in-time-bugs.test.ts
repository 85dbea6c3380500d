// DOMAIN §4.3 minimal scenarios: each partition-in-time bug shows its bad outcome with the switch on, not off.
import { describe, expect, it } from "vitest";
import { SeededChooser } from "../../src/cluster/chooser.ts";
import { createEnvironment } from "../../src/cluster/environment.ts";
import type { BugId } from "../../src/cluster/bugs.ts";
import type { ReturnEvent } from "../../src/cluster/history.ts";
import { PartitionInTimeFamily } from "../../src/cluster/partition-in-time/pt-family.ts";

const SEED = Number(process.env.CLUSTER_SEED ?? 1);

function makePt(bugs: BugId[], seed = SEED) {
  const env = createEnvironment(new SeededChooser(seed), bugs);
  const pt = new PartitionInTimeFamily(env, 100);
  const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
  const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
  const checks = () => [...new Set(env.monitor.violations.map((v) => v.check))].sort();
  return { env, pt, at, result, checks };
}

/** A crashes. B takes over (e+2), commits e+3 and crashes. A revives alone. */
function ptM1(bugOn: boolean) {
  const t = makePt(bugOn ? ["PT-M1"] : []);
  const { env, pt, at } = t;
  let c = 0;
  at(10, () => pt.node("N1").crash());
  at(60, () => (c = pt.submit({ client: "c", node: "N2" })));
  at(80, () => pt.node("N2").crash());
  at(100, () => pt.node("N1").restart());
  env.sim.runUntil(200);
  return { ...t, c };
}

/** B crashes. A runs solo (TRUE). B rejoins. A crashes. B commits solo and crashes. A revives. */
function ptM2orM3(bug: BugId | null) {
  const t = makePt(bug === null ? [] : [bug]);
  const { env, pt, at } = t;
  let c = 0;
  at(10, () => pt.node("N2").crash());
  at(50, () => pt.node("N2").restart());
  at(100, () => pt.node("N1").crash());
  at(180, () => (c = pt.submit({ client: "c", node: "N2" })));
  at(200, () => pt.node("N2").crash());
  at(220, () => pt.node("N1").restart());
  env.sim.runUntil(340);
  return { ...t, c };
}

/** A crashes; B commits e+1 solo and crashes; A (e, FALSE) boots first; B (e+1, TRUE) joins. */
function ptM4(bugOn: boolean) {
  const t = makePt(bugOn ? ["PT-M4"] : []);
  const { env, pt, at } = t;
  let c = 0;
  at(10, () => pt.node("N1").crash());
  at(60, () => (c = pt.submit({ client: "c", node: "N2" })));
  at(80, () => pt.node("N2").crash());
  at(100, () => pt.node("N1").restart());
  at(150, () => pt.node("N2").restart());
  env.sim.runUntil(300);
  return { ...t, c };
}

describe("partition-in-time known bugs", () => {
  it("PT-M1: A revives alone with flag FALSE and runs at the stale epoch (PT-1)", () => {
    const on = ptM1(true);
    expect(on.result(on.c)?.outcome).toBe("ok");
    expect(on.pt.observe().nodes.N1).toMatchObject({ mode: "running", epoch: 0 });
    expect(on.pt.observe().maxCommitted).toBe(3); // takeover at 0+2 (it skips a possibly unacknowledged epoch), then the commit
    expect(on.checks()).toContain("PT-1");
    const off = ptM1(false);
    expect(off.result(off.c)?.outcome).toBe("ok");
    expect(off.pt.observe().nodes.N1).toMatchObject({ mode: "waiting", epoch: 0 });
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("PT-M2: the flag is never cleared on rejoin; A later revives with TRUE at a stale epoch (PT-2, PT-3)", () => {
    const on = ptM2orM3("PT-M2");
    expect(on.result(on.c)?.outcome).toBe("ok");
    expect(on.checks()).toEqual(expect.arrayContaining(["PT-1", "PT-2", "PT-3"]));
    expect(on.pt.observe().nodes.N1).toMatchObject({ mode: "running", epoch: 2, lastSurviving: true });
    const off = ptM2orM3(null);
    expect(off.result(off.c)?.outcome).toBe("ok");
    expect(off.pt.observe().nodes.N1).toMatchObject({ mode: "waiting", lastSurviving: false });
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("PT-M3: A's flag clear is lost in its crash; A revives with TRUE at a stale epoch (PT-2)", () => {
    const on = ptM2orM3("PT-M3");
    expect(on.result(on.c)?.outcome).toBe("ok");
    expect(on.checks()).toEqual(expect.arrayContaining(["PT-1", "PT-2"]));
    expect(on.pt.observe().nodes.N1).toMatchObject({ mode: "running", epoch: 2, lastSurviving: true });
    const off = ptM2orM3(null);
    expect(off.env.monitor.violations).toEqual([]);
  });

  it("PT-M4: A (e, FALSE) boots first and overwrites joining B (e+1, TRUE) with e (PT-1)", () => {
    const on = ptM4(true);
    expect(on.result(on.c)?.outcome).toBe("ok");
    expect(on.checks()).toContain("PT-1");
    expect(on.pt.observe().nodes.N2.epoch).toBe(0);
    const off = ptM4(false);
    expect(off.pt.observe().nodes).toMatchObject({ N1: { mode: "running", epoch: 3 }, N2: { mode: "running", epoch: 3, lastSurviving: false } });
    expect(off.env.monitor.violations).toEqual([]);
  });
});
