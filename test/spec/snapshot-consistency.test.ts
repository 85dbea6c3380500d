// snapshot-consistency: golden state count at default parameters, every invariant and liveness property, each
// DOMAIN.md mutant refuted with the expected invariant and counterexample length, and vacuity coverage.
import { beforeAll, describe, expect, it } from "vitest";
import { checkSpec, type CheckResult } from "../../src/checker/index.ts";
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type ScState } from "../../spec/snapshot-consistency.cspec.ts";
import m1 from "../../spec/mutants/sn-m1.cspec.ts";
import m2 from "../../spec/mutants/sn-m2.cspec.ts";
import m3 from "../../spec/mutants/sn-m3.cspec.ts";
import m4 from "../../spec/mutants/sn-m4.cspec.ts";
import m5 from "../../spec/mutants/sn-m5.cspec.ts";
import { subsequence } from "./subsequence.ts";

/** Extra mutant: the incremental transfer reads the live disk instead of S2. */
const transferFromLiveDisk = extendSpec(base, {
  name: "sn-x-live-disk",
  description: "Transfer copies the live disk's blocks in C instead of S2's.",
  actions: {
    Transfer: {
      apply: (s: ScState): ScState => {
        const bkp = { ...s.bkp };
        for (const b of s.C) bkp[b] = s.vol[b];
        return { ...s, bkp, incr: true, phase: "done" };
      },
    },
  },
});

const mutants = {
  "sn-m1": { spec: m1, breaks: "SC-1", length: 5, actions: ["ReadStart", "Publish", "Overwrite", "ReadVolume"] },
  "sn-m2": { spec: m2, breaks: "SC-2", length: 2, actions: ["Copy", "Overwrite"] },
  "sn-m3": { spec: m3, breaks: "SC-3", length: 4, actions: ["Copy", "Publish", "Overwrite", "Overflow"] },
  "sn-m4": { spec: m4, breaks: "SC-4", length: 6, actions: ["Snap1", "Complete", "Snap2", "Query"] },
  "sn-m5": { spec: m5, breaks: "SC-6", length: 5, actions: ["Snap1", "FullBackup", "TrackerReset", "Query"] },
  "sn-x-live-disk": { spec: transferFromLiveDisk, breaks: "SC-5", length: 9, actions: ["Snap2", "Complete", "Query", "Transfer"] },
} as const;

/** Vacuity: every invariant is refuted by a mutant, and the states it constrains are witnessed. */
const coverage: Record<string, { mutant: keyof typeof mutants; witness: string }> = {
  "SC-1": { mutant: "sn-m1", witness: "cowRaceResolved" },
  "SC-2": { mutant: "sn-m2", witness: "publishedAndOverwritten" },
  "SC-3": { mutant: "sn-m3", witness: "invalidatedOnOverflow" },
  "SC-4": { mutant: "sn-m4", witness: "remoteWriteInC" },
  "SC-5": { mutant: "sn-x-live-disk", witness: "incrementalEqualsS2" },
  "SC-6": { mutant: "sn-m5", witness: "resetForcesFull" },
};

/** Each liveness property fails once the fair action it relies on loses fairness (so none holds vacuously). */
const livenessNeeds: Record<string, string> = { readsComplete: "Recheck", cowCompletes: "Overwrite", backupCompletes: "Transfer" };

describe("snapshot-consistency spec", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkSpec(base, { strict: true, workers: 1 });
  });

  it("checks exhaustively at default parameters (strict): golden count, safety and liveness", () => {
    expect(result.result).toBe("ok");
    expect(result.distinctStates).toBe(54185);
    expect(result.liveness?.map((l) => [l.name, l.holds])).toEqual([
      ["readsComplete", true],
      ["cowCompletes", true],
      ["backupCompletes", true],
    ]);
  });

  it("reaches every witness, including the COW race resolved by the re-check and an incremental equal to S2", () => {
    for (const w of result.witnesses) expect(w.count, w.name).toBeGreaterThan(0);
    const depth = Object.fromEntries(result.witnesses.map((w) => [w.name, w.firstDepth]));
    expect(depth).toMatchObject({ cowRaceResolved: 6, incrementalEqualsS2: 7 });
  });

  it("covers every invariant with a refuting mutant and a witness", () => {
    const ids = Object.values(base.invariants!).map((i) => i.id);
    expect(Object.keys(coverage).sort()).toEqual([...ids].sort());
    for (const [id, c] of Object.entries(coverage)) {
      expect(mutants[c.mutant].breaks, id).toBe(id);
      expect(result.witnesses.find((w) => w.name === c.witness)?.count, id).toBeGreaterThan(0);
    }
  });

  for (const [name, m] of Object.entries(mutants))
    it(`${name} breaks ${m.breaks} with a ${m.length}-step counterexample`, async () => {
      const r = await checkSpec(m.spec, { strict: true, workers: 1, liveness: false });
      expect(r.result).toBe("violation");
      expect(r.violation?.invariantId).toBe(m.breaks);
      expect(r.violation!.trace.length - 1).toBe(m.length);
      expect(subsequence(r.violation!.trace.map((t) => t.action), m.actions), r.violation!.trace.map((t) => t.action).join(" ")).toBe(true);
    });

  for (const [prop, action] of Object.entries(livenessNeeds))
    it(`${prop} needs weak fairness of ${action}`, async () => {
      const unfair = extendSpec(base, { name: `sn-unfair-${action}`, fairness: base.fairness!.filter((a) => a !== action) });
      const r = await checkSpec(unfair, { workers: 1 });
      expect(r.liveness?.find((l) => l.name === prop)?.holds).toBe(false);
    });
});
