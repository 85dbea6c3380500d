import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import { renderViolation } from "../../src/cli/render.ts";
import constrained from "../fixtures/constrained.cspec.ts";
import { explore } from "./reference.ts";

const FILE = "test/fixtures/constrained.cspec.ts";

describe("state constraints (TLC's CONSTRAINT)", () => {
  for (const SUM of [1, 4, 7])
    it(`counts what TLC counts: SUM=${SUM}`, async () => {
      // By hand: pairs with x + y <= SUM (T of them); `last` is "x" for x >= 1 and "y" for y >= 1, any pair; Reset
      // adds (0, 0) with last "x" or "y"; (0, 0, none) is initial. Each stored state generates IncX and IncY, and
      // Reset on the line x + y = SUM (2·SUM states); both initial states count as generated.
      const T = ((SUM + 1) * (SUM + 2)) / 2;
      const distinct = 2 * (T - (SUM + 1)) + 3;
      const generated = 2 + 2 * distinct + 2 * SUM;
      expect(explore(constrained, { SUM, BUG: false })).toEqual({ distinct, generated });
      const ref = { distinct, generated };
      for (const workers of [1, 2]) {
        const r = await checkSpec(constrained, { params: { SUM }, workers, file: FILE, awaitWorkers: true });
        expect([r.result, r.distinctStates, r.generatedStates]).toEqual(["ok", ref.distinct, ref.generated]);
      }
    });

  it("a state constraint that throws is reported (CS261)", async () => {
    const { extendSpec } = await import("../../src/dsl/index.ts");
    const bad = extendSpec(constrained, { name: "bad-constraint", constraint: () => { throw new Error("boom"); } });
    await expect(checkSpec(bad, {})).rejects.toMatchObject({ code: "CS261" });
  });
});

describe("action properties (transitions)", () => {
  it("hold on every explored step of the correct model", async () => {
    const r = await checkSpec(constrained, { params: { SUM: 4 } });
    expect(r.result).toBe("ok");
  });

  for (const workers of [1, 2])
    it(`end the counterexample in the offending step (${workers} worker${workers > 1 ? "s" : ""})`, async () => {
      const ref = explore(constrained, { SUM: 4, BUG: true });
      expect(ref.transitionViolation).toEqual({ name: "monotone", states: 3 });
      const r = await checkSpec(constrained, { params: { SUM: 4, BUG: true }, workers, file: FILE, awaitWorkers: true });
      expect(r.result).toBe("violation");
      const v = r.violation!;
      expect([v.kind, v.invariant, v.invariantId, v.trace.length]).toEqual(["transition", "monotone", "C-T1", 3]);
      const [, before, after] = v.trace as unknown as Array<{ action: string; state: { x: number; y: number } }>;
      expect(after!.action).toBe("IncY");
      expect(after!.state.x).toBeLessThan(before!.state.x);
      expect(renderViolation(v, { shortest: true })).toContain("Action property monotone (C-T1) is violated.");
    });

  it("are checked by simulation too", async () => {
    const { compileModel } = await import("../../src/checker/index.ts");
    const { simulate } = await import("../../src/checker/simulate.ts");
    const r = simulate(compileModel(constrained, { params: { SUM: 4, BUG: true } }), { seed: 3, runs: 50, depth: 20 });
    expect(r.violation?.kind).toBe("transition");
    expect(r.violation!.trace.at(-1)!.action).toBe("IncY");
  });
});
