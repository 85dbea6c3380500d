// A node cut off from the majority notices its loss of quorum only when its own failure detector fires (a delay up
// to ClusterOptions.soQuorumLossNotice, below the challenge wait), as in a real deployment. That window is what
// SO-M2's scenario needs, so random partition runs now reach SO-M2; the bug-free cluster stays safe in it.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../src/cluster/cluster.ts";
import { runWorkload } from "../../src/cluster/workload.ts";

const run = (bugs: ("SO-M2")[], seed: number, soQuorumLossNotice?: number) => {
  const cluster = new Cluster({ seed, nodes: 3, bugs, recordChoices: false, ...(soQuorumLossNotice === undefined ? {} : { soQuorumLossNotice }) });
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
});
