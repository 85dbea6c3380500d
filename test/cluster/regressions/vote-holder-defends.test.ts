// Regression (issue 14, Q-1 under partition): the device-vote holder scrubbed a challenger's key only once the
// peer looked dead (3·D after its last heartbeat), but the challenger's wait W was 2·D + 5. A holder that had
// heard the peer shortly before the split therefore did not defend, and the vote moved to the other side of
// the split while the holder was alive and committing: both sides committed. The holder now scrubs any
// challenger's key, and the vote's W > D + Pmax + δ like a replica member's (a holder stalled ≤ Pmax defends).
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { SeededChooser } from "../../../src/cluster/chooser.ts";
import { createEnvironment } from "../../../src/cluster/environment.ts";
import type { ReturnEvent } from "../../../src/cluster/history.ts";
import { QuorumFamily } from "../../../src/cluster/quorum/quorum-family.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";

describe("quorum-majority: a live device-vote holder keeps its vote across a split", () => {
  it.each([1, 2, 3, 4, 5])("minimal scenario (chooser seed %i): a late heartbeat from N2 reaches N1 after the split", (seed) => {
    const env = createEnvironment(new SeededChooser(seed), []);
    const qm = new QuorumFamily(env, { nodes: 2, members: 3, defendEvery: 10, pmax: 30, opTimeout: 200 });
    const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
    const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
    qm.voter("N2").crash(); // N1 alone takes the free device vote
    at(120, () => qm.voter("N2").restart());
    at(200, () => env.net.partition([["N1"], ["N2"]]));
    // A heartbeat N2 sent before the split, delayed in the network, reaches N1 as N2 begins to challenge.
    at(232, () => (qm.voter("N1").peerSeenAt = env.sim.now));
    const commits: Array<{ node: string; id: number }> = [];
    for (let t = 240; t < 400; t += 20) at(t, () => commits.push(...["N1", "N2"].map((node) => ({ node, id: qm.submit({ client: "c", node, kind: "commit", value: t }) }))));
    env.sim.runUntil(600);
    expect(env.san.device("dev:vote").pr.currentReservation()?.holder).toBe("N1");
    const ok = (node: string) => commits.filter((c) => c.node === node && result(c.id)?.outcome === "ok").length;
    expect(ok("N1")).toBeGreaterThan(0);
    expect(ok("N2")).toBe(0);
    expect(env.monitor.violations).toEqual([]);
  });

  it("the seed that exposed it: clusterspec cluster --nodes 5 --replica-members 3 --seed 7 --faults partition --steps 2000", () => {
    const c = new Cluster({ seed: 7, nodes: 5, replicaMembers: 3, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["partition"] }).violations).toEqual([]);
  });
});
