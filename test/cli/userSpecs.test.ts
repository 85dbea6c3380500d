// A user's own specs: `check DIR|GLOB` with expected verdicts, `init`, `describe`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findSpecFiles, globToRegExp } from "../../src/cli/specFiles.ts";
import { isEsmFolder } from "../../src/cli/commands/init.ts";
import { runCli } from "./run.ts";

const F = "test/fixtures";
const tmp = mkdtempSync(join(tmpdir(), "clusterspec-user-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("check DIR|GLOB", () => {
  it("checks a folder's specs and mutants against their expected verdicts", async () => {
    const r = await runCli("check", `${F}/userspecs`, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.specs.map((s: { spec: string; expected: string; pass: boolean }) => [s.spec, s.expected, s.pass])).toEqual([
      ["toggle-m1", "violation", true],
      ["toggle", "ok", true],
    ]);
  });
  it("a glob selects files", async () => {
    const r = await runCli("check", `${F}/userspecs/**/*.cspec.ts`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("All 2 specs behave as expected");
  });
  it("reads clusterspec.config.json: files by glob (any name that exports a spec) and expected verdicts", async () => {
    const r = await runCli("check", `${F}/userspecs-config`, "--json");
    expect(JSON.parse(r.stdout).specs).toMatchObject([{ spec: "overflow", expected: "violation", result: "violation", pass: true }]);
    expect(r.code).toBe(0);
  });
  it("a folder without specs, and a malformed config, are bad input", async () => {
    expect(JSON.parse((await runCli("check", tmp, "--json")).stdout).error.code).toBe("CS100");
    const bad = mkdtempSync(join(tmp, "bad-"));
    writeFileSync(join(bad, "clusterspec.config.json"), JSON.stringify({ spec: ["*.ts"] }));
    const r = await runCli("check", bad, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS284", message: expect.stringContaining("unknown key spec") });
  });
  it("globs", () => {
    expect(globToRegExp("**/*.cspec.ts").test("a/b/c.cspec.ts")).toBe(true);
    expect(globToRegExp("**/*.cspec.ts").test("c.cspec.ts")).toBe(true);
    expect(globToRegExp("*.cspec.ts").test("a/c.cspec.ts")).toBe(false);
    expect(findSpecFiles(`${F}/userspecs`).map((f) => f.kind)).toEqual(["mutant", "family"]);
  });
});

describe("init", () => {
  it("writes a spec, a mutant, a test and a config, as .mts in a CommonJS folder; never overwrites", async () => {
    writeFileSync(join(tmp, "package.json"), JSON.stringify({ name: "u", type: "commonjs" }));
    const dir = join(tmp, "lock");
    const r = await runCli("init", dir, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: string) => f.slice(dir.length + 1))).toEqual(["lock.cspec.mts", "mutants/lock-m1.cspec.mts", "lock.test.mts", "clusterspec.config.json"]);
    expect(readFileSync(join(dir, "lock.cspec.mts"), "utf8")).toContain('from "clusterspec"');
    expect(JSON.parse(readFileSync(join(dir, "clusterspec.config.json"), "utf8")).expect).toEqual({ "mutants/*.cspec.mts": "violation" });
    const again = await runCli("init", dir, "--json");
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error.code).toBe("CS285");
    expect((await runCli("init", dir, "--force")).code).toBe(0);
  });
  it("uses .ts in an ES module package", () => {
    expect(isEsmFolder(".")).toBe(true);
  });
});

describe("describe", () => {
  it("lists parameters with docs and ranges, sets, actions with argument domains, and properties", async () => {
    const r = await runCli("describe", "spec/partition-in-time.cspec.ts", "--json");
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.params[0]).toMatchObject({ name: "E", kind: "int", min: 1, max: 8, doc: "epoch bound" });
    expect(d.sets).toEqual([{ name: "Node", values: ["A", "B"] }]);
    expect(d.actions.find((a: { name: string }) => a.name === "commit")).toMatchObject({ arguments: [{ name: "n", domain: "Node = {A, B}" }], doc: expect.stringContaining("commit") });
    expect(d.invariants.length).toBeGreaterThan(0);
    expect(d.invariants[0].statement).toBeTruthy();
    const text = await runCli("describe", `${F}/counter.cspec.ts`);
    expect(text.stdout).toContain("MAX = 5  int 1..20, default 5");
    expect(text.stdout).toContain("inc(by ∈ {1, 2})");
    expect(text.stdout).toContain("belowLimit (C-1): The counter stays below LIMIT.");
    expect(text.stdout).toContain("reachesMax [eventually]");
  });
  it("a missing spec is the JSON error object", async () => {
    const r = await runCli("describe", `${F}/nope.cspec.ts`, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("CS100");
  });
});
