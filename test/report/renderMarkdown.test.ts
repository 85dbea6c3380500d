import { describe, expect, it } from "vitest";
import { decodeReport } from "../../src/report/readReport.ts";
import { renderMarkdown } from "../../src/report/renderMarkdown.ts";
import { fixedReport, fixedSection } from "./fixture.ts";

describe("renderMarkdown", () => {
  const text = renderMarkdown(fixedReport());

  it("the fixture is a valid clusterspec-report/1 document", () => {
    expect(decodeReport(JSON.parse(JSON.stringify(fixedReport())))).toBeTruthy();
  });

  it("heads the report with the machine, Node, clusterspec version and commit", () => {
    expect(text).toContain("| Test CPU | 2 | 8.0 GiB | 1.00 / 1.00 / 1.00 | v20.0.0 | 0.1.0 | `0123456789ab` |");
  });

  it("renders the verdict, sweep and throughput tables with the command of each figure", () => {
    expect(text).toContain("| N=2 | **violation** | 12 | 30 | 4 | 3.5 ms | 3,428 | 10.5 + 8.0 | `clusterspec check spec/pair.cspec.ts --param N=2` |");
    expect(text).toContain("| 3 | ok | 1,000 | 3,000 | 5 | 3.0 ms | 3,000 | `clusterspec check spec/pair.cspec.ts --param N=3 --no-liveness` |");
    expect(text).toContain("| spec | 1 | 10,000 | 10,000 | 1 | 10 ms | 9.0 ms | 18.5 | 150 MiB | `clusterspec check spec/pair.cspec.ts --workers 1` |");
    expect(text).toContain("| machine | 1 | not measured: no generated machine |");
  });

  it("writes the counterexample as a mermaid block GitHub renders", () => {
    const block = text.slice(text.indexOf("```mermaid"), text.indexOf("```", text.indexOf("```mermaid") + 3) + 3);
    expect(block.split("\n")).toEqual([
      "```mermaid",
      "sequenceDiagram",
      "  participant P1 as n1",
      "  participant P2 as n2",
      "  Note over P1,P2: 1. Partition<br/>split: false → true",
      "  P1->>P2: 2. Send(n=n1, m=n2)",
      "  Note over P1,P2: holder: n1 → n2",
      "  P1->>P1: 3. Write(n=n1, b=1)",
      "  Note right of P1: disk.1: 0 → 1",
      "  Note over P1,P2: ✗ P-1 violated: Only the holder writes.",
      "```",
    ]);
  });

  it("shows unmeasured conformance and unkilled bugs as such, never as figures", () => {
    expect(text).toContain("| pair | not measured: no adapter | — | — | — | — |");
    expect(text).toContain("| PR-1 | pair | P-1 | **killed** | replay | 1 | 9 | 0.05 |");
    expect(text).toContain("| PR-2 | pair | P-1 | not measured (no adapter) | — | — | — | — | — |");
    expect(text).toContain("Cluster bugs: 1 killed, 0 not killed, 1 not measured (no conformance adapter) of 2");
  });

  it("escapes spec strings: no HTML, no table breaks", () => {
    const md = renderMarkdown(fixedReport([{ ...fixedSection("<img src=x onerror=alert(1)>"), description: "a | b <script>" }]));
    // Inside a code span (file names in commands) markup is literal text in CommonMark; everywhere else it is escaped.
    expect(md.replace(/`[^`\n]*`/g, "")).not.toMatch(/<img|<script/);
    expect(md).toContain("## &lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("a \\| b &lt;script&gt;");
  });
});
