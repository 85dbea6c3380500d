import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/checker/index.ts";
import { guardArgs } from "../../src/checker/guardArgs.ts";
import prOwnership from "../../bench/specs/pr-ownership.cspec.ts";

describe("guardArgs", () => {
  it.each([
    ["destructured argument", (s: any, { n }: any) => s.up[n], ["n"]],
    ["several destructured arguments", (s: any, { n, victim }: any) => s.up[n] && victim, ["n", "victim"]],
    ["renamed argument", (s: any, { n: node }: any, ctx: any) => s.up[node] && ctx, ["n"]],
    ["no arguments parameter", (s: any) => s.x, []],
    ["unused arguments parameter", (s: any, _a: any, { params }: any) => s.n < params.MAX, []],
    ["method syntax", { g(s: any, { b }: any) { return s[b]; } }.g, ["b"]],
  ] as const)("reads the names a guard can see: %s", (_what, fn, keys) => {
    expect(guardArgs(fn as never)).toEqual(keys);
  });

  it.each([
    ["a used arguments object", (s: any, a: any) => s[a.n]],
    ["a default value", (s: any, { n = 1 }: any) => s[n]],
    ["a rest pattern", (s: any, { ...rest }: any) => s[rest.n]],
    ["a default for the whole pattern", (s: any, { n }: any = {}) => s[n]],
    ["the arguments object", function (this: unknown, s: any, { n }: any) { return arguments.length > 1 && s[n]; }],
    ["an async function", async (s: any, { n }: any) => s[n]],
    ["a bound function", ((s: any, a: any) => s[a.n]).bind(null)],
  ] as const)("gives up (may read every argument) on %s", (_what, fn) => {
    expect(guardArgs(fn as never)).toBeNull();
  });

  it("groups Write(n, b, v) by node only: one guard evaluation per node decides its blocks and values", () => {
    const m = compileModel(prOwnership, { params: { N: 2, B: 2, V: 2 } });
    const writes = m.instances.map((inst, i) => ({ inst, i })).filter(({ inst }) => inst.name === "Write");
    const runs = new Set(writes.map(({ inst }) => inst.guardRunEnd));
    expect(runs.size).toBe(2);
    for (const { inst, i } of writes) {
      expect(inst.guardRunEnd).toBeGreaterThan(i);
      expect(m.instances[inst.guardRunEnd - 1]!.args.n).toBe(inst.args.n);
    }
    const preempts = m.instances.filter((inst) => inst.name === "Preempt");
    expect(preempts.every((inst) => inst.guardRunEnd === m.instances.indexOf(inst) + 1)).toBe(true);
  });
});
