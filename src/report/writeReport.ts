/** Writes a report's three files: report.json (the schema's document), report.md and report.html. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ClusterspecError } from "../core/errors.ts";
import { renderHtml } from "./renderHtml.ts";
import { renderMarkdown } from "./renderMarkdown.ts";
import type { Report } from "./schema.ts";

export interface WrittenReport {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

export async function writeReport(dir: string, report: Report): Promise<WrittenReport> {
  const files = { json: join(dir, "report.json"), markdown: join(dir, "report.md"), html: join(dir, "report.html") };
  const html = await renderHtml(report);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(files.json, JSON.stringify(report, null, 2) + "\n");
    writeFileSync(files.markdown, renderMarkdown(report));
    writeFileSync(files.html, html);
  } catch (e) {
    throw new ClusterspecError({
      code: "CS305",
      message: `Report directory ${dir} cannot be written: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
      where: { dir },
      hint: "Pass --out with a directory you can write to.",
    });
  }
  return files;
}
