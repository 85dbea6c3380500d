/**
 * "Model-checked" is a tested fact: the checker explores each generated machine and finds exactly its
 * spec's state graph — distinct and generated states, depth, verdict, violated invariant — with 1 and
 * 2 workers, for every built-in spec (the checked-in machines), every mutant (generated here) and every
 * example.
 */
import { afterAll, describe, expect, it } from "vitest";
import { checkSpec, loadSpecModule } from "../../src/checker/index.ts";
import { builtinSpecFiles } from "../../src/cli/builtins.ts";
import { tempMachines } from "./tempMachines.ts";

const temp = tempMachines("same-graph");
afterAll(() => temp.dispose());

async function summary(file: string, workers: number) {
  const { spec, exportName, machine } = await loadSpecModule(file);
  const r = await checkSpec(spec, { file, exportName, machine, workers, liveness: false, awaitWorkers: true });
  return { result: r.result, distinct: r.distinctStates, generated: r.generatedStates, depth: r.depth, invariant: r.violation?.invariant ?? null };
}

const builtins = builtinSpecFiles();
const checkedIn = [...builtins.filter((f) => f.kind !== "mutant").map((f) => f.file), "bench/specs/pr-ownership.cspec.ts"];
const machineOf = (specFile: string, name: string) => `generated/${name}/machine.ts`;

describe("generated machines (same state graph as their spec)", () => {
  for (const file of checkedIn)
    it(`${file}: checked-in machine`, async () => {
      const { spec } = await loadSpecModule(file);
      for (const workers of [1, 2]) expect(await summary(machineOf(file, spec.name), workers)).toEqual(await summary(file, workers));
    });

  for (const f of builtins.filter((b) => b.kind === "mutant"))
    it(`${f.file}: machine generated for the mutant`, async () => {
      const { path } = await temp.make(f.file);
      for (const workers of [1, 2]) {
        const expected = await summary(f.file, workers);
        expect(expected.result).toBe("violation");
        expect(await summary(path, workers)).toEqual(expected);
      }
    });

  // Fixtures pinning DSL forms the translator must handle: the named ones compile (the rest may fall back).
  const fixtures: { file: string; params: Record<string, number>; compiled: RegExp }[] = [
    { file: "test/fixtures/per-invariant.cspec.ts", params: { N: 3, LIMIT: 1 }, compiled: /^bounded\[/ },
    // Accept calls a per-state definition (ctx.defs), which the translator leaves to the spec: it falls back.
    { file: "test/fixtures/nested-update.cspec.ts", params: { N: 2 }, compiled: /^(Raise|balBelowMbal)/ },
  ];
  for (const { file, params, compiled } of fixtures)
    it(`${file}: machine generated for the fixture (${JSON.stringify(params)})`, async () => {
      const { path, report } = await temp.make(file, { params });
      const named = [...report.actions, ...report.invariants].filter((x) => compiled.test(x.name));
      expect(named.length).toBeGreaterThan(0);
      expect(named.every((x) => x.status === "compiled"), JSON.stringify(named)).toBe(true);
      const { spec, exportName } = await loadSpecModule(file);
      for (const workers of [1, 2]) {
        const direct = await checkSpec(spec, { file, exportName, params, workers, liveness: false, awaitWorkers: true });
        const expected = { result: direct.result, distinct: direct.distinctStates, generated: direct.generatedStates, depth: direct.depth, invariant: direct.violation?.invariant ?? null };
        expect(await summary(path, workers)).toEqual(expected);
      }
    });
});
