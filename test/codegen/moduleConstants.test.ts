/**
 * Module constants the spec does not export are evaluated from their initializers at generation time
 * (literals, arrays, `new Set()`, DSL helpers such as `range` on known arguments), unless some module code
 * can change them after loading — then the reader falls back, saying why. The machine still agrees with
 * the spec (same state graph).
 */
import { afterAll, describe, expect, it } from "vitest";
import { checkSpec, loadSpecModule } from "../../src/checker/index.ts";
import { tempMachines } from "./tempMachines.ts";

const temp = tempMachines("module-constants");
afterAll(() => temp.dispose());
const file = "test/fixtures/module-constants.cspec.ts";

describe("module constants", () => {
  it("compiles functions reading unexported constants; falls back on one that module code changes", async () => {
    const { path, report } = await temp.make(file);
    expect(report.actions).toEqual([
      { name: "pick", status: "compiled" },
      { name: "drop", status: "compiled" },
      { name: "grow", status: "fallback", reason: expect.stringContaining("reads growing, a module constant that module code may change") },
    ]);
    expect(report.invariants).toEqual([{ name: "bounded", status: "compiled" }]);
    const run = async (f: string) => {
      const { spec, exportName, machine } = await loadSpecModule(f);
      const r = await checkSpec(spec, { file: f, exportName, machine, workers: 1 });
      return [r.result, r.distinctStates, r.generatedStates, r.depth];
    };
    expect(await run(path)).toEqual(await run(file));
  });
});
