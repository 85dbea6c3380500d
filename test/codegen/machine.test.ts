import { describe, expect, it } from "vitest";
import * as m from "../../generated/pr-ownership/machine.ts";

describe("generated machine (pr-ownership)", () => {
  it("steps from the initial state, and a disabled action is an error value naming the guard", () => {
    const [s0] = m.initialStates();
    expect(s0!.reg.size).toBe(0);
    expect(m.isEnabled(s0!, { type: "Reserve", n: 0 })).toBe(false);
    const r = m.step(s0!, { type: "Reserve", n: 0 });
    expect(r.status).toBe("disabled");
    if (r.status === "disabled") {
      expect(r.action).toBe("Reserve(n=0)");
      expect(r.guard).toContain("s.reg.has(n)");
    }
    const r1 = m.step(s0!, { type: "Register", n: 0 });
    expect(r1.status).toBe("ok");
    if (r1.status !== "ok") return;
    expect([...r1.state.reg]).toEqual([0]);
    expect(m.enabled(r1.state).map((a) => a.type)).toContain("Reserve");
    expect(m.violatedInvariants(r1.state)).toEqual([]);
  });

  it("encode/decode round-trips and fingerprints differ between different states", () => {
    const [s0] = m.initialStates();
    const w = new Uint32Array(m.words + 1);
    m.encode(s0!, w, 1);
    expect(m.decode(w, 1)).toEqual(s0);
    const r = m.step(s0!, { type: "Crash", n: 1 });
    if (r.status !== "ok") throw new Error("Crash(n=1) must be enabled initially");
    expect(m.fingerprint(r.state)).not.toEqual(m.fingerprint(s0!));
    expect(m.toItfState(r.state)).toMatchObject({ holder: { tag: "None" } });
  });

  it("names an unknown action instance with a CS211 error", () => {
    const [s0] = m.initialStates();
    expect(() => m.step(s0!, { type: "Register", n: 9 } as never)).toThrow(expect.objectContaining({ code: "CS211" }));
  });
});
