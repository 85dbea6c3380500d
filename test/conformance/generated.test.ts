// The generated conformance files (covering traces, suites) are what the emitters produce now: nothing stale, nothing extra.
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/checker/index.ts";
import { loadCoveringTraces } from "../../src/conformance/conform.ts";
import { generatedFiles, writeGenerated } from "../../src/conformance/emitSuite.ts";
import { FAMILY_TARGETS } from "../../src/conformance/families.ts";
import { machineFromSpec } from "../../src/conformance/specMachine.ts";

describe("generated conformance files", () => {
  for (const t of FAMILY_TARGETS.filter((x) => x.adapter !== null))
    it(`${t.family}: traces cover every action and witness, and the files are fresh`, async () => {
      const spec = await loadSpec(t.specFile);
      const machine = machineFromSpec(spec, { params: t.params, file: t.specFile });
      const traces = await loadCoveringTraces(machine, spec, await Promise.all(t.mutants.map((f) => loadSpec(f))));
      const names = traces.map((x) => x.name);
      for (const a of Object.keys(spec.actions).filter((a) => machine.config.params.FORCE !== false || a !== "forceStart"))
        if (a !== "flushFlag") expect(names).toContain(`action-${a}`);
      for (const w of Object.keys(spec.sometimes ?? {})) expect(names).toContain(`witness-${w}`);
      expect(names.filter((n) => n.startsWith("mutant-")).length).toBe(t.mutants.length);
      expect(writeGenerated(generatedFiles(t, machine, traces), { check: true })).toEqual([]);
    });
});
