// partition-in-time: golden state count at default parameters, every invariant and liveness property,
// each DOMAIN.md mutant refuted with the expected invariant and counterexample length, and vacuity coverage.
import { describe, expect, it } from "vitest";
import { checkSpec, type CheckResult } from "../../src/checker/index.ts";
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type NodeId, type PtState } from "../../spec/partition-in-time.cspec.ts";
import m1 from "../../spec/mutants/pt-m1.cspec.ts";
import m2 from "../../spec/mutants/pt-m2.cspec.ts";
import m3 from "../../spec/mutants/pt-m3.cspec.ts";
import m4 from "../../spec/mutants/pt-m4.cspec.ts";

/** Extra mutant: the sole survivor's TRUE flag goes to the write cache only; its next solo commit is unflagged. */
const cachedTrueFlag = extendSpec(base, {
  name: "pt-x-cached-true",
  description: "becomeSoleSurvivor caches its TRUE flag instead of writing it durably.",
  actions: {
    becomeSoleSurvivor: {
      apply: (s: PtState, { n }: { n: NodeId }) => {
        if (s.vote !== null && s.vote !== n) return { ...s, node: { ...s.node, [n]: { ...s.node[n], mode: "waiting" } } };
        const me = s.node[n];
        // Base: flag: true (durable). Here only the cache holds TRUE; the base's commit action judges the next solo commit.
        const next = { ...me, mode: "solo" as const, flagCache: true, epoch: me.epoch + 1 };
        return { ...s, node: { ...s.node, [n]: next }, vote: n, maxCommitted: Math.max(s.maxCommitted, next.epoch) };
      },
    },
  },
});
/** PT-M2 with PT-2 removed: shows PT-3 breaks in the same scenario (PT-2 is reported first otherwise). */
const m2OnlyPt3 = extendSpec(m2, { name: "pt-m2-pt3", invariants: { flagMeansLatest: null } });

const mutants = {
  "pt-m1": { spec: m1, breaks: "PT-1", length: 5 },
  "pt-m2": { spec: m2, breaks: "PT-2", length: 7 },
  "pt-m3": { spec: m3, breaks: "PT-2", length: 7 },
  "pt-m4": { spec: m4, breaks: "PT-1", length: 5 },
  "pt-m2-pt3": { spec: m2OnlyPt3, breaks: "PT-3", length: 7 },
  "pt-x-cached-true": { spec: cachedTrueFlag, breaks: "PT-4", length: 3 },
} as const;

/** Vacuity: every invariant is refuted by a mutant (or its constrained states are witnessed). */
const coverage: Record<string, { mutant: keyof typeof mutants } | { witness: string }> = {
  "PT-1": { mutant: "pt-m1" },
  "PT-2": { mutant: "pt-m3" },
  "PT-3": { mutant: "pt-m2-pt3" },
  "PT-4": { mutant: "pt-x-cached-true" },
};

describe("partition-in-time spec", () => {
  let result: CheckResult;
  it("checks exhaustively at default parameters (strict): golden count, safety and liveness", async () => {
    result = await checkSpec(base, { strict: true });
    expect(result.result).toBe("ok");
    expect(result.distinctStates).toBe(1234);
    expect(result.liveness?.every((l) => l.holds)).toBe(true);
    expect(result.liveness?.map((l) => l.name)).toEqual(["loneTrueRestarts", "connectedForm", "lostPeerResolves"]);
  });

  it("reaches every witness, including a refused start after partition in time", () => {
    for (const w of result.witnesses) expect(w.count, w.name).toBeGreaterThan(0);
    expect(result.witnesses.find((w) => w.name === "refusedStart")?.firstDepth).toBe(4);
  });

  it("declares every PT invariant by id", () => {
    const ids = Object.values(base.invariants ?? {}).map((i) => i.id);
    expect(ids).toEqual(["PT-1", "PT-2", "PT-3", "PT-4"]);
    expect(Object.keys(coverage).sort()).toEqual([...ids].sort());
  });

  for (const [name, m] of Object.entries(mutants)) {
    it(`${name} breaks ${m.breaks} with a counterexample of ${m.length} steps`, async () => {
      const r = await checkSpec(m.spec, { liveness: false });
      expect(r.result).toBe("violation");
      expect(r.violation?.invariantId).toBe(m.breaks);
      expect(r.violation!.trace.length - 1).toBe(m.length);
    });
  }

  it("covers every invariant by a mutant that breaks it or a witness", () => {
    for (const [id, c] of Object.entries(coverage)) {
      if ("mutant" in c) expect(mutants[c.mutant].breaks, id).toBe(id);
      else expect(result.witnesses.find((w) => w.name === c.witness)?.count, id).toBeGreaterThan(0);
    }
  });
});
