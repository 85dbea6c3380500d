// Classic models of the TLA+ Examples collection (github.com/tlaplus/Examples), re-expressed in the DSL
// with the collection's constants: distinct and generated counts must equal TLC's (the manifests'
// "distinctStates" / "totalStates"), for one worker and for two.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSpec, type CheckResult } from "../../src/checker/index.ts";
import { extendSpec, type Spec } from "../../src/dsl/index.ts";
import tcommit from "../../spec/examples/tcommit.cspec.ts";
import twoPhase from "../../spec/examples/two-phase.cspec.ts";
import peterson from "../../spec/examples/peterson.cspec.ts";
import diningPhilosophers from "../../spec/examples/dining-philosophers.cspec.ts";
import ewd840 from "../../spec/examples/ewd840.cspec.ts";
import simpleAllocator from "../../spec/examples/simple-allocator.cspec.ts";
import cigaretteSmokers from "../../spec/examples/cigarette-smokers.cspec.ts";
import dieHard from "../../spec/examples/die-hard.cspec.ts";
import missionariesAndCannibals from "../../spec/examples/missionaries-and-cannibals.cspec.ts";

const fileOf = (name: string) => fileURLToPath(new URL(`../../spec/examples/${name}.cspec.ts`, import.meta.url));

async function both(spec: Spec, name: string, params: Record<string, number> = {}, workers2 = true): Promise<CheckResult[]> {
  const one = await checkSpec(spec, { workers: 1, strict: true, params });
  if (!workers2) return [one];
  const two = await checkSpec(spec, { workers: 2, file: fileOf(name), params, awaitWorkers: true });
  return [one, two];
}

interface Row {
  readonly model: string;
  readonly file: string;
  readonly spec: Spec;
  readonly distinct: number;
  readonly generated: number;
  readonly params?: Record<string, number>;
  /** Liveness properties the spec declares, all expected to hold. */
  readonly liveness?: readonly string[];
  /** Only the 1-worker run (for the extra, non-table configuration). */
  readonly oneWorkerOnly?: boolean;
}

// Counts from each model's manifest.json in tlaplus/Examples (TLC, no symmetry).
const rows: readonly Row[] = [
  { model: "transaction_commit/TCommit (RM = {r1,r2,r3})", file: "tcommit", spec: tcommit, distinct: 34, generated: 94 },
  { model: "transaction_commit/TwoPhase (RM = {r1,r2,r3})", file: "two-phase", spec: twoPhase, distinct: 288, generated: 1146 },
  { model: "locks_auxiliary_vars/Peterson", file: "peterson", spec: peterson, distinct: 42, generated: 77 },
  {
    model: "DiningPhilosophers (NP = 5)",
    file: "dining-philosophers",
    spec: diningPhilosophers,
    distinct: 67,
    generated: 336,
    liveness: [1, 2, 3, 4, 5].map((p) => `NobodyStarves_${p}`),
  },
  { model: "ewd840/EWD840 (N = 3)", file: "ewd840", spec: ewd840, distinct: 302, generated: 2001, liveness: ["Liveness"] },
  // The same spec with N = 4 gives the manifest's EWD840_json figures (EWD840.cfg's current constant).
  {
    model: "ewd840/EWD840 (N = 4)",
    file: "ewd840",
    spec: ewd840,
    distinct: 1566,
    generated: 15986,
    params: { N: 4 },
    liveness: ["Liveness"],
    oneWorkerOnly: true,
  },
  {
    model: "allocator/SimpleAllocator (Clients = {c1,c2,c3}, Resources = {r1,r2})",
    file: "simple-allocator",
    spec: simpleAllocator,
    distinct: 400,
    generated: 1633,
    liveness: ["c1", "c2", "c3"].map((c) => `ClientsWillReturn_${c}`),
  },
  { model: "CigaretteSmokers", file: "cigarette-smokers", spec: cigaretteSmokers, distinct: 6, generated: 15 },
];

describe("TLA+ Examples: counts equal TLC's", () => {
  for (const row of rows) {
    it(`${row.model}: ${row.distinct} distinct / ${row.generated} generated, ${row.oneWorkerOnly ? "1 worker" : "1 and 2 workers"}`, async () => {
      const results = await both(row.spec, row.file, row.params, !row.oneWorkerOnly);
      for (const r of results) {
        expect(r.result).toBe("ok");
        expect(r.violation).toBeUndefined();
        expect(r.distinctStates).toBe(row.distinct);
        expect(r.generatedStates).toBe(row.generated);
        if (row.liveness) expect(r.liveness).toEqual(row.liveness.map((name) => ({ name, holds: true })));
        else expect(r.liveness).toBeUndefined();
      }
      expect(results.map((r) => r.workers)).toEqual(row.oneWorkerOnly ? [1] : [1, 2]);
      expect(results[0]!.symmetry).toBe(false);
    });
  }
});

describe("TLA+ Examples: puzzles solved by an invariant violation", () => {
  it("DieHard: NotSolved fails after 6 steps with 4 gallons in the big jug; 16 distinct states without it", async () => {
    for (const r of await both(dieHard, "die-hard")) {
      expect(r.result).toBe("violation");
      expect(r.violation?.kind).toBe("invariant");
      expect(r.violation?.invariant).toBe("NotSolved");
      expect(r.violation!.trace.length).toBe(7); // initial state + 6 steps
      expect(r.violation!.trace.at(-1)!.state).toMatchObject({ big: 4 });
    }
    const free = extendSpec(dieHard, { name: "die-hard-free", invariants: { NotSolved: null } });
    const r = await checkSpec(free, { workers: 1, strict: true });
    expect(r.result).toBe("ok");
    expect(r.distinctStates).toBe(16);
    // All six actions are enabled in every state: 1 initial + 16 × 6 successors.
    expect(r.generatedStates).toBe(1 + 16 * 6);
  });

  it("MissionariesAndCannibals: Solution fails after 11 crossings with everyone on the west bank; 64 distinct without it", async () => {
    for (const r of await both(missionariesAndCannibals, "missionaries-and-cannibals")) {
      expect(r.result).toBe("violation");
      expect(r.violation?.invariant).toBe("Solution");
      expect(r.violation!.trace.length).toBe(12); // initial state + 11 crossings
      expect(r.violation!.trace.at(-1)!.state).toMatchObject({ bank_of_boat: "W", who_is_on_bank: { E: [] } });
    }
    const free = extendSpec(missionariesAndCannibals, { name: "missionaries-and-cannibals-free", invariants: { Solution: null } });
    const r = await checkSpec(free, { workers: 1, strict: true });
    expect(r.result).toBe("ok");
    expect(r.distinctStates).toBe(64);
  });
});

describe("TLA+ Examples: the liveness checks can fail", () => {
  it("DiningPhilosophers without fairness: a philosopher may starve", async () => {
    const unfair = extendSpec(diningPhilosophers, { name: "dining-philosophers-unfair", fairness: [] });
    const r = await checkSpec(unfair, { workers: 1 });
    expect(r.result).toBe("violation");
    expect(r.violation?.kind).toBe("liveness");
    expect(r.liveness!.every((l) => !l.holds)).toBe(true);
  });

  it("EWD840 without WF(System): termination may never be detected", async () => {
    const unfair = extendSpec(ewd840, { name: "ewd840-unfair", fairness: [] });
    const r = await checkSpec(unfair, { workers: 1 });
    expect(r.result).toBe("violation");
    expect(r.violation?.invariant).toBe("Liveness");
  });
});
