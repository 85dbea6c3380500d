import { describe, expect, it } from "vitest";
import { renderMermaid } from "../../src/report/mermaid.ts";
import { toCounterexample } from "../../src/report/counterexample.ts";
import { pairSpec, pairViolation } from "./fixture.ts";

describe("renderMermaid", () => {
  it("draws a fixed counterexample: lifelines from node arguments, changed fields as notes, the invariant last", () => {
    expect(renderMermaid(toCounterexample(pairViolation, pairSpec), "pair")).toBe(
      [
        "sequenceDiagram",
        "  participant P1 as n1",
        "  participant P2 as n2",
        "  Note over P1,P2: 1. Partition<br/>split: false → true",
        "  P1->>P2: 2. Send(n=n1, m=n2)",
        "  Note over P1,P2: holder: n1 → n2",
        "  P1->>P1: 3. Write(n=n1, b=1)",
        "  Note right of P1: disk.1: 0 → 1",
        "  Note over P1,P2: ✗ P-1 violated: Only the holder writes.",
      ].join("\n"),
    );
  });

  it("keeps the participants and changes in the report data", () => {
    const cx = toCounterexample(pairViolation, pairSpec);
    expect(cx.steps.map((s) => s.participants)).toEqual([[], ["n1", "n2"], ["n1"]]);
    expect(cx.steps[2]!.changes).toEqual([{ path: "disk.1", before: 0, after: 1 }]);
    expect(cx.initial).toEqual(pairViolation.trace[0]!.state);
  });

  it("escapes what would end a statement or become markup, and marks a liveness cycle", () => {
    const cx = { ...toCounterexample(pairViolation, pairSpec), statement: "a; b # <img src=x>", loopStart: 1 };
    const text = renderMermaid(cx, "pair");
    expect(text).toContain("a#59; b #35; #60;img src=x#62;");
    expect(text).not.toMatch(/<img/);
    expect(text.split("\n").filter((l) => l.trim() === "loop cycle repeats forever" || l.trim() === "end")).toHaveLength(2);
  });

  it("uses one lifeline named after the spec when no step names a participant", () => {
    const cx = toCounterexample({ ...pairViolation, trace: pairViolation.trace.slice(0, 2) }, pairSpec);
    expect(renderMermaid(cx, "pair <x>").split("\n").slice(0, 3)).toEqual(["sequenceDiagram", "  participant S as pair #60;x#62;", "  S->>S: 1. Partition"]);
  });
});
