/**
 * A guard, apply or predicate that is not a pure function of (state, args, ctx) is refused by
 * `generate` with CS201 naming the function and the line — whether or not it would compile.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run.ts";

const cases = [
  { file: "random-guard", fn: "the guard of action inc", what: "reads Math.random", line: 11 },
  { file: "date-helper", fn: "helper stamp (called by the apply of action inc)", what: "reads Date", line: 4 },
  { file: "module-state", fn: "the apply of action inc", what: "calls seen.push, which changes seen (module state)", line: 15 },
  { file: "module-let", fn: "invariant bounded", what: "reads module variable limit, declared with let", line: 15 },
  { file: "mutates-state", fn: "the apply of action on", what: "calls (s.on as Set<number>).add, which changes s (an argument it was given)", line: 14 },
];

describe("generate refuses impure functions (CS201)", () => {
  for (const c of cases)
    for (const compile of [true, false])
      it(`${c.file}${compile ? "" : " (--no-compile)"}: ${c.fn} ${c.what}`, async () => {
        const file = `test/fixtures/impure/${c.file}.cspec.ts`;
        const r = await runCli(...["generate", file, "--out", "/tmp/clusterspec-impure-never-written", "--json", ...(compile ? [] : ["--no-compile"])]);
        expect(r.code).toBe(2);
        const err = JSON.parse(r.stdout || r.stderr);
        expect(err.code ?? err.error?.code).toBe("CS201");
        const e = err.error ?? err;
        expect(e.message).toContain(c.what);
        expect(e.where).toMatchObject({ function: c.fn, line: c.line });
        expect(e.where.file).toContain(`${c.file}.cspec.ts`);
      });

  it("pure helpers, local lets and sets the function builds itself are accepted", async () => {
    const r = await runCli(...["generate", "spec/partition-in-time.cspec.ts", "--out", "/tmp/clusterspec-impure-never-written", "--check", "--json"]);
    expect(r.code).not.toBe(2);
  });
});
