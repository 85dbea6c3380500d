// The CI-sized sweep (bench/cluster/sweep.ts, in-process and small): with no bug switched on, every fault kind
// alone and all together, at 3, 5 and 7 nodes and 3 or 4 replica members, no run may report a violation —
// neither a runtime safety check nor the linearizability check over its history.
import { describe, expect, it } from "vitest";
import { faultSets, jobKey, makeJobs, runJob, type SweepResult } from "../../bench/cluster/sweep-run.ts";
import { summarizeResults } from "../../bench/cluster/sweep-report.ts";

describe("reference-cluster sweep (CI size)", () => {
  it("210 bug-free runs (seeds 1–5 × none, each fault kind, all × 3/5/7 nodes, 200 operations) report no violation", () => {
    const jobs = makeJobs({ seeds: [1, 2, 3, 4, 5], nodes: [3, 5, 7], bugs: [null], faultSets: faultSets({ pairs: false, all: true }), steps: 200 });
    expect(new Set(jobs.map(jobKey)).size).toBe(210);
    const results: SweepResult[] = jobs.map(runJob);
    const summary = summarizeResults(results);
    expect(summary.bugFree.runs).toBe(210);
    expect(summary.bugFree.failures).toEqual([]);
    expect(results.reduce((n, r) => n + r.events, 0)).toBeGreaterThan(210 * 800);
  }, 300_000);

  it("detects a switched-on bug, with the step of its first detection", () => {
    const [r] = makeJobs({ seeds: [1], nodes: [3], bugs: ["SN-M4"], faultSets: [[]], steps: 2000 }).map(runJob);
    expect(r.violations).toBeGreaterThan(0);
    expect(r.checks).toContain("SC-4");
    expect(r.firstViolationStep).toBeGreaterThan(0);
    expect(r.firstViolationStep).toBeLessThanOrEqual(2000);
    const s = summarizeResults([r]);
    expect(s.bugs.map((b) => [b.bug, b.detected, b.byFaults.none])).toEqual([["SN-M4", 1, { runs: 1, detected: 1 }]]);
  });
});
