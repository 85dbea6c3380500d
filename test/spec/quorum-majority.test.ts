// quorum-majority: golden state count at default parameters, every invariant and liveness property, each
// DOMAIN.md mutant refuted with the expected invariant and counterexample length, and vacuity coverage.
import { beforeAll, describe, expect, it } from "vitest";
import { checkSpec, type CheckResult } from "../../src/checker/index.ts";
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type MemberId, type NodeId, type QmState } from "../../spec/quorum-majority.cspec.ts";
import qm1 from "../../spec/mutants/qm-1.cspec.ts";
import qm2 from "../../spec/mutants/qm-2.cspec.ts";
import qm3 from "../../spec/mutants/qm-3.cspec.ts";
import qm4 from "../../spec/mutants/qm-4.cspec.ts";
import qm5 from "../../spec/mutants/qm-5.cspec.ts";
import { subsequence } from "./subsequence.ts";

const baseForm = base.actions.Form!;
/** Extra mutant: formation writes the new epoch only to its source member, not to a majority. */
const epochOnSourceOnly = extendSpec(base, {
  name: "qm-x-epoch-on-source",
  description: "Form writes epoch max+1 only to the source member, so a later formation can reuse it.",
  actions: {
    Form: {
      apply: (s: QmState, a: { n: NodeId; src: MemberId }, ctx) => {
        const out = baseForm.apply(s, a, ctx) as QmState;
        return s.twoNode ? out : { ...out, mep: { ...s.mep, [a.src]: out.mep[a.src] } };
      },
    },
  },
});

const mutants = {
  "qm-1": { spec: qm1, breaks: "Q-1", length: 6, actions: ["Form", "Form"] },
  "qm-2": { spec: qm2, breaks: "Q-3", length: 8, actions: ["Commit", "Crash", "Form"] },
  "qm-3": { spec: qm3, breaks: "Q-2", length: 3, actions: ["Acquire", "Pause", "Acquire"] },
  "qm-4": { spec: qm4, breaks: "Q-1", length: 6, actions: ["Grant", "Revoke", "Grant", "Partition"] },
  "qm-5": { spec: qm5, breaks: "Q-5", length: 8, actions: ["MemberDown", "Commit", "MemberUp", "Read"] },
  "qm-x-epoch-on-source": { spec: epochOnSourceOnly, breaks: "Q-4", length: 7, actions: ["Form", "Crash", "Form"] },
} as const;

/** Vacuity: every invariant is refuted by a mutant, and the states it constrains are witnessed. */
const coverage: Record<string, { mutant: keyof typeof mutants; witness: string }> = {
  "Q-1": { mutant: "qm-1", witness: "formation" },
  "Q-2": { mutant: "qm-3", witness: "stalledOwnerChallenged" },
  "Q-3": { mutant: "qm-2", witness: "ackedThenReformed" },
  "Q-4": { mutant: "qm-x-epoch-on-source", witness: "reformedHigher" },
  "Q-5": { mutant: "qm-5", witness: "staleMemberReachable" },
};

/** Each liveness property fails once the fair action it relies on loses fairness (so none holds vacuously). */
const livenessNeeds: Record<string, string> = { formsWithMajority: "Form", survivorTakesOver: "Acquire", reconciles: "Reconcile" };

describe("quorum-majority spec", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkSpec(base, { strict: true, workers: 1 });
  });

  it("checks exhaustively at default parameters (strict): golden count, safety and liveness", () => {
    expect(result.result).toBe("ok");
    expect(result.distinctStates).toBe(2810);
    expect(result.liveness?.map((l) => [l.name, l.holds])).toEqual([
      ["formsWithMajority", true],
      ["survivorTakesOver", true],
      ["reconciles", true],
    ]);
  });

  it("reaches every witness, including a survivor takeover and a lone survivor with the device vote", () => {
    for (const w of result.witnesses) expect(w.count, w.name).toBeGreaterThan(0);
    const depth = Object.fromEntries(result.witnesses.map((w) => [w.name, w.firstDepth]));
    expect(depth).toMatchObject({ formation: 1, loneSurvivorWithDevice: 3, survivorTakeover: 7 });
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
      const unfair = extendSpec(base, { name: `qm-unfair-${action}`, fairness: base.fairness!.filter((a) => a !== action) });
      const r = await checkSpec(unfair, { workers: 1 });
      expect(r.liveness?.find((l) => l.name === prop)?.holds).toBe(false);
    });
});
