// README "Generated machines" shows this file verbatim (test/codegen/readme.test.ts keeps them equal).
import { describe, expect, it } from "vitest";
import * as pr from "../../generated/pr-ownership/machine.ts";

describe("the pr-ownership machine as a test oracle", () => {
  it("registers and reserves node 0, which then writes; node 1 cannot", () => {
    const [s0] = pr.initialStates();
    const steps: pr.Action[] = [
      { type: "Register", n: 0 },
      { type: "Reserve", n: 0 },
      { type: "Write", n: 0, b: 1, v: 1 },
    ];
    let s = s0!;
    for (const a of steps) {
      const r = pr.step(s, a);
      if (r.status !== "ok") throw new Error(r.message);
      s = r.state;
    }
    expect(s.holder).toBe(0);
    expect(s.disk[1]).toBe(1);
    expect(pr.violatedInvariants(s)).toEqual([]);

    const refused = pr.step(s, { type: "Write", n: 1, b: 0, v: 1 });
    expect(refused).toMatchObject({ status: "disabled", action: "Write(n=1, b=0, v=1)" });
    expect(pr.enabled(s)).toContainEqual({ type: "Crash", n: 0 });
    expect(pr.fingerprint(s)).not.toEqual(pr.fingerprint(s0!));
  });
});
