import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/renderHtml.ts";
import { fixedReport, fixedSection } from "./fixture.ts";

describe("renderHtml", () => {
  it("is one self-contained page: inline style and SVG charts, no script, a CSP that forbids every load", async () => {
    const page = await renderHtml(fixedReport());
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(page).not.toMatch(/<script|<link|\bsrc=/i);
    // The only url() references are the charts' own clip paths, unique on the page.
    const refs = [...page.matchAll(/url\((#[^)]*)\)/g)].map((m) => m[1]!);
    for (const r of refs) expect(page).toContain(`id="${r.slice(1)}"`);
    const ids = [...page.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page.match(/<figure class="chart"/g)).toHaveLength(3); // growth, throughput, memory (no mutants in the fixture)
    expect(page).toContain('data-chart="chart-growth-1" data-points="3"');
    for (const id of ["summary", "environment", "overview", "conformance", "kill-matrix"]) expect(page).toContain(`data-section="${id}"`);
    expect(page).toContain("clusterspec check spec/pair.cspec.ts --param N=3 --no-liveness");
  });

  it("escapes every spec string, in text, attributes and charts", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const page = await renderHtml(fixedReport([{ ...fixedSection(evil), description: `"><script>alert(2)</script>` }]));
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<script");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain('data-spec="&lt;img src=x onerror=alert(1)&gt;"');
  });

  it("shows a counterexample as steps with participants and changed fields", async () => {
    const page = await renderHtml(fixedReport());
    expect(page).toContain('<span class="act">Send(n=n1, m=n2)</span><span class="who">n1 → n2</span><ul><li>holder: n1 → n2</li></ul>');
    expect(page).toContain("✗ P-1: Only the holder writes.");
  });
});
