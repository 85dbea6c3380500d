/**
 * False-alarm sweep: implementation-driven validation of the bug-free reference cluster over many seeds per family
 * that has an adapter (default 1,000), plus model-based runs; any failure is a finding (cluster, spec or mapping
 * wrong) and is printed with its reproduce line. Also reports throughput: observations validated per second and
 * spec-driven steps per second. Not a CI test (CI runs a fixed handful of seeds in test/conformance).
 *   npx tsx bench/conformance/sweep.ts [--seeds 1000] [--first 1] [--family partition-in-time]
 * `--first S` starts at seed S (validation seeds S..S+N-1; the model-based runs draw from seed S), to extend a sweep.
 */
import { loadSpec } from "../../src/checker/index.ts";
import { FAMILY_TARGETS } from "../../src/conformance/families.ts";
import { machineFromSpec } from "../../src/conformance/specMachine.ts";
import { validateRun } from "../../src/conformance/validate.ts";
import { modelBasedRuns } from "../../src/conformance/modelBased.ts";
import { renderOutcome } from "../../src/conformance/renderOutcome.ts";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const seeds = Number(arg("--seeds") ?? 1000);
const first = Number(arg("--first") ?? 1);
const only = arg("--family");
let failures = 0;
for (const t of FAMILY_TARGETS) {
  if (only !== undefined && t.family !== only) continue;
  if (t.adapter === null) {
    console.log(`${t.family}: skipped — ${t.missing}`);
    continue;
  }
  const spec = await loadSpec(t.specFile);
  const machine = machineFromSpec(spec, { params: t.params, file: t.specFile });
  const adapter = t.adapter();
  let fails = 0;
  let steps = 0;
  let ms = 0;
  for (let seed = first; seed < first + seeds; seed++) {
    const r = await validateRun(machine, adapter, { seed, ticks: t.ticks, reproduce: `clusterspec conform ${t.family} --check validate --runs 1 --ticks ${t.ticks}` });
    steps += r.steps;
    ms += r.elapsedMs;
    if (r.status !== "ok") {
      fails++;
      console.log(renderOutcome(r, t.family).join("\n"));
    }
  }
  const mb = await modelBasedRuns(machine, adapter, { seed: first, runs: seeds, steps: 12, reproduce: `clusterspec conform ${t.family} --check model-based --runs ${seeds} --steps 12` });
  if (mb.status !== "ok") {
    fails++;
    console.log(renderOutcome(mb.failure!, t.family).join("\n"));
  }
  failures += fails;
  console.log(
    `${t.family}: ${seeds} validation seeds (${first}–${first + seeds - 1}) × ${t.ticks} ticks + ${mb.runs} model-based runs: ${fails} failures; ` +
      `${steps} observations validated in ${(ms / 1000).toFixed(1)} s (${Math.round(steps / (ms / 1000))}/s); ` +
      `${mb.steps} spec-driven steps in ${(mb.elapsedMs / 1000).toFixed(1)} s (${Math.round(mb.steps / (mb.elapsedMs / 1000))}/s)`,
  );
}
process.exit(failures === 0 ? 0 : 1);
