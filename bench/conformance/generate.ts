/**
 * Writes (or with --check verifies) generated/<spec>/traces/*.itf.json and generated/<spec>/<spec>.conformance.test.ts
 * for every family with a reference-cluster adapter.   npx tsx bench/conformance/generate.ts [--check]
 */
import { loadSpec } from "../../src/checker/index.ts";
import { loadCoveringTraces } from "../../src/conformance/conform.ts";
import { generatedFiles, writeGenerated } from "../../src/conformance/emitSuite.ts";
import { FAMILY_TARGETS } from "../../src/conformance/families.ts";
import { machineFromSpec } from "../../src/conformance/specMachine.ts";

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const t of FAMILY_TARGETS) {
  if (t.adapter === null) continue;
  const spec = await loadSpec(t.specFile);
  const machine = machineFromSpec(spec, { params: t.params, file: t.specFile });
  const traces = await loadCoveringTraces(machine, spec, await Promise.all(t.mutants.map((f) => loadSpec(f))));
  stale.push(...writeGenerated(generatedFiles(t, machine, traces), { check }));
}
if (check && stale.length > 0) {
  console.error(`stale generated conformance files:\n${stale.map((s) => `  ${s}`).join("\n")}\nRegenerate: npx tsx bench/conformance/generate.ts`);
  process.exit(1);
}
console.log(check ? "generated conformance files are fresh" : "generated conformance files written");
