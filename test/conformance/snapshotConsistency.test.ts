// The snapshot-consistency adapter against the reference cluster: bug-free runs of both parts are explained step by
// step, every catalog bug of the family is killed by a general check (refinement, injected fault, linearizability),
// and the mapping's documentation covers every spec action and field.
import { describe, expect, it } from "vitest";
import spec from "../../spec/snapshot-consistency.cspec.ts";
import { machineFromSpec } from "../../src/conformance/specMachine.ts";
import { snapshotConsistencyAdapter, SN_PARAMS } from "../../src/conformance/adapters/snapshotConsistency.ts";
import { validateRun } from "../../src/conformance/validate.ts";
import { driveRun } from "../../src/conformance/drive.ts";
import { coveringTraces } from "../../src/conformance/coveringTraces.ts";

const machine = machineFromSpec(spec, { params: SN_PARAMS });

async function firstFailure(bug: string, seeds: number) {
  const adapter = snapshotConsistencyAdapter();
  for (let seed = 1; seed <= seeds; seed++) {
    const r = await validateRun(machine, adapter, { seed, ticks: 1500, bugs: [bug] });
    if (r.status === "failed") return r;
  }
  return null;
}

describe("snapshot-consistency adapter", () => {
  it("documents every spec action and state field", () => {
    const a = snapshotConsistencyAdapter();
    expect(Object.keys(a.actions).sort()).toEqual(Object.keys(spec.actions).sort());
    expect(Object.keys(a.fields).sort()).toEqual(Object.keys(machine.initialStates()[0] as object).sort());
  });

  it("explains every observation of bug-free runs of both parts (seeds 1..16)", async () => {
    const adapter = snapshotConsistencyAdapter();
    const covered = new Set<string>();
    for (let seed = 1; seed <= 16; seed++) {
      const r = await validateRun(machine, adapter, { seed, ticks: 1500 });
      expect(r.divergence?.message ?? "ok", `seed ${seed}`).toBe("ok");
      for (const k of Object.keys(r.coverage)) covered.add(k);
    }
    // Both parts are exercised: COW, overflow and the whole backup pipeline.
    for (const a of ["Copy", "Publish", "Overwrite", "Overflow", "Issue", "Complete", "Snap1", "FullBackup", "Snap2", "Transfer"]) expect(covered).toContain(a);
  });

  it("replays every covering trace of the correct spec without divergence", async () => {
    for (const t of coveringTraces(machine, spec)) {
      const r = await driveRun(machine, snapshotConsistencyAdapter(), (i) => t.actions[i] ?? null, { seed: 1, check: "replay", reproduce: t.name });
      expect(r.divergence?.message ?? "ok", t.name).toBe("ok");
    }
  });

  it("is deterministic from the seed", async () => {
    const a = await validateRun(machine, snapshotConsistencyAdapter(), { seed: 7, ticks: 1500 });
    const b = await validateRun(machine, snapshotConsistencyAdapter(), { seed: 7, ticks: 1500 });
    expect({ ...a, elapsedMs: 0 }).toEqual({ ...b, elapsedMs: 0 });
  });

  for (const [bug, kind] of [["SN-M1", "data"], ["SN-M2", "unexplained"], ["SN-M3", "unexplained"], ["SN-M4", "unexplained"], ["SN-M5", "unexplained"]] as const)
    it(`kills ${bug} by implementation-driven validation (${kind}), with a reproduce line`, async () => {
      const r = await firstFailure(bug, 80);
      expect(r?.status).toBe("failed");
      expect(r!.divergence!.kind).toBe(kind);
      expect(r!.divergence!.reproduce).toContain(`--bug ${bug}`);
      expect(r!.divergence!.reproduce).toContain(`--seed ${r!.seed}`);
    });
});
