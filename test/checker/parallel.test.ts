import { describe, expect, it } from "vitest";
import { checkSpec, compileModel } from "../../src/checker/index.ts";
import { exploreParallel } from "../../src/checker/parallel.ts";
import prOwnership from "../../bench/specs/pr-ownership.cspec.ts";
import grid from "../fixtures/grid.cspec.ts";
import guardThrows from "../fixtures/bad-guard-throws.cspec.ts";
import { ClusterspecError } from "../../src/core/errors.ts";

const PR = "bench/specs/pr-ownership.cspec.ts";
const GRID = "test/fixtures/grid.cspec.ts";

describe("parallel exploration", () => {
  it("grows the shared seen set in the middle of levels without losing or duplicating states", async () => {
    const params = { N: 4, B: 1, V: 3 };
    const one = await checkSpec(prOwnership, { params });
    const model = compileModel(prOwnership, { params });
    // The smallest table the coordinator accepts, so it doubles many times, mostly mid-level.
    const r = await exploreParallel(model, { file: PR, exportName: "default", workers: 2, tableCapacity: 2, awaitWorkers: true });
    expect([r.result, r.distinctStates, r.generatedStates, r.depth]).toEqual([one.result, one.distinctStates, one.generatedStates, one.depth]);
    expect(r.bytesPerState).toBeLessThanOrEqual(16);
  });

  it("reports the same violating state on every run and for every worker count", async () => {
    // x + y < 120 fails first at depth 120, in 121 different states; levels are wide enough that every
    // thread claims part of them, and the choice among the violating states must not depend on timing.
    const params = { M: 200, D: 120 };
    const one = await checkSpec(grid, { params });
    const finals = new Set<string>();
    for (const workers of [2, 2, 3, 3]) {
      const r = await checkSpec(grid, { params, workers, file: GRID, awaitWorkers: true });
      expect(r.result).toBe("violation");
      expect(r.violation!.trace.length).toBe(121);
      expect(r.depth).toBe(one.depth);
      finals.add(JSON.stringify(r.violation!.trace.at(-1)!.state));
    }
    expect(finals.size).toBe(1);
  });

  it("stops at --max-states with the statistics so far", async () => {
    const r = await checkSpec(prOwnership, { params: { N: 4, B: 3, V: 3 }, workers: 2, file: PR, maxStates: 5000, awaitWorkers: true });
    expect([r.result, r.limit]).toEqual(["limit", "states"]);
    expect(r.distinctStates).toBeGreaterThanOrEqual(5000);
    expect(r.distinctStates).toBeLessThan(50_000);
  });

  it("stops at the time limit with the statistics so far", async () => {
    const r = await checkSpec(prOwnership, { params: { N: 4, B: 6, V: 4 }, workers: 2, file: PR, timeLimitMs: 3000, awaitWorkers: true });
    expect([r.result, r.limit]).toEqual(["limit", "time"]);
    expect(r.distinctStates).toBeLessThan(7_078_144);
  });

  it("stops at --max-depth like one worker does", async () => {
    const one = await checkSpec(prOwnership, { params: { N: 4 }, maxDepth: 5 });
    const two = await checkSpec(prOwnership, { params: { N: 4 }, workers: 2, file: PR, maxDepth: 5, awaitWorkers: true });
    expect([two.result, two.limit, two.distinctStates, two.generatedStates]).toEqual([one.result, one.limit, one.distinctStates, one.generatedStates]);
  });

  it("passes on a spec error raised in any thread as a clear error", async () => {
    const err = await checkSpec(guardThrows, { workers: 2, file: "test/fixtures/bad-guard-throws.cspec.ts" }).catch((e) => e);
    expect(err).toBeInstanceOf(ClusterspecError);
    expect((err as ClusterspecError).code).toBe("CS140");
  });
});

describe("parallel exploration: initial states", () => {
  it("workers do not rebuild the initial states (only the coordinating thread enumerates init)", async () => {
    const file = "test/fixtures/init-main-only.cspec.ts";
    const spec = (await import("../fixtures/init-main-only.cspec.ts")).default;
    const r = await checkSpec(spec, { workers: 2, file, awaitWorkers: true });
    expect([r.result, r.distinctStates, r.generatedStates]).toEqual(["ok", 20_000, 20_000]);
  });
});
