// Regression (issue 14, PT-1 under pause): N1 coordinates a two-node commit of epoch e: it writes e, N2 writes
// e and answers. N1 stalls before the answer arrives; N2 sees no heartbeat, becomes sole survivor at e+2.
// When N1 resumes, the answer for e arrives after e+2 was committed. The runtime check took the
// coordinator's hearing of the answer as the commit point, and saw e committed after e+2: "the history forks".
// The commit point is when e is durable on both nodes at once (N2's write, made while N1 still holds e), so
// the check now notes the commit there; when N1 has moved on before N2's write (N2 stalled instead), e never
// held on both and is not a commit. N2 acknowledges only a durable epoch (a duplicate mid-write waits).
import { describe, expect, it } from "vitest";
import { Cluster } from "../../../src/cluster/cluster.ts";
import { SeededChooser } from "../../../src/cluster/chooser.ts";
import { createEnvironment } from "../../../src/cluster/environment.ts";
import type { ReturnEvent } from "../../../src/cluster/history.ts";
import { PartitionInTimeFamily } from "../../../src/cluster/partition-in-time/pt-family.ts";
import { runWorkload } from "../../../src/cluster/workload.ts";

describe("partition-in-time: a two-node commit takes effect when it is durable on both nodes", () => {
  it.each([1, 3, 4, 5, 6, 7, 8])("minimal scenario (chooser seed %i): the coordinator stalls before the answer to its commit", (seed) => {
    const env = createEnvironment(new SeededChooser(seed), []);
    const pt = new PartitionInTimeFamily(env, 200);
    const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
    const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
    const [a, b] = [pt.node("N1"), pt.node("N2")];
    let id = 0;
    at(20, () => (id = pt.submit({ client: "c", node: "N1" })));
    // Stall N1 the moment N2 has made the epoch durable: the answer waits in N1's inbox.
    let stalledAt = -1;
    const watch = (): void => {
      if (b.durableEpoch === 1 && stalledAt < 0) {
        stalledAt = env.sim.now;
        a.pause(45);
      } else if (stalledAt < 0) at(env.sim.now + 1, watch);
    };
    at(21, watch);
    env.sim.runUntil(200);
    expect(stalledAt).toBeGreaterThan(0);
    expect(b.durableEpoch).toBe(3); // N2 took over at e+2 while N1 stalled
    expect(result(id)?.outcome).toBe("ok"); // and N1's late answer still acknowledges e, which did commit
    expect(env.monitor.violations).toEqual([]);
  });

  it.each([
    { seed: 9, nodes: 3, members: 3, faults: ["pause"] as const },
    { seed: 10, nodes: 5, members: 4, faults: ["pause"] as const },
    { seed: 30, nodes: 3, members: 4, faults: ["crash", "pause"] as const },
  ])("the follower stalls instead: clusterspec cluster --nodes $nodes --replica-members $members --seed $seed --faults $faults --steps 2000", ({ seed, nodes, members, faults }) => {
    const c = new Cluster({ seed, nodes, replicaMembers: members, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: [...faults] }).violations).toEqual([]);
  });

  it("the seed that exposed it: clusterspec cluster --nodes 3 --replica-members 4 --seed 18 --faults crash,pause --steps 2000", () => {
    const c = new Cluster({ seed: 18, nodes: 3, replicaMembers: 4, recordChoices: false });
    expect(runWorkload(c, { steps: 2000, faults: ["crash", "pause"] }).violations).toEqual([]);
  });
});
