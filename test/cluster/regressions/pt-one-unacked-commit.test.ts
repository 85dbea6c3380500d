// Regression (issue 9, found by conformance: `clusterspec conform partition-in-time --check validate --runs 1
// --ticks 3000 --seed 616` failed on node.A.stale). N1 coordinates a commit of epoch e+1 and makes it durable; a
// partition loses the commit message, so N2 stays at e. The commit times out, and N1 — still within its
// heartbeat window, so still believing N2 alive — coordinated a second two-node commit, e+2, also durable on N1
// only. N2 then took over at its epoch + 2 = e+2: the committed configuration and N1's uncommitted one shared
// one number, so N1 looked up to date (and a rejoin would sync on a tie, the wrong way). The takeover's "+2"
// assumes at most one unacknowledged epoch; a coordinator now proposes only when it is not ahead of the epoch it
// knows its peer holds (heartbeats, answers, sync), so a second commit is refused ("peer-behind").
import { describe, expect, it } from "vitest";
import { SeededChooser } from "../../../src/cluster/chooser.ts";
import { createEnvironment } from "../../../src/cluster/environment.ts";
import type { ReturnEvent } from "../../../src/cluster/history.ts";
import { PartitionInTimeFamily } from "../../../src/cluster/partition-in-time/pt-family.ts";

/** The scenario with chooser `seed`; returns what the test judges. */
function scenario(seed: number) {
  const env = createEnvironment(new SeededChooser(seed), []);
  const pt = new PartitionInTimeFamily(env, 200);
  const [a, b] = [pt.node("N1"), pt.node("N2")];
  const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
  const every = (f: () => boolean): void => {
    const loop = (): void => void (f() || env.sim.schedule(1, loop));
    env.sim.schedule(1, loop);
  };
  let first = -1;
  let second = -1;
  let secondWhilePeerAlive = false;
  env.sim.schedule(20, () => (first = pt.submit({ client: "c", node: "N1" })));
  // Split the pair the moment N1 has made epoch 1 durable: its commit message to N2 is lost.
  every(() => a.durableEpoch === 1 && (env.net.partition([["N1"], ["N2"]]), true));
  // As soon as that commit fails, N1 is asked for another one.
  every(() => {
    if (first < 0 || result(first) === undefined) return false;
    secondWhilePeerAlive = a.peerAlive();
    second = pt.submit({ client: "c", node: "N1" });
    return true;
  });
  env.sim.runUntil(300);
  const survivor = [a, b].find((n) => n.durableFlag);
  const other = [a, b].find((n) => n !== survivor)!;
  return { env, pt, first: result(first), second: result(second), secondWhilePeerAlive, survivor, other };
}

describe("partition-in-time: a coordinator is never more than one unacknowledged epoch ahead of its peer", () => {
  // Chooser seeds 1, 4, 6, 8, 12 put N1's second commit inside its heartbeat window (before the fix, 1, 4, 8, 12
  // ended with both nodes at epoch 2, one of them uncommitted).
  it.each([1, 4, 6, 8, 12])("chooser seed %i: the second commit is refused and the loser of the takeover is stale", (seed) => {
    const r = scenario(seed);
    expect(r.first?.outcome).toBe("fail");
    expect(r.secondWhilePeerAlive).toBe(true);
    expect(r.second).toMatchObject({ outcome: "fail", error: "peer-behind" });
    expect(r.survivor).toBeDefined();
    expect(r.survivor!.durableEpoch).toBe(r.pt.maxCommitted);
    // The node left behind holds no epoch the survivor's configuration shares a number with.
    expect(r.other.durableEpoch).toBeLessThan(r.pt.maxCommitted);
    expect(r.env.monitor.violations).toEqual([]);
  });
});
