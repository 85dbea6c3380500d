// Test helper: a fixed report (no measurement) around a fixed checker violation, for deterministic rendering tests.
import type { Violation } from "../../src/checker/result.ts";
import { defineSpec, ids, range, t } from "../../src/dsl/index.ts";
import { toCounterexample } from "../../src/report/counterexample.ts";
import { REPORT_FORMAT, type Report, type SpecSection } from "../../src/report/schema.ts";

/** Two nodes and a block: `Send(n, m)` names two participants, `Write(n, b)` one (a block is data), `Partition` none. */
export const pairSpec = defineSpec({
  name: "pair",
  description: "two nodes pass a token",
  sets: () => ({ Node: ids("n", 2), Block: range(0, 1) }),
  state: ({ sets }) => t.struct({ holder: t.id(sets.Node), disk: t.record(sets.Block, t.int(0, 2)), split: t.boolean }),
  init: () => ({ holder: "n1" as const, disk: { 0: 0, 1: 0 } as Record<string, number>, split: false }),
  actions: {
    Send: { over: { n: "Node", m: "Node" }, apply: (s, { m }) => ({ ...s, holder: m }) },
    Write: { over: { n: "Node", b: "Block" }, apply: (s, { b }) => ({ ...s, disk: { ...s.disk, [b]: 1 } }) },
    Partition: { apply: (s) => ({ ...s, split: true }) },
  },
  invariants: { oneHolder: { id: "P-1", statement: "Only the holder writes.", check: () => true } },
});

export const pairViolation: Violation = {
  kind: "invariant",
  invariant: "oneHolder",
  invariantId: "P-1",
  statement: "Only the holder writes.",
  trace: [
    { action: null, args: {}, state: { holder: "n1", disk: { 0: 0, 1: 0 }, split: false } },
    { action: "Partition", args: {}, state: { holder: "n1", disk: { 0: 0, 1: 0 }, split: true } },
    { action: "Send", args: { n: "n1", m: "n2" }, state: { holder: "n2", disk: { 0: 0, 1: 0 }, split: true } },
    { action: "Write", args: { n: "n1", b: 1 }, state: { holder: "n2", disk: { 0: 0, 1: 1 }, split: true } },
  ],
};

const verdict = (name: string): SpecSection["verdict"] => ({
  params: { N: 2 },
  result: "violation",
  limit: null,
  distinctStates: 12,
  generatedStates: 30,
  depth: 4,
  elapsedMs: 3.5,
  statesPerSecond: 3428,
  bytesPerState: 10.5,
  traceBytesPerState: 8,
  collisionProbability: 1e-15,
  liveness: [],
  counterexample: toCounterexample(pairViolation, pairSpec),
  command: `clusterspec check spec/${name}.cspec.ts --param N=2`,
});

export function fixedSection(name = "pair"): SpecSection {
  return {
    name,
    file: `spec/${name}.cspec.ts`,
    role: "spec",
    description: "two nodes pass a token",
    invariants: [{ name: "oneHolder", id: "P-1", statement: "Only the holder writes." }],
    verdict: verdict(name),
    sweep: {
      param: "N",
      doc: "nodes",
      fixed: {},
      maxStates: 1000,
      points: [1, 2, 3].map((v) => ({ value: v, params: { N: v }, result: "ok" as const, distinctStates: 10 ** v, generatedStates: 3 * 10 ** v, depth: v + 2, elapsedMs: v, statesPerSecond: 1000 * v, invariant: null, command: `clusterspec check spec/${name}.cspec.ts --param N=${v} --no-liveness` })),
      reason: null,
    },
    throughput: {
      params: { N: 2 },
      rows: [
        { implementation: "spec", workers: 1, file: `spec/${name}.cspec.ts`, measured: true, reason: null, runs: 1, distinctStates: 100, elapsedMs: 10, cpuMs: 9, statesPerSecond: 10_000, medianStatesPerSecond: 10_000, bytesPerState: 18.5, peakRssBytes: 150 << 20, command: "clusterspec check spec/pair.cspec.ts --workers 1", memoryCommand: "node --import tsx src/report/measureOnce.ts spec/pair.cspec.ts 1" },
        { implementation: "machine", workers: 1, file: null, measured: false, reason: "no generated machine", runs: 0, distinctStates: null, elapsedMs: null, cpuMs: null, statesPerSecond: null, medianStatesPerSecond: null, bytesPerState: null, peakRssBytes: null, command: "clusterspec check generated/pair/machine.ts --workers 1", memoryCommand: "node --import tsx src/report/measureOnce.ts generated/pair/machine.ts 1" },
      ],
    },
    mutants: [],
  };
}

export function fixedReport(sections: SpecSection[] = [fixedSection()]): Report {
  return {
    format: REPORT_FORMAT,
    generatedAt: "2026-01-01T00:00:00.000Z",
    quick: true,
    command: "clusterspec report --quick",
    elapsedMs: 1234,
    environment: { cpuModel: "Test CPU", cores: 2, memoryBytes: 8 * 2 ** 30, platform: "Linux test x64", loadAverage: [1, 1, 1], node: "v20.0.0", clusterspec: "0.1.0", gitCommit: "0123456789abcdef0123456789abcdef01234567", gitDirty: false },
    specs: sections,
    conformance: {
      families: [{ family: "pair", measured: false, reason: "no adapter", seeds: 0, ticks: 0, validatedSteps: null, validatedStepsPerSecond: null, modelBasedRuns: 0, drivenSteps: null, drivenStepsPerSecond: null, falseAlarms: null, falseAlarmCommands: [], command: "npx tsx bench/conformance/sweep.ts --seeds 50 --family pair" }],
      bugs: [
        { bug: "PR-1", family: "pair", description: "drops the token", breaks: "P-1", status: "killed", check: "replay", seed: 1, steps: 9, seconds: 0.05, reason: null, command: "clusterspec replay t.itf.json --bug PR-1" },
        { bug: "PR-2", family: "pair", description: "keeps two tokens", breaks: "P-1", status: "not-measured", check: null, seed: null, steps: null, seconds: null, reason: "no adapter", command: null },
      ],
      budgetMs: 10_000,
      command: "clusterspec mutants --budget 10s --runs 20",
    },
  };
}
