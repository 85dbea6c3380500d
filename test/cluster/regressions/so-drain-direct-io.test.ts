// Regression (issue 14, SO-2 under slowIO): N2 wrote a data block directly, under a lease from the owner N1,
// and the device held the write (slow I/O). N2 then became the owner (migration N1→N2) and migrated the
// object on to N3 while that direct write was still outstanding: the source's drain counted only the I/O it
// served as owner, so N3's PREEMPT removed N2's key with the write in flight and it landed after the fence.
// Direct I/O now counts as in flight on its node, so the drain waits for it.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";
import { makeSo } from "../so-harness.ts";

describe("single-owner: a migration drains the source's direct I/O too", () => {
  it.each([1, 2, 3, 4, 5])("minimal scenario (chooser seed %i): a held direct write, then N1→N2→N3", (seed) => {
    const { env, so, at, block, result } = makeSo([], seed);
    let w = 0, m1 = 0, m2 = 0, applied: boolean | undefined;
    so.devices.get("o0")!.onWriteApplied = ((prev) => (x) => {
      if (x.nexus === "N2" && x.block === 6) applied = x.afterFence;
      prev?.(x);
    })(so.devices.get("o0")!.onWriteApplied);
    so.submit({ client: "c2", node: "N2", kind: "read", object: "o0", block: 6 }); // N2 asks N1 for a lease
    at(30, () => env.san.setSlow("dev:o0", 80, "N2"));
    at(31, () => (w = so.submit({ client: "c2", node: "N2", kind: "write", object: "o0", block: 6, value: 7 })));
    at(38, () => env.san.setSlow("dev:o0", 0, "N2")); // the write was accepted meanwhile: the device holds it
    at(35, () => (m1 = so.submit({ client: "admin", node: "N1", kind: "migrate", object: "o0", target: "N2" })));
    at(70, () => (m2 = so.submit({ client: "admin", node: "N2", kind: "migrate", object: "o0", target: "N3" })));
    env.sim.runUntil(300);
    expect(result(m1)?.outcome).toBe("ok");
    expect(result(m2)?.outcome).toBe("ok");
    expect(so.directory.owner("o0")).toBe("N3");
    expect(result(w)?.outcome).toBe("ok");
    expect(applied).toBe(false); // it landed, before the fence
    expect(block(6)).toBe(7);
    expect(env.monitor.violations).toEqual([]);
  });

  it("the seed that exposed it: clusterspec cluster --nodes 5 --replica-members 3 --seed 23 --faults slowIO --steps 2000", () => {
    const c = new Cluster({ seed: 23, nodes: 5, replicaMembers: 3, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["slowIO"] }).violations).toEqual([]);
  });
});
