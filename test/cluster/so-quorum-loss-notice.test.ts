// With a late failure detector (ClusterOptions.soQuorumLossNotice, up to that many ticks, below the challenge wait),
// a node cut off from the majority notices its loss of quorum late, as in a real deployment: the window SO-M2's
// scenario needs, so random partition runs reach SO-M2. The default stays 0 (noticed at once) while the finding
// below is open.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../src/cluster/cluster.ts";
import { runWorkload } from "../../src/cluster/workload.ts";

const run = (bugs: ("SO-M2")[], seed: number, soQuorumLossNotice = 15) => {
  const cluster = new Cluster({ seed, nodes: 3, bugs, recordChoices: false, soQuorumLossNotice });
  runWorkload(cluster, { steps: 2000, faults: ["partition"], faultEvery: 100 });
  return cluster.violations().map((v) => v.check);
};

describe("single-owner: quorum loss is noticed late", () => {
  it("a random partition run reaches SO-M2 (seed 3), and the same run without the bug has no violation", () => {
    expect(run(["SO-M2"], 3)).toContain("SO-3");
    expect(run([], 3)).toEqual([]);
  });

  it("with the detector at once (notice 0) the same run does not reach it: the delay is what SO-M2 needs", () => {
    expect(run(["SO-M2"], 3, 0)).not.toContain("SO-3");
  });

  it("refuses a notice delay at or past the challenge wait (the successor would online while the old owner still writes)", () => {
    expect(() => new Cluster({ seed: 1, soQuorumLossNotice: 25 })).toThrow(/quorumLossNotice/);
  });

  // Open finding: with notice 15, one bug-free run of 10,080 breaks SO-7 (an acknowledged metadata write of o1 is
  // missing when N5, the partner, takes over; N2 owned o1, was cut off at t=3554 and N5 paused 3562–3592). Not
  // root-caused yet; the suspect is the mirror-timeout path that acknowledges from the local NV log alone.
  // `it.fails`: this turns red the day it is fixed, so the default can then become a late detector.
  it.fails("bug-free, notice 15: seed 29, 5 nodes, partition,pause has no violation", () => {
    const cluster = new Cluster({ seed: 29, nodes: 5, replicaMembers: 3, recordChoices: false, soQuorumLossNotice: 15 });
    runWorkload(cluster, { steps: 2000, faults: ["partition", "pause"], faultEvery: 100 });
    expect(cluster.violations()).toEqual([]);
  });
});
