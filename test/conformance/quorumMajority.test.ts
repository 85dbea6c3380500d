// The quorum-majority adapter against the reference cluster: bug-free runs are explained step by step, every catalog
// bug of the family makes a run fail, and a failure names the step, the field diff and a reproduce line.
import { describe, expect, it } from "vitest";
import spec from "../../spec/quorum-majority.cspec.ts";
import { machineFromSpec } from "../../src/conformance/specMachine.ts";
import { quorumMajorityAdapter, QM_PARAMS } from "../../src/conformance/adapters/quorumMajority.ts";
import { validateRun } from "../../src/conformance/validate.ts";
import { driveRun } from "../../src/conformance/drive.ts";
import type { SpecAction } from "../../src/conformance/machine.ts";

const machine = machineFromSpec(spec, { params: QM_PARAMS });

async function firstFailure(bug: string | null, seeds: number) {
  const adapter = quorumMajorityAdapter();
  for (let seed = 1; seed <= seeds; seed++) {
    const r = await validateRun(machine, adapter, { seed, ticks: 3000, bugs: bug === null ? [] : [bug] });
    if (r.status === "failed") return r;
  }
  return null;
}

describe("quorum-majority adapter", () => {
  it("documents every spec action and field", () => {
    const adapter = quorumMajorityAdapter();
    expect(Object.keys(adapter.actions).sort()).toEqual(Object.keys(spec.actions).sort());
    const fields = Object.keys(machine.initialStates()[0] as object).sort();
    expect(Object.keys(adapter.fields).sort()).toEqual(fields);
  });

  it("explains every observation of bug-free runs (seeds 1..8)", async () => {
    const adapter = quorumMajorityAdapter();
    let steps = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const r = await validateRun(machine, adapter, { seed, ticks: 3000 });
      expect(r.divergence?.message ?? "ok", `seed ${seed}`).toBe("ok");
      steps += r.steps;
    }
    expect(steps).toBeGreaterThan(8 * 5);
  });

  // Finding (issue 9, false-alarm sweep: model-based seed 1993): r1 comes back; n1 reads it (still its own old claim)
  // and pauses before acting on the reply; n2, the live one, claims r1 and forms. When n1 resumes it acted on the
  // old reply with a plain write and took r1 from the running leader, which stepped down (claim.n2 expected true).
  // A claim is now a compare-and-write against the record it was decided on (src/cluster/quorum/replica-node.ts).
  it("drives seed 1993: Partition → MemberDown(r1) → Pause(n1); a claim decided before a pause does not land after it", async () => {
    const plan: SpecAction[] = [{ type: "Partition" }, { type: "MemberDown", r: "r1" }, { type: "Pause", n: "n1" }];
    const r = await driveRun(machine, quorumMajorityAdapter(), (i) => plan[i] ?? null, { seed: 1993, check: "model-based", reproduce: "quorum-majority seed 1993" });
    expect(r.divergence?.message ?? "ok").toBe("ok");
    expect(r.performed).toEqual(["Partition", "MemberDown(r=r1)", "Pause(n=n1)"]);
  });

  it("is deterministic from the seed", async () => {
    const a = await validateRun(machine, quorumMajorityAdapter(), { seed: 4, ticks: 2000 });
    const b = await validateRun(machine, quorumMajorityAdapter(), { seed: 4, ticks: 2000 });
    expect({ ...a, elapsedMs: 0 }).toEqual({ ...b, elapsedMs: 0 });
  });

  for (const bug of ["QM-1", "QM-2", "QM-3", "QM-4", "QM-5"])
    it(`kills ${bug} by implementation-driven validation within 60 seeds, with a reproduce line`, async () => {
      const r = await firstFailure(bug, 60);
      expect(r?.status).toBe("failed");
      expect(r!.divergence!.reproduce).toContain(`--bug ${bug}`);
      expect(r!.divergence!.reproduce).toContain(`--seed ${r!.seed}`);
      expect(r!.divergence!.diff.length + (r!.divergence!.kind === "unexplained" ? 0 : 1)).toBeGreaterThan(0);
    });
});
