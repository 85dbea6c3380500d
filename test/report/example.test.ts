// The committed example report is a valid clusterspec-report/1 document, and the README's figures are its figures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/report/readReport.ts";
import { killSummary, specSummary } from "../../src/report/summary.ts";

describe("reports/example", () => {
  const r = readReportFile("reports/example/report.json");
  const readme = readFileSync("README.md", "utf8");

  it("was made by --quick with all three files and a screenshot", () => {
    expect(r.quick).toBe(true);
    expect(r.command).toBe("clusterspec report --quick --out reports/example");
    const md = readFileSync("reports/example/report.md", "utf8");
    const html = readFileSync("reports/example/report.html", "utf8");
    for (const s of r.specs) {
      expect(md).toContain(`## ${s.name}`);
      expect(html).toContain(`data-spec="${s.name}"`);
    }
    expect(readFileSync("reports/example/screenshot.png").subarray(1, 4).toString()).toBe("PNG");
  });

  it("the README quotes its figures", () => {
    const sums = r.specs.map(specSummary);
    for (const s of sums) expect(readme).toContain(s.distinctStates.toLocaleString("en-US"));
    const k = killSummary(r);
    expect(readme).toContain(`${k.killed}/${k.bugs} cluster bugs killed`);
    expect(readme).toContain(`${sums.reduce((n, s) => n + s.refuted, 0)}/${sums.reduce((n, s) => n + s.mutants, 0)} spec mutants refuted`);
    const so = sums.find((s) => s.name === "single-owner")!;
    expect(readme).toContain(`${so.machineSpeedup!.toFixed(2)}× on single-owner`);
  });
});
