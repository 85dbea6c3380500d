import { describe, expect, it } from "vitest";
import { runCli } from "./run.ts";

const F = "test/fixtures";

/** Every bad input exits 2 with one coded message naming the thing, and never a stack trace. */
async function expectBadInput(args: string[], code: string, mentions: string[]) {
  const r = await runCli(...args);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`error ${code}:`);
  for (const m of mentions) expect(r.stderr).toContain(m);
  expect(r.stderr).toContain("Hint:");
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const j = await runCli(...args, "--json");
  expect(j.code).toBe(2);
  expect(JSON.parse(j.stdout).error.code).toBe(code);
}

describe("clusterspec check: bad input", () => {
  it("a missing spec file", () => expectBadInput(["check", `${F}/nope.cspec.ts`], "CS100", ["nope.cspec.ts"]));
  it("a module that exports no spec", () => expectBadInput(["check", `${F}/no-spec.ts`], "CS102", ["no-spec.ts"]));
  it("a module that fails to load", async () => {
    const r = await runCli("check", `${F}/syntax-error.cspec.ts`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error CS101:");
    expect(r.stderr).toContain("syntax-error.cspec.ts");
  });
  it("a misspelled section of the definition", () => expectBadInput(["check", `${F}/bad-unknown-key.cspec.ts`], "CS280", ["invariant", "invariants", "bad-unknown-key"]));
  it("a syntax error, with line and column", async () => {
    const r = await runCli("check", `${F}/syntax-error.cspec.ts`, "--json");
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "CS101", where: { line: 2, column: 17 } });
    expect(JSON.parse(r.stdout).error.message).toContain("line 2, column 17");
  });
  // `check DIR` checks the folder's specs; a verb that takes one spec says a folder is not one.
  it("a directory instead of a spec file", () => expectBadInput(["describe", `${F}/userspecs`], "CS100", ["is a directory"]));
  it("an unbounded schema", () => expectBadInput(["check", `${F}/bad-unbounded.cspec.ts`], "CS120", ["state.n", "bad-unbounded"]));
  it("an empty argument domain", () => expectBadInput(["check", `${F}/bad-empty-domain.cspec.ts`], "CS130", ["set", "bad-empty-domain"]));
  it("an unknown --param", () => expectBadInput(["check", `${F}/counter.cspec.ts`, "--param", "M=3"], "CS110", ["M", "MAX"]));
  it("a --param value of the wrong type", () => expectBadInput(["check", `${F}/counter.cspec.ts`, "--param", "MAX=three"], "CS111", ["MAX", "three"]));
  it("a --param value out of range", () => expectBadInput(["check", `${F}/counter.cspec.ts`, "--param", "MAX=99"], "CS111", ["MAX", "99"]));
  it("a malformed --param", () => expectBadInput(["check", `${F}/counter.cspec.ts`, "--param", "MAX"], "CS160", ["--param"]));
  it("a guard that throws", () => expectBadInput(["check", `${F}/bad-guard-throws.cspec.ts`], "CS140", ["inc", "boom at 2", '{"n":2}']));
  it("an invariant that throws", () => expectBadInput(["check", `${F}/bad-invariant-throws.cspec.ts`], "CS142", ["ownerNamed"]));
  it("an apply that leaves the schema", () => expectBadInput(["check", `${F}/bad-apply-outside.cspec.ts`], "CS150", ["inc", "state.n", "4"]));
  it("an apply that adds an undeclared field, under --strict", async () => {
    expect((await runCli("check", `${F}/bad-extra-field.cspec.ts`)).code).toBe(0);
    await expectBadInput(["check", `${F}/bad-extra-field.cspec.ts`, "--strict"], "CS150", ["inc", "extra"]);
  });
  it("an unknown option", () => expectBadInput(["check", `${F}/counter.cspec.ts`, "--frobnicate"], "CS160", ["--frobnicate"]));
  it("a bad worker count", () => expectBadInput(["check", `${F}/counter.cspec.ts`, "--workers", "zero"], "CS160", ["--workers"]));
});
