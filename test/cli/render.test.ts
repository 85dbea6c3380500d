import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import { defineSpec, t } from "../../src/dsl/index.ts";
import { renderCheck, renderViolation } from "../../src/cli/render.ts";
import { runCli } from "./run.ts";

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");

/** x walks 0 → 1 → 2 → 1 → 2 … (a cycle through 1 and 2) and never reaches 3, or stops at 0 when STOP. */
const walker = (stop: boolean) =>
  defineSpec({
    name: stop ? "stopper" : "walker",
    description: "A lasso to render.",
    state: () => t.struct({ x: t.int(0, 3) }),
    init: () => ({ x: 0 }),
    actions: {
      Step: { guard: (s) => !stop && s.x < 2, apply: (s) => ({ x: s.x + 1 }) },
      Back: { guard: (s) => s.x === 2, apply: () => ({ x: 1 }) },
    },
    liveness: { three: { kind: "eventually", statement: "x reaches 3.", check: (s) => s.x === 3 } },
    fairness: ["Step", "Back"],
    deadlock: false,
  });

describe("renderViolation", () => {
  it("puts the loop marker after the state the cycle returns to", async () => {
    const r = await checkSpec(walker(false), {});
    const v = r.violation!;
    // The JSON loopStart is the state the cycle returns to: the last state equals it.
    expect(v.trace[v.loopStart!]!.state).toEqual(v.trace.at(-1)!.state);
    const lines = plain(renderViolation(v, { shortest: false })).split("\n");
    const marker = lines.findIndex((l) => l.includes("the cycle starts"));
    expect(marker).toBeGreaterThan(0);
    // The line above the marker is step loopStart; every step below it belongs to the cycle.
    expect(lines[marker - 1]).toMatch(new RegExp(`^\\s+${v.loopStart}\\. `));
    expect(lines.slice(marker + 1).filter((l) => /^\s+\d+\. /.test(l))).toHaveLength(v.trace.length - 1 - v.loopStart!);
    expect(lines.join("\n")).not.toContain("shortest");
  });

  it("shows a stuttering end without a loop marker", async () => {
    const r = await checkSpec(walker(true), {});
    const v = r.violation!;
    expect(v.loopStart).toBe(v.trace.length - 1);
    const text = plain(renderViolation(v, { shortest: false }));
    expect(text).toContain("(the last state stutters forever)");
    expect(text).not.toContain("---");
  });

  it("calls only breadth-first safety counterexamples shortest", async () => {
    const counter = (await import("../fixtures/counter.cspec.ts")).default;
    const bfs = await checkSpec(counter, { params: { LIMIT: 4 } });
    expect(plain(renderCheck(bfs, "x"))).toContain("a shortest one");
    const dfs = await checkSpec(counter, { params: { LIMIT: 4 }, strategy: "dfs" });
    expect(plain(renderCheck(dfs, "x"))).not.toContain("shortest");
    const live = await checkSpec(walker(false), {});
    expect(plain(renderCheck(live, "x"))).not.toContain("shortest");
  });

  it("does not call a simulated trace shortest", async () => {
    const r = await runCli("simulate", "test/fixtures/counter.cspec.ts", "--param", "LIMIT=4", "--seed", "1");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Counterexample (");
    expect(r.stdout).not.toContain("shortest");
  });
});
