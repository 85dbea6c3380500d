// Regression (issue 14, SO-7 under partition): N1 owned o1 and mirrored a metadata write to its partner N2.
// Cut off, N1 was taken over by N2 (which replayed and emptied its mirror). On heal N1 resynced its whole NV
// log — still holding that entry — and the resync arrived after the takeover: N2 kept the entry of an object
// it now owned. Long after, N1 owned o1 again and N2 took it over again, replaying the ancient entry over the
// newer block. A resync now keeps only entries of objects the sender owns.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { handleInterconnect } from "../../../src/cluster/single-owner/so-ha.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";
import { makeSo } from "../so-harness.ts";

describe("single-owner: a late resync does not refill the mirror with a taken-over object's entries", () => {
  it("minimal scenario: N2 owns o0 when N1's resync with an o0 entry arrives", () => {
    const { so, env } = makeSo([], 1);
    env.sim.runUntil(50);
    const owner = so.directory.owner("o0")!;
    const partner = so.nodeNamed(so.partnerOf(owner));
    const entry = { seq: 99, object: "o0", block: 1, value: 5 };
    // The partner's own object, as if it had just taken o0 over: the resync from the former owner is stale.
    so.directory.compareAndSwap(so.directory.version, "o0", partner.node);
    handleInterconnect(partner, owner, { t: "mirror_all", entries: [entry], link: so.interconnectGeneration(partner.node, owner) });
    expect(partner.mirror.filter((e) => e.object === "o0")).toEqual([]);
    expect(partner.partnerSynced).toBe(true);
  });

  it("the seed that exposed it: clusterspec cluster --nodes 3 --replica-members 4 --seed 32 --faults partition --steps 2000", () => {
    const c = new Cluster({ seed: 32, nodes: 3, replicaMembers: 4, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["partition"] }).violations).toEqual([]);
  });
});
