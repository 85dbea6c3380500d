// The CLI's contract beyond one verb: --version, help, JSON everywhere, exit codes, closed pipes, --trace-out.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_LIMIT, progressReporter } from "../../src/cli/progress.ts";
import { runCli } from "./run.ts";

const F = "test/fixtures";
const tmp = mkdtempSync(join(tmpdir(), "clusterspec-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bin = (...args: string[]) => spawnSync(process.execPath, ["bin/clusterspec.js", ...args], { encoding: "utf8" });

describe("clusterspec (CLI contract)", () => {
  it("--version prints the package version", async () => {
    const r = await runCli("--version");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("bare clusterspec prints the help", async () => {
    const r = await runCli();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: clusterspec");
    expect(r.stdout).toContain("check");
  });

  it("--help --json is JSON", async () => {
    const all = JSON.parse((await runCli("--help", "--json")).stdout);
    expect(all.commands.map((c: { name: string }) => c.name)).toContain("check");
    const check = JSON.parse((await runCli("check", "--help", "--json")).stdout);
    expect(check.options.map((o: { flags: string }) => o.flags)).toContain("--allow-limit");
  });

  it("--json after -- is an operand, not the mode", async () => {
    const r = await runCli("check", "--", "--json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("error CS100");
  });

  it("an internal error is the one JSON error object on stdout, CS299", async () => {
    const r = await runCli("check", `${F}/throwing-export.cspec.ts`, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS299", hints: [expect.stringContaining("bug in clusterspec")] });
    const text = await runCli("check", `${F}/throwing-export.cspec.ts`);
    expect(text.stderr).toContain("error CS299: internal error: kind getter exploded");
  });

  it("a spec's console.log does not corrupt --json stdout", () => {
    const r = bin("check", `${F}/noisy.cspec.ts`, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ spec: "noisy", result: "ok" });
    expect(r.stderr).toContain("loading noisy spec");
  });

  it("a closed pipe ends the run quietly", async () => {
    const child = spawn(process.execPath, ["bin/clusterspec.js", "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.destroy();
    const code = await new Promise<number | null>((res) => child.on("close", res));
    expect(stderr).not.toMatch(/EPIPE|Error|at .+:\d+/);
    expect(code).toBe(0);
  });

  it("--time-limit needs a unit", async () => {
    const r = await runCli("check", `${F}/counter.cspec.ts`, "--time-limit", "5", "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS160", hints: [expect.stringContaining("5s")] });
    expect((await runCli("check", `${F}/counter.cspec.ts`, "--time-limit", "5s")).code).toBe(0);
  });

  it("a run that stops at a limit exits 3 unless --allow-limit", async () => {
    const r = await runCli("check", `${F}/counter.cspec.ts`, "--max-states", "2", "--json");
    expect(JSON.parse(r.stdout)).toMatchObject({ result: "limit", limit: "states" });
    expect(r.code).toBe(EXIT_LIMIT);
    expect(EXIT_LIMIT).toBe(3);
    expect((await runCli("check", `${F}/counter.cspec.ts`, "--max-states", "2", "--allow-limit")).code).toBe(0);
    expect((await runCli("check", `${F}/counter.cspec.ts`, "--max-states", "2")).stdout).toContain("--allow-limit");
  });

  it("an unreached sometimes witness fails the run unless --allow-unreached", async () => {
    const r = await runCli("check", `${F}/unreached-witness.cspec.ts`, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: "ok", unreachedWitnesses: ["three"] });
    expect((await runCli("check", `${F}/unreached-witness.cspec.ts`)).stdout).toContain("three never reached");
    expect((await runCli("check", `${F}/unreached-witness.cspec.ts`, "--allow-unreached")).code).toBe(0);
  });

  it("liveness time is reported, in total and per phase", async () => {
    const r = JSON.parse((await runCli("check", `${F}/counter.cspec.ts`, "--json")).stdout);
    expect(r.liveness).toHaveLength(1);
    expect(r.phases.livenessMs).toBeGreaterThanOrEqual(0);
    expect(r.elapsedMs).toBe(r.phases.exploreMs + r.phases.livenessMs);
    expect((await runCli("check", `${F}/counter.cspec.ts`)).stdout).toMatch(/exploring [\d.]+ s, liveness [\d.]+ s/);
  });
});

describe("--trace-out", () => {
  const mutant = "spec/mutants/pt-m1.cspec.ts";
  it("creates missing folders and writes the trace", async () => {
    const out = join(tmp, "a", "b", "trace.itf.json");
    const r = await runCli("check", mutant, "--trace-out", out);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, "utf8")).states.length).toBeGreaterThan(1);
  });
  it("refuses the spec file itself before exploring, and leaves it alone", async () => {
    const before = readFileSync(`${F}/counter.cspec.ts`, "utf8");
    const r = await runCli("check", `${F}/counter.cspec.ts`, "--trace-out", `${F}/counter.cspec.ts`, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("CS283");
    expect(readFileSync(`${F}/counter.cspec.ts`, "utf8")).toBe(before);
  });
  it("fails with exit 2 before exploring when the folder cannot be made", async () => {
    // A folder path that runs through a regular file cannot be created.
    const out = `${F}/counter.cspec.ts/sub/trace.json`;
    const r = await runCli("check", mutant, "--trace-out", out, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS283", where: { file: out } });
    expect(existsSync(`${F}/counter.cspec.ts/sub`)).toBe(false);
  });
});

describe("progress", () => {
  const fake = (isTTY: boolean) => {
    const err: string[] = [];
    const progress: string[] = [];
    return { io: { out: () => {}, err: (t: string) => void err.push(t), progress: (t: string) => void progress.push(t), isTTY, exit: () => {} }, err, progress };
  };
  const p = (elapsedMs: number) => ({ distinctStates: 10, generatedStates: 20, queued: 3, depth: 2, elapsedMs });
  it("prints a line every few seconds to stderr when not on a TTY, and nothing with --quiet", () => {
    const f = fake(false);
    const on = progressReporter(f.io, { quiet: false, json: false })!;
    for (const t of [1000, 4000, 6000, 7000, 12_000]) on(p(t));
    expect(f.err).toEqual(["progress: 10 distinct, 20 generated, 3 queued, depth 2, 6 s", "progress: 10 distinct, 20 generated, 3 queued, depth 2, 12 s"]);
    expect(progressReporter(f.io, { quiet: true, json: false })).toBeUndefined();
  });
  it("uses the transient line on a TTY", () => {
    const f = fake(true);
    progressReporter(f.io, { quiet: false, json: false })!(p(1000));
    expect(f.progress).toHaveLength(1);
    expect(f.err).toEqual([]);
  });
});
