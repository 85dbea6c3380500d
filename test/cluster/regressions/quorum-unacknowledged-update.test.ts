// Regression (issue 14, linearizability of the quorum replica set under member loss — reachable once the
// workload's deviceLoss and pathLoss also hit replica members): an update that reached only a minority was
// answered "failed", yet it stayed durable on that minority and in the leader's log, and a later
// reconciliation carried it forward, so reads returned a value the client was told was never written. The
// outcome is now reported unknown (the history's timeout), and an update refused before any write (no
// reconciled member) is not entered in the log at all.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { SeededChooser } from "../../../src/cluster/chooser.ts";
import { createEnvironment } from "../../../src/cluster/environment.ts";
import type { ReturnEvent } from "../../../src/cluster/history.ts";
import { QuorumFamily } from "../../../src/cluster/quorum/quorum-family.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";
import { checkLinearizable } from "../../../src/history/index.ts";

describe("quorum-majority: an update short of a majority has an unknown outcome", () => {
  it.each([1, 2, 3])("minimal scenario (chooser seed %i): r2 and r3 fail while u is written, then return", (seed) => {
    const env = createEnvironment(new SeededChooser(seed), []);
    const qm = new QuorumFamily(env, { nodes: 1, members: 3, defendEvery: 10, pmax: 30, opTimeout: 200 });
    const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
    const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
    let u = 0, later = 0;
    const reads: number[] = [];
    at(60, () => { env.san.setUnavailable("r2", true); env.san.setUnavailable("r3", true); });
    at(61, () => (u = qm.submit({ client: "c", node: "N1", kind: "update", value: 9 })));
    at(100, () => { env.san.setUnavailable("r2", false); env.san.setUnavailable("r3", false); });
    at(200, () => (later = qm.submit({ client: "c", node: "N1", kind: "update", value: 10 })));
    for (let t = 150; t < 300; t += 10) at(t, () => reads.push(qm.submit({ client: "r", node: "N1", kind: "read" })));
    env.sim.runUntil(400);
    expect(qm.node("N1").formed).toBe(true);
    expect(result(u)).toMatchObject({ outcome: "timeout", error: "no-majority" });
    expect(result(later)?.outcome).toBe("ok");
    expect(reads.map((id) => result(id)?.value)).toContain(10);
    expect(checkLinearizable(env.history.toDocument(seed)).status).toBe("linearizable");
  });

  it.each([
    { seed: 5, nodes: 3, members: 3 },
    { seed: 6, nodes: 3, members: 4 },
    { seed: 9, nodes: 5, members: 3 },
    { seed: 35, nodes: 7, members: 3 },
  ])("the seed that exposed it: clusterspec cluster --nodes $nodes --replica-members $members --seed $seed --faults deviceLoss --steps 2000", ({ seed, nodes, members }) => {
    const c = new Cluster({ seed, nodes, replicaMembers: members, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["deviceLoss"] }).violations).toEqual([]);
    expect(checkLinearizable(c.history()).status).toBe("linearizable");
  });
});
