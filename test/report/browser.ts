// Test helper: open a report page in the Debian chromium package (driven by playwright-core, which downloads no
// browser), record console errors and every request, and save a screenshot.
//   npx tsx test/report/browser.ts reports/example/report.html reports/example/screenshot.png   (the README's)
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface PageVisit {
  readonly url: string;
  readonly consoleErrors: readonly string[];
  readonly pageErrors: readonly string[];
  /** Every request the page made (the document itself included), and those the route blocked. */
  readonly requests: readonly string[];
  readonly blocked: readonly string[];
  readonly dialogs: readonly string[];
}

/** Opens `file`, lets `inspect` read the page, saves a screenshot when asked. */
export async function visitReport<T>(file: string, inspect: (page: Page) => Promise<T>, screenshot?: { path: string; fullPage?: boolean }): Promise<PageVisit & { result: T }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1, offline: true });
    const page = await context.newPage();
    const url = pathToFileURL(resolve(file)).href;
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const requests: string[] = [];
    const blocked: string[] = [];
    const dialogs: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
    page.on("pageerror", (e) => void pageErrors.push(e.message));
    page.on("request", (r) => void requests.push(r.url()));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Only the document itself may load; anything else is recorded and refused.
    await context.route("**/*", (route) => {
      if (route.request().url() === url) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: "load" });
    const result = await inspect(page);
    if (screenshot) await page.screenshot({ path: screenshot.path, fullPage: screenshot.fullPage ?? false });
    return { url, consoleErrors, pageErrors, requests, blocked, dialogs, result };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [html, png] = process.argv.slice(2);
  if (!html || !png) throw new Error("usage: npx tsx test/report/browser.ts <report.html> <screenshot.png>");
  const v = await visitReport(html, async () => null, { path: png });
  console.log(JSON.stringify({ screenshot: png, consoleErrors: v.consoleErrors, requests: v.requests, blocked: v.blocked }));
}
