// single-owner: golden state count at default parameters, every invariant and liveness property, each
// DOMAIN.md mutant refuted with the expected invariant and counterexample length, and vacuity coverage.
import { describe, expect, it } from "vitest";
import { checkSpec, type CheckResult } from "../../src/checker/index.ts";
import { extendSpec, type Spec } from "../../src/dsl/index.ts";
import base, { migOnlineGuard, type NodeId, type SoState } from "../../spec/single-owner.cspec.ts";
import m1 from "../../spec/mutants/so-m1.cspec.ts";
import m2 from "../../spec/mutants/so-m2.cspec.ts";
import m3 from "../../spec/mutants/so-m3.cspec.ts";
import m4 from "../../spec/mutants/so-m4.cspec.ts";
import m5 from "../../spec/mutants/so-m5.cspec.ts";

const rejoinBase = base.actions.rejoin!.apply;

// Extra mutant-like variants proving the invariants no DOMAIN mutant reports first can fail.
const extra = {
  /** SO-M1 without SO-2 judged: the fenced owner's received metadata write lands under the new holder. */
  "so-m1-meta": extendSpec(m1, { name: "so-m1-meta", invariants: { fencedNoWrite: null } }),
  /** SO-M3 without SO-1 judged: the destination onlines before the source's offline completes. */
  "so-m3-order": extendSpec(m3, { name: "so-m3-order", invariants: { singleOnline: null } }),
  /** A taken-over node keeps its NV log on rejoin and later replays it. */
  "so-x-keep-nvlog": extendSpec(base, {
    name: "so-x-keep-nvlog",
    actions: { rejoin: { apply: (s: SoState, a: { n: NodeId }, ctx) => ({ ...rejoinBase(s, a, ctx), nvlog: s.nvlog, staleLog: s.staleLog }) } },
  }),
  /** The owner recalls a lease without waiting for the holder's direct writes to drain. */
  "so-x-recall-nodrain": extendSpec(base, { name: "so-x-recall-nodrain", actions: { recallLease: { guard: (s: SoState, { n }: { n: NodeId }) => s.lease[n] } } }),
  /** The migration guard before F=3 exposed it: a source that crashed mid-offline had its unmirrored ack lost. */
  "so-x-mig-unsynced": extendSpec(base, {
    name: "so-x-mig-unsynced",
    actions: { migOnline: { guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.mig === "mapUpdated" && s.mapOwner === n && s.cache[n] === n && s.obj[s.migSrc] === "offline" && !s.chal[n] } },
  }),
  /** A device whose power cycle does not reset PRgeneration. */
  "so-x-gen-kept": extendSpec(base, { name: "so-x-gen-kept", actions: { devicePowerCycle: { apply: (s: SoState) => ({ ...s, faults: s.faults + 1, genOps: 0 }) } } }),
} satisfies Record<string, Spec>;

const mutants: Record<string, { spec: Spec; breaks: string; length: number; params?: Record<string, number> }> = {
  "so-m1": { spec: m1, breaks: "SO-2", length: 6 },
  "so-m2": { spec: m2, breaks: "SO-3", length: 6 },
  "so-m3": { spec: m3, breaks: "SO-1", length: 4 },
  "so-m4": { spec: m4, breaks: "SO-5", length: 4 },
  "so-m5": { spec: m5, breaks: "SO-7", length: 6 },
  "so-m1-meta": { spec: extra["so-m1-meta"], breaks: "SO-4", length: 6 },
  "so-m3-order": { spec: extra["so-m3-order"], breaks: "SO-6", length: 4 },
  "so-x-keep-nvlog": { spec: extra["so-x-keep-nvlog"], breaks: "SO-8", length: 11, params: { F: 2 } },
  "so-x-recall-nodrain": { spec: extra["so-x-recall-nodrain"], breaks: "SO-9", length: 4 },
  "so-x-gen-kept": { spec: extra["so-x-gen-kept"], breaks: "SO-10", length: 4, params: { F: 2 } },
};

/** Vacuity: every invariant is refuted by a mutant (or its constrained states are witnessed). */
const coverage: Record<string, { mutant: string } | { witness: string }> = {
  "SO-1": { mutant: "so-m3" },
  "SO-2": { mutant: "so-m1" },
  "SO-3": { mutant: "so-m2" },
  "SO-4": { mutant: "so-m1-meta" },
  "SO-5": { mutant: "so-m4" },
  "SO-6": { mutant: "so-m3-order" },
  "SO-7": { mutant: "so-m5" },
  "SO-8": { mutant: "so-x-keep-nvlog" },
  "SO-9": { mutant: "so-x-recall-nodrain" },
  "SO-10": { mutant: "so-x-gen-kept" },
};

describe("single-owner spec", () => {
  let result: CheckResult;
  it("checks exhaustively at default parameters (strict): golden count, safety and liveness", async () => {
    result = await checkSpec(base, { strict: true });
    expect(result.result).toBe("ok");
    expect(result.distinctStates).toBe(102441);
    expect(result.liveness?.map((l) => [l.id, l.holds])).toEqual([
      ["SO-L1", true],
      ["SO-L2", true],
      ["SO-L3", true],
    ]);
  });

  it("reaches every witness: takeover after a crash, completed migration, failover with a synced log, ...", () => {
    for (const w of result.witnesses) expect(w.count, w.name).toBeGreaterThan(0);
  });

  it("declares every SO invariant by id and covers each", () => {
    const ids = Object.values(base.invariants ?? {}).map((i) => i.id);
    expect(ids).toEqual(["SO-1", "SO-2", "SO-3", "SO-4", "SO-5", "SO-6", "SO-7", "SO-8", "SO-9", "SO-10"]);
    expect(Object.keys(coverage)).toEqual(ids);
  });

  for (const [name, m] of Object.entries(mutants)) {
    it(`${name} breaks ${m.breaks} with a counterexample of ${m.length} steps`, async () => {
      const r = await checkSpec(m.spec, { liveness: false, ...(m.params ? { params: m.params } : {}) });
      expect(r.result).toBe("violation");
      expect(r.violation?.invariantId).toBe(m.breaks);
      expect(r.violation!.trace.length - 1).toBe(m.length);
    });
  }

  // Regression (found by `check --param F=3`): interconnect down, ack (n1's NVRAM only), migration verified and the
  // map moved, n1 crashes mid-offline; the destination must not online o without the ack on disk or in its mirror.
  it("a migration whose source crashed before draining waits for a synced log (the F=3 counterexample)", async () => {
    const r = await checkSpec(extra["so-x-mig-unsynced"], { liveness: false, params: { F: 3 } });
    expect(r.violation?.invariantId).toBe("SO-7");
    const trace = r.violation!.trace;
    const at = trace.findIndex((st) => st.action === "migOnline");
    expect(at).toBeGreaterThan(0);
    // Trace states are JSON-friendly (sets as sorted arrays); every top-level array of SoState is a set.
    const json = trace[at - 1]!.state as Record<string, unknown>;
    const before = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v])) as unknown as SoState;
    const n = before.mapOwner;
    expect(before.obj[before.migSrc]).toBe("offline");
    expect(before.up[before.migSrc]).toBe(false);
    expect(migOnlineGuard(before, { n })).toBe(false);
  }, 120_000);

  it("covers every invariant by a mutant that breaks it or a witness", () => {
    for (const [id, c] of Object.entries(coverage)) {
      if ("mutant" in c) expect(mutants[c.mutant]?.breaks, id).toBe(id);
      else expect(result.witnesses.find((w) => w.name === c.witness)?.count, id).toBeGreaterThan(0);
    }
  });
});
