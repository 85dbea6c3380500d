import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import type { CheckSpecOptions } from "../../src/checker/check.ts";
import type { CheckResult } from "../../src/checker/result.ts";
import stops from "../fixtures/stops.cspec.ts";
import counter from "../fixtures/counter.cspec.ts";

const SPECS = [
  { spec: stops, file: "test/fixtures/stops.cspec.ts" },
  { spec: counter, file: "test/fixtures/counter.cspec.ts", params: { LIMIT: 4 } },
];

// Each parallel run starts worker threads that load the spec (about a second each), so the list is short.
const OPTIONS: CheckSpecOptions[] = [
  {},
  { deadlock: false },
  { symmetry: false, deadlock: false },
  { liveness: false, deadlock: false, strict: true },
  { maxDepth: 2, deadlock: false },
];

/**
 * What must not depend on the worker count: the verdict, the violated property and the trace's length (not
 * the particular trace), and the counts — except on a violation, where one thread stops at the first it meets
 * and several finish the level (README, "How the checker works").
 */
const outcome = (r: CheckResult) => ({
  result: r.result,
  limit: r.limit,
  ...(r.result === "violation" ? {} : { distinct: r.distinctStates, generated: r.generatedStates }),
  depth: r.depth,
  violation: r.violation && { kind: r.violation.kind, invariant: r.violation.invariant, steps: r.violation.trace.length },
  liveness: r.liveness,
});

describe("check options (laws)", () => {
  it("every option gives the same result for every worker count", async () => {
    for (const { spec, file, params } of SPECS)
      for (const o of OPTIONS) {
        const one = outcome(await checkSpec(spec, { ...o, params }));
        for (const workers of [2]) {
          const many = outcome(await checkSpec(spec, { ...o, params, workers, file, awaitWorkers: true }));
          expect({ spec: spec.name, options: o, workers, ...many }).toEqual({ spec: spec.name, options: o, workers, ...one });
        }
      }
  });

  it("--no-deadlock is honoured by the main thread with several workers", async () => {
    const r = await checkSpec(stops, { deadlock: false, workers: 2, file: "test/fixtures/stops.cspec.ts", liveness: false });
    expect(r.result).toBe("ok");
    const d = await checkSpec(stops, { workers: 2, file: "test/fixtures/stops.cspec.ts", liveness: false });
    expect(d.violation?.kind).toBe("deadlock");
  });
});
