// Regression (issue 14, SO-2 under pathLoss): a node kept a direct-I/O lease granted by an earlier owner while
// it became the owner itself and handed the object on. After the hand-over its client writes went direct
// under that stale lease, and the one in flight when the destination's PREEMPT removed its key landed after
// the fence. A lease now counts only while the owner that granted it is still the owner.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";

describe("single-owner: a lease from a former owner grants no direct I/O", () => {
  it("the seed that exposed it: clusterspec cluster --nodes 3 --seed 86 --faults pathLoss --steps 2000", () => {
    const c = new Cluster({ seed: 86, nodes: 3, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["pathLoss"] }).violations).toEqual([]);
  });
});
