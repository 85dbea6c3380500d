// Regression (issue 14, PT-3/PT-2 under crash and pause): a sole-survivor challenge for the device vote
// takes W ticks; when the peer rejoined meanwhile, the finished challenge still raised lastSurviving=TRUE on
// a node that was no longer the sole survivor, so a later crash left both flags durably TRUE.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { SeededChooser } from "../../../src/cluster/chooser.ts";
import { createEnvironment } from "../../../src/cluster/environment.ts";
import { PartitionInTimeFamily } from "../../../src/cluster/partition-in-time/pt-family.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";

describe("partition-in-time: a challenge that finishes after the peer rejoined raises no flag", () => {
  it("minimal scenario: N2 holds the vote, crashes, and rejoins while N1 is still challenging", () => {
    const env = createEnvironment(new SeededChooser(1), []);
    const pt = new PartitionInTimeFamily(env, 100);
    const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
    const [a, b] = [pt.node("N1"), pt.node("N2")];
    at(10, () => a.crash()); // N2 becomes sole survivor and takes the free device vote
    at(60, () => a.restart()); // N1 rejoins: N2 clears its flag
    at(150, () => b.crash()); // N1 becomes sole survivor: the vote is held by N2, so it challenges for W
    let challenging = false;
    at(172, () => {
      challenging = a.solo && !a.flag;
      b.restart(); // N2 is back before N1's challenge ends
    });
    env.sim.runUntil(260);
    expect(challenging).toBe(true);
    expect(a.mode).toBe("running");
    expect(b.mode).toBe("running");
    expect(a.durableFlag).toBe(false);
    at(270, () => a.crash()); // N2 is sole survivor again and raises its flag
    env.sim.runUntil(400);
    expect(b.durableFlag).toBe(true);
    expect(env.monitor.violations).toEqual([]);
  });

  it.each([
    { seed: 5, faults: ["crash"] as const },
    { seed: 11, faults: ["crash"] as const },
    { seed: 11, faults: ["pause"] as const },
    { seed: 19, faults: ["pause"] as const },
  ])("the seed that exposed it: clusterspec cluster --nodes 3 --seed $seed --faults $faults --steps 2000", ({ seed, faults }) => {
    const c = new Cluster({ seed, nodes: 3, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: [...faults] }).violations).toEqual([]);
  });
});
