// The worked example of a user's own system (spec/examples/lease-lock): the spec model-checks, the bug-free system
// conforms, and a storage that ignores fencing tokens is caught by the generic refinement check with a field diff.
import { describe, expect, it } from "vitest";
import spec from "../../spec/examples/lease-lock/lease-lock.cspec.ts";
import makeAdapter from "../../spec/examples/lease-lock/lease-lock.adapter.ts";
import { checkSpec } from "../../src/checker/index.ts";
import { conform } from "../../src/conformance/conform.ts";
import { machineFromSpec } from "../../src/conformance/specMachine.ts";
import { coveringTraces } from "../../src/conformance/coveringTraces.ts";

const machine = machineFromSpec(spec, { params: makeAdapter().params });
const run = (bugs: string[]) =>
  conform(machine, makeAdapter(), coveringTraces(machine, spec), {
    seed: 1, runs: 20, ticks: 400, steps: 12, bugs, checks: ["replay", "validate", "model-based"], reproduce: "clusterspec conform spec/examples/lease-lock/lease-lock.cspec.ts --adapter spec/examples/lease-lock/lease-lock.adapter.ts",
  });

describe("lease-lock example", () => {
  it("model-checks: both invariants hold and both witnesses are reached (181 distinct states with symmetry)", async () => {
    const r = await checkSpec(spec, { workers: 1 });
    expect(r.result).toBe("ok");
    expect(r.distinctStates).toBe(181);
  });

  it("the system conforms to its spec", async () => {
    const r = await run([]);
    expect(r.status, JSON.stringify(r.divergence, null, 2)).toBe("ok");
    expect(r.checks.find((c) => c.check === "validate")!.steps).toBeGreaterThan(50);
  });

  it("a storage that ignores fencing tokens is caught, with the diverging field and a reproduce line", async () => {
    const r = await run(["storage-ignores-tokens"]);
    expect(r.status).toBe("failed");
    expect(r.divergence!.diff.map((d) => d.path)).toContain("valueToken");
    expect(r.divergence!.reproduce).toContain("--bug storage-ignores-tokens");
  });
});
