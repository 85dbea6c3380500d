import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareReports } from "../../src/report/compare.ts";
import type { Report } from "../../src/report/schema.ts";
import { runCli } from "../cli/run.ts";
import { fixedReport } from "./fixture.ts";

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const copy = (r: Report): Mutable<Report> => JSON.parse(JSON.stringify(r));

describe("compareReports", () => {
  const base = fixedReport();

  it("finds nothing when a report is compared with itself", () => {
    expect(compareReports(base, base)).toMatchObject({ changes: [], regressions: 0 });
  });

  it("ignores throughput noise within the threshold and flags a drop beyond it", () => {
    const within = copy(base);
    within.specs[0]!.throughput.rows[0]!.statesPerSecond = 8_000; // −20%
    expect(compareReports(base, within).changes).toEqual([]);
    const beyond = copy(base);
    beyond.specs[0]!.throughput.rows[0]!.statesPerSecond = 6_000; // −40%
    const c = compareReports(base, beyond);
    expect(c.regressions).toBe(1);
    expect(c.changes[0]).toMatchObject({ kind: "regression", figure: "pair: distinct/s (spec, 1 worker)", old: 10_000, new: 6_000 });
    expect(c.changes[0]!.relative).toBeCloseTo(-0.4);
    expect(compareReports(base, beyond, { threshold: 0.5 }).changes).toEqual([]);
  });

  it("reports a faster run as an improvement, which does not fail", () => {
    const faster = copy(base);
    faster.specs[0]!.throughput.rows[0]!.statesPerSecond = 20_000;
    expect(compareReports(base, faster)).toMatchObject({ regressions: 0, changes: [{ kind: "improvement" }] });
  });

  it("treats any change of counts, verdicts, refutations and kills as beyond noise", () => {
    const n = copy(base);
    n.specs[0]!.verdict.distinctStates = 13;
    n.conformance.bugs[0]!.status = "not-killed";
    const c = compareReports(base, n);
    expect(c.changes.map((x) => [x.kind, x.figure])).toEqual([
      ["changed", "pair: distinct states"],
      ["regression", "kill matrix PR-1"],
    ]);
    expect(c.regressions).toBe(2);
  });

  it("does not compare times too short to measure", () => {
    const n = copy(base);
    n.specs[0]!.mutants = [];
    const o = copy(base);
    const mutant = { name: "m1", file: "m1.cspec.ts", params: {}, refuted: true, result: "violation" as const, invariant: "x", invariantId: "X-1", counterexampleLength: 3, distinctStates: 5, msToFirstCounterexample: 2, counterexample: null, command: "c" };
    o.specs[0]!.mutants = [mutant];
    n.specs[0]!.mutants = [{ ...mutant, msToFirstCounterexample: 20 }];
    expect(compareReports(o as Report, n as Report).changes).toEqual([]);
    n.specs[0]!.mutants = [{ ...mutant, msToFirstCounterexample: 200 }];
    expect(compareReports(o as Report, n as Report).changes[0]).toMatchObject({ kind: "regression", figure: "pair: mutant m1 ms to first counterexample" });
  });
});

describe("clusterspec report --compare", () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-report-compare-"));
  const oldFile = join(dir, "old.json");
  const newFile = join(dir, "new.json");
  const slower = copy(fixedReport());
  slower.specs[0]!.throughput.rows[0]!.statesPerSecond = 5_000;
  writeFileSync(oldFile, JSON.stringify(fixedReport()));
  writeFileSync(newFile, JSON.stringify(slower));

  it("exits 1 and names the regression", async () => {
    const r = await runCli("report", "--compare", oldFile, newFile);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ regression  pair: distinct/s (spec, 1 worker): 10,000 → 5,000 (-50%)");
  });

  it("exits 0 with a wider threshold, and 2 on a bad threshold or one file", async () => {
    expect((await runCli("report", "--compare", oldFile, newFile, "--threshold", "60%")).code).toBe(0);
    const bad = await runCli("report", "--compare", oldFile, newFile, "--threshold", "lots", "--json");
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error.code).toBe("CS304");
    expect(JSON.parse((await runCli("report", "--compare", oldFile, "--json")).stdout).error.code).toBe("CS304");
  });
});
