// The report page in a real headless Chromium: builds the --quick report (as CI does), opens report.html offline and
// checks that it loads nothing, logs no error, draws every chart and has every section; saves a screenshot.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { failuresOf } from "../../src/cli/commands/report.ts";
import { decodeReport } from "../../src/report/readReport.ts";
import type { Report } from "../../src/report/schema.ts";
import { runCli } from "../cli/run.ts";
import { chromiumAvailable, CHROMIUM, visitReport } from "./browser.ts";

// Generous: the report takes about a minute of CPU, and a shared CI machine may give it a fraction of a core.
const BUILD_TIMEOUT = 900_000;

interface PageFacts {
  sections: string[];
  specs: string[];
  /** Per chart: data points, and data marks drawn with a visible size (a zero-width bar does not count). */
  charts: Array<{ id: string; points: number; marks: number; width: number; height: number }>;
  headings: string[];
  markup: number;
  text: string;
}

// Runs in the page (no DOM types in this project's compilation, hence the loose typing).
const facts = (): PageFacts => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = (globalThis as any).document;
  type El = { getAttribute(n: string): string | null; id: string; innerText: string; querySelector(s: string): El | null; querySelectorAll(s: string): El[]; getBoundingClientRect(): { width: number; height: number } };
  const all = (s: string, root: El = doc): El[] => [...root.querySelectorAll(s)];
  return {
    sections: all("[data-section]").map((e) => e.getAttribute("data-section")!),
    specs: all("[data-spec]").map((e) => e.getAttribute("data-spec")!),
    charts: all("figure.chart").map((f) => {
      const svg = f.querySelector("svg");
      const box = svg?.getBoundingClientRect();
      return { id: f.id, points: Number(f.getAttribute("data-points")), marks: svg ? all(".role-mark > *", svg).filter((m) => { const b = m.getBoundingClientRect(); return b.width >= 1 && b.height >= 1; }).length : 0, width: box?.width ?? 0, height: box?.height ?? 0 };
    }),
    headings: all("h2").map((e) => e.innerText),
    markup: all("img, script, iframe, object, embed, [onerror], [onload]").length,
    text: doc.body.innerText,
  };
};

describe("report.html in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-report-browser-"));
  let code = -1;
  let report: Report;

  beforeAll(async () => {
    expect(chromiumAvailable(), `${CHROMIUM} is missing: install the Debian chromium package (.ci/run does)`).toBe(true);
    const r = await runCli("report", "--quick", "--out", dir);
    code = r.code;
    if (code === 2) throw new Error(r.stderr);
    report = decodeReport(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")));
  }, BUILD_TIMEOUT);

  it("wrote a valid report and exits by its measured properties", () => {
    expect(report.quick).toBe(true);
    expect(report.specs.map((s) => s.name)).toEqual(["single-owner", "quorum-majority", "partition-in-time", "snapshot-consistency", "pr-ownership"]);
    expect(code).toBe(failuresOf(report).length > 0 ? 1 : 0);
  });

  it("loads nothing but itself, logs no error, draws every chart and shows every section", async () => {
    const shot = join(dir, "screenshot.png");
    const v = await visitReport(join(dir, "report.html"), (page) => page.evaluate(facts), { path: shot });
    expect(v.consoleErrors).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.blocked).toEqual([]);
    expect(v.requests).toEqual([v.url]);
    const f = v.result;
    expect(f.sections.filter((s) => s !== "spec")).toEqual(["summary", "environment", "overview", "conformance", "kill-matrix"]);
    expect(f.specs).toEqual(report.specs.map((s) => s.name));
    const growth = report.specs.filter((s) => s.sweep.points.length > 0).length;
    expect(f.charts.map((c) => c.id).sort()).toEqual(["chart-memory", "chart-mutants", "chart-throughput", ...report.specs.flatMap((s, i) => (s.sweep.points.length ? [`chart-growth-${i + 1}`] : []))].sort());
    expect(f.charts).toHaveLength(3 + growth);
    for (const c of f.charts) {
      expect(c.points, c.id).toBeGreaterThan(0);
      expect(c.marks, c.id).toBeGreaterThanOrEqual(c.points);
      expect(c.width * c.height, c.id).toBeGreaterThan(10_000);
    }
    for (const s of report.specs) expect(f.text).toContain(s.verdict.command);
    expect(f.markup).toBe(0);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
  });
});

describe("report.html escapes every spec string", () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-report-xss-"));

  beforeAll(async () => {
    const r = await runCli("report", "--quick", "--spec", "test/fixtures/xss.cspec.ts", "--out", dir);
    if (r.code === 2) throw new Error(r.stderr);
  }, BUILD_TIMEOUT);

  it("a spec named <img src=x onerror=alert(1)> renders as text, and nothing runs", async () => {
    const v = await visitReport(join(dir, "report.html"), (page) => page.evaluate(facts), { path: join(dir, "screenshot.png") });
    expect(v.dialogs).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    expect(v.blocked).toEqual([]);
    expect(v.result.markup).toBe(0);
    expect(v.result.headings.some((h) => h.startsWith("<img src=x onerror=alert(1)>"))).toBe(true);
    for (const s of ["<script>alert('description')</script>", "<iframe src=javascript:alert(4)></iframe> never reached", "<u>step</u>(by=<svg onload=alert(2)>)", "X-<1>"]) expect(v.result.text).toContain(s);
    const md = readFileSync(join(dir, "report.md"), "utf8");
    expect(md.replace(/`[^`\n]*`/g, "")).not.toMatch(/<(img|script|iframe|svg|u|a) /);
  });
});
