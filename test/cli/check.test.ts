import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run.ts";

const COUNTER = "test/fixtures/counter.cspec.ts";

describe("clusterspec check", () => {
  it("prints the DESIGN.md JSON object and exits 0 when every invariant holds", async () => {
    const r = await runCli("check", "bench/specs/pr-ownership.cspec.ts", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ spec: "pr-ownership", params: { N: 3, B: 2, V: 2 }, result: "ok", distinctStates: 928, generatedStates: 5545, transitions: 5544, depth: 14 });
    for (const k of ["elapsedMs", "statesPerSecond", "collisionProbability"]) expect(typeof j[k]).toBe("number");
  });

  it("exits 1 on a violation and prints the story, statistics and a reproduce line", async () => {
    const r = await runCli("check", COUNTER, "--param", "LIMIT=4");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Invariant belowLimit (C-1) is violated.");
    expect(r.stdout).toContain("The counter stays below LIMIT.");
    expect(r.stdout).toMatch(/1\. inc\(by=2\)\s+n: 0 → 2/);
    expect(r.stdout).toContain("Reproduce: clusterspec check test/fixtures/counter.cspec.ts --param MAX=5 --param LIMIT=4");
  });

  it("reports violation.invariantId and the trace in JSON", async () => {
    const r = await runCli("check", COUNTER, "--param", "LIMIT=4", "--json");
    const j = JSON.parse(r.stdout);
    expect(j.result).toBe("violation");
    expect(j.violation.invariantId).toBe("C-1");
    expect(j.violation.trace.map((s: { state: { n: number } }) => s.state.n)).toEqual([0, 2, 4]);
  });

  it("writes the counterexample as an ITF trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cs-itf-"));
    const file = join(dir, "trace.itf.json");
    const r = await runCli("check", COUNTER, "--param", "LIMIT=4", "--trace-out", file);
    expect(r.code).toBe(1);
    const itf = JSON.parse(readFileSync(file, "utf8"));
    expect(itf.vars).toEqual(["n"]);
    expect(itf.states.map((s: { n: { "#bigint": string } }) => s.n["#bigint"])).toEqual(["0", "2", "4"]);
    expect(itf.states[1]["#meta"]).toMatchObject({ index: 1, action: "inc", args: { by: 2 } });
  });

  it("gives the same counts with two workers", async () => {
    const r = await runCli("check", "bench/specs/pr-ownership.cspec.ts", "--param", "N=4", "--workers", "2", "--json");
    const j = JSON.parse(r.stdout);
    expect(j.workers).toBe(2);
    const one = JSON.parse((await runCli("check", "bench/specs/pr-ownership.cspec.ts", "--param", "N=4", "--json")).stdout);
    expect([j.distinctStates, j.generatedStates]).toEqual([one.distinctStates, one.generatedStates]);
  });
});

describe("clusterspec simulate", () => {
  it("is deterministic for a seed and prints it", async () => {
    const a = await runCli("simulate", COUNTER, "--seed", "7", "--runs", "5", "--depth", "20", "--json");
    const b = await runCli("simulate", COUNTER, "--seed", "7", "--runs", "5", "--depth", "20", "--json");
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout.replace(/"elapsedMs":\d+/, a.stdout.match(/"elapsedMs":\d+/)![0]));
    expect(JSON.parse(a.stdout)).toMatchObject({ seed: 7, runs: 5, depth: 20, result: "ok", steps: 100 });
    const text = await runCli("simulate", COUNTER, "--seed", "7", "--runs", "5", "--depth", "20");
    expect(text.stdout).toContain("seed 7");
    expect(text.stdout).toContain("Reproduce: clusterspec simulate test/fixtures/counter.cspec.ts --param MAX=5 --param LIMIT=100 --seed 7 --runs 5 --depth 20");
  });

  it("finds violations on random walks and exits 1", async () => {
    const r = await runCli("simulate", COUNTER, "--param", "LIMIT=3", "--seed", "1", "--runs", "10", "--depth", "10", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).violation.invariantId).toBe("C-1");
  });
});
