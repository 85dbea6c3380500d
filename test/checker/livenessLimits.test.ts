// Liveness runs within the run's limits: a state graph beyond --max-states (or the time left) ends in `limit`.
import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/check.ts";
import { defineSpec, ids, t } from "../../src/dsl/index.ts";

// Three interchangeable switches: 4 states under symmetry (how many are on), 8 without, which liveness needs.
const switches = defineSpec({
  name: "switches",
  description: "Switches turn on one by one.",
  sets: () => ({ S: ids("s", 3) }),
  state: ({ sets }) => t.struct({ on: t.record(sets.S, t.boolean) }),
  init: ({ sets }) => ({ on: Object.fromEntries(sets.S.map((k) => [k, false])) }),
  actions: { TurnOn: { over: { k: "S" }, guard: (s, { k }) => !s.on[k], apply: (s, { k }) => ({ on: { ...s.on, [k]: true } }) } },
  invariants: { any: { statement: "Trivially true.", check: () => true } },
  liveness: { allOn: { kind: "eventually", statement: "Every switch ends up on.", check: (s) => Object.values(s.on).every(Boolean) } },
  fairness: ["TurnOn"],
  symmetry: ["S"],
  deadlock: false,
});

describe("liveness under limits", () => {
  it("decides liveness when the graph fits", async () => {
    const r = await checkSpec(switches);
    expect(r).toMatchObject({ result: "ok", distinctStates: 4, liveness: [{ name: "allOn", holds: true }] });
  });
  it("a graph beyond --max-states is a limit, not an error", async () => {
    const r = await checkSpec(switches, { maxStates: 5 });
    expect(r.distinctStates).toBe(4);
    expect(r).toMatchObject({ result: "limit", limit: "states" });
    expect(r.liveness).toBeUndefined();
    expect(r.warnings.join(" ")).toContain("Liveness was not decided");
  });
  it("reports the liveness pass in the time", async () => {
    const r = await checkSpec(switches);
    expect(r.phases?.livenessMs).toBeGreaterThanOrEqual(0);
    expect(r.elapsedMs).toBe(r.phases!.exploreMs + r.phases!.livenessMs!);
  });
});
