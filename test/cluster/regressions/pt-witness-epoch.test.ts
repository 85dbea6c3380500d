// Regression (issue 14, PT-3/PT-1 under crash+partition): a split makes both nodes claim sole survivorship.
// The device vote goes to one, which raises its flag at epoch e+2 and commits; it then crashes, so the other's
// challenge (still waiting W) succeeds, and the loser — at epoch e, its flag FALSE — took over too: two
// durable TRUE flags and a forked history. The last-surviving flag cannot warn it (the flag is on the dead
// node), so each takeover now records its epoch on the witness before raising the flag, and a claimant whose
// epoch is behind that record stands down and waits for its peer.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { SeededChooser } from "../../../src/cluster/chooser.ts";
import { createEnvironment } from "../../../src/cluster/environment.ts";
import { PartitionInTimeFamily } from "../../../src/cluster/partition-in-time/pt-family.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";

describe("partition-in-time: a takeover behind the witness's epoch stands down", () => {
  it.each([1, 2, 3, 4, 5, 6])("minimal scenario (chooser seed %i): both claim, the winner crashes once its flag is durable", (seed) => {
    const env = createEnvironment(new SeededChooser(seed), []);
    const pt = new PartitionInTimeFamily(env, 200);
    const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
    // N2 survives N1's crash and keeps the device vote (its reservation stays after N1 rejoins).
    at(5, () => pt.node("N1").crash());
    at(60, () => pt.node("N1").restart());
    at(120, () => env.net.partition([["N1"], ["N2"]]));
    // The winner crashes the tick its flag is durable, before its first defend scrubs the loser's key.
    let winner = "", loser = "";
    const watch = (): void => {
      const w = pt.nodes.find((n) => n.durableFlag && n.durableEpoch > 2);
      if (w === undefined) return at(env.sim.now + 1, watch);
      winner = w.node;
      loser = pt.peerOf(w.node);
      w.crash();
    };
    at(121, watch);
    env.sim.runUntil(400);
    expect(winner).not.toBe("");
    expect(winner).toBe("N2"); // the holder wins; N1 challenges for W
    expect(pt.maxCommitted).toBe(4); // N2's two takeovers
    const l = pt.node(loser);
    expect(l.durableFlag).toBe(false);
    expect(l.mode).not.toBe("running");
    expect(env.monitor.violations).toEqual([]);
  });

  it.each([
    { seed: 7, members: 3 },
    { seed: 10, members: 4 },
    { seed: 42, members: 4 },
  ])("the seed that exposed it: clusterspec cluster --nodes 3 --replica-members $members --seed $seed --faults crash,partition --steps 2000", ({ seed, members }) => {
    const c = new Cluster({ seed, nodes: 3, replicaMembers: members, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["crash", "partition"] }).violations).toEqual([]);
  });
});
