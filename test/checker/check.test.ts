import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import prOwnership from "../../bench/specs/pr-ownership.cspec.ts";
import counter from "../fixtures/counter.cspec.ts";
import { extendSpec } from "../../src/dsl/index.ts";

const PR = "bench/specs/pr-ownership.cspec.ts";

describe("checkSpec", () => {
  it("matches TLC and Spin on the PR-ownership model (N=3,B=2,V=2)", async () => {
    const r = await checkSpec(prOwnership, { strict: true });
    expect(r.result).toBe("ok");
    expect([r.distinctStates, r.generatedStates]).toEqual([928, 5545]);
  });

  it.each([1, 2])("matches the reference counts at N=5,B=2,V=2 with %i worker(s)", async (workers) => {
    const r = await checkSpec(prOwnership, { params: { N: 5 }, workers, file: PR, awaitWorkers: true });
    expect([r.result, r.distinctStates, r.generatedStates]).toEqual(["ok", 52_864, 492_801]);
    expect(r.workers).toBe(workers);
  });

  it("explores the same states depth-first", async () => {
    const r = await checkSpec(prOwnership, { strategy: "dfs" });
    expect([r.distinctStates, r.generatedStates]).toEqual([928, 5545]);
  });

  it("reports per-action coverage that adds up", async () => {
    const r = await checkSpec(prOwnership, {});
    const generated = r.coverage.reduce((a, c) => a + c.generated, 0);
    const distinct = r.coverage.reduce((a, c) => a + c.distinct, 0);
    expect(generated).toBe(r.transitions);
    expect(distinct).toBe(r.distinctStates - 1);
  });

  it("finds the shortest counterexample and names the invariant", async () => {
    const broken = extendSpec(counter, { name: "counter-limit" });
    const r = await checkSpec(broken, { params: { MAX: 9, LIMIT: 7 } });
    expect(r.result).toBe("violation");
    expect(r.violation?.invariant).toBe("belowLimit");
    expect(r.violation?.invariantId).toBe("C-1");
    // 0 → 2 → 4 → 6 → 7 needs 4 steps by 2 then 1 (or 1 then 2s); never fewer.
    expect(r.violation!.trace.length - 1).toBe(4);
    expect((r.violation!.trace.at(-1)!.state as { n: number }).n).toBe(7);
    expect(r.violation!.trace[0]!.action).toBeNull();
  });

  it("reports deadlocks unless told not to", async () => {
    const stuck = extendSpec(counter, { name: "stuck", actions: { reset: null } });
    const r = await checkSpec(stuck, {});
    expect(r.violation?.kind).toBe("deadlock");
    expect((r.violation!.trace.at(-1)!.state as { n: number }).n).toBe(5);
    const r2 = await checkSpec(stuck, { deadlock: false, liveness: false });
    expect(r2.result).toBe("ok");
  });

  it("stops at limits with the statistics so far", async () => {
    const byStates = await checkSpec(prOwnership, { params: { N: 5 }, maxStates: 1000 });
    expect(byStates.result).toBe("limit");
    expect(byStates.limit).toBe("states");
    expect(byStates.distinctStates).toBeGreaterThanOrEqual(1000);
    const byDepth = await checkSpec(prOwnership, { maxDepth: 3 });
    expect([byDepth.result, byDepth.limit, byDepth.depth]).toEqual(["limit", "depth", 4]);
  });

  it("counts witnesses with the depth they are first reached", async () => {
    const r = await checkSpec(counter, {});
    expect(r.witnesses).toEqual([{ name: "atMax", statement: "The counter reaches MAX.", count: 1, firstDepth: 3 }]);
  });
});
