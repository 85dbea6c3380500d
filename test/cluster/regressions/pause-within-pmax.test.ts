// Regression (issue 14, Q-2/Q-1/Q-3 under pause): the workload paused a node for up to 39 ticks, and paused
// an already-paused node again, so stalls reached 60 ticks — past the Pmax = 30 that the quorum family's
// non-enforcing arbitration (W > D + Pmax + δ) is built on. The injector now stays within the model.
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";

function stalls(seed: number): { pmax: number; gap: number; windows: Array<{ node: string; from: number; to: number }> } {
  const c = new Cluster({ seed, nodes: 3, recordChoices: false });
  const summary = runWorkload(c, { steps: 2000, faults: ["pause"], faultEvery: 5 });
  const windows = summary.faultLog.flatMap(({ time, fault }) => {
    const m = /^pause (\S+) for (\d+)$/.exec(fault);
    return m === null ? [] : [{ node: m[1], from: time, to: time + Number(m[2]) }];
  });
  return { pmax: c.qm.pmax, gap: 2 * c.qm.defendEvery, windows };
}

describe("pause faults stay within the quorum family's stall bound Pmax", () => {
  it("each stall lasts at most Pmax, and a node runs at least 2·D between two stalls", () => {
    const { pmax, gap, windows } = stalls(3);
    expect(windows.length).toBeGreaterThan(50);
    for (const w of windows) expect(w.to - w.from).toBeLessThanOrEqual(pmax);
    const last = new Map<string, number>();
    for (const w of windows) {
      const prev = last.get(w.node);
      if (prev !== undefined) expect(w.from - prev).toBeGreaterThanOrEqual(gap);
      last.set(w.node, w.to);
    }
  });

  it.each([147, 199, 107])("the seed that exposed it: clusterspec cluster --nodes 3 --seed %i --faults pause --steps 2000", (seed) => {
    const c = new Cluster({ seed, nodes: 3, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["pause"] }).violations).toEqual([]);
  });
});
