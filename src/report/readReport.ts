/**
 * Reading a report file back: read, parse, check the format version, then decode with the Effect schema. Every
 * failure is a CS30x error naming the file and, for schema mismatches, each offending path.
 */
import { readFileSync } from "node:fs";
import { Schema } from "effect";
import { ClusterspecError } from "../core/errors.ts";
import { REPORT_FORMAT, Report } from "./schema.ts";

const decode = Schema.decodeUnknownExit(Report);

/** The schema's issues as lines (`Expected number` / `at ["specs"][0]["verdict"]`), merged per issue. */
function issuesOf(e: unknown): string[] {
  const text = String((e as { message?: string })?.message ?? e);
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*at /.test(line) && out.length > 0) out[out.length - 1] += ` ${line.trim()}`;
    else if (line.trim()) out.push(line.trim());
  }
  return out;
}

/** Validates parsed JSON as a `clusterspec-report/1` document; `file` is only for messages. */
export function decodeReport(json: unknown, file = "report"): Report {
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === "string" && format !== REPORT_FORMAT && format.startsWith("clusterspec-report/"))
    throw new ClusterspecError({
      code: "CS303",
      message: `Report ${file} has format ${format}; this clusterspec reads ${REPORT_FORMAT}.`,
      where: { file, format },
      hint: "Regenerate the report with this version (`clusterspec report`), or use the clusterspec version that wrote it.",
    });
  try {
    return Schema.decodeUnknownSync(Report)(json, { errors: "all" });
  } catch (e) {
    const issues = issuesOf(e);
    throw new ClusterspecError({
      code: "CS302",
      message: `Report ${file} does not match the ${REPORT_FORMAT} schema (${issues.length} issue${issues.length === 1 ? "" : "s"}): ${issues.slice(0, 5).join("; ")}${issues.length > 5 ? "; …" : ""}`,
      where: { file },
      hint: ["The schema is src/report/schema.ts; `clusterspec report --schema` prints it as JSON Schema.", "A report written by `clusterspec report` always matches; was the file edited by hand?"],
    });
  }
}

export const isReport = (u: unknown): u is Report => decode(u)._tag === "Success";

export function readReportFile(file: string): Report {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ClusterspecError({
      code: "CS300",
      message: `Report file ${file} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
      where: { file },
      hint: "Pass the report.json that `clusterspec report` wrote (default reports/latest/report.json).",
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ClusterspecError({ code: "CS301", message: `Report file ${file} is not JSON: ${(e as Error).message}.`, where: { file }, hint: "Pass report.json, not report.md or report.html." });
  }
  return decodeReport(json, file);
}
