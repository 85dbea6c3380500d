/** Invariant benchmark reports: measure, write (JSON, Markdown, HTML), read back, compare. */
export { makeReport, type MakeReportOptions } from "./makeReport.ts";
export { writeReport, type WrittenReport } from "./writeReport.ts";
export { readReportFile, decodeReport, isReport } from "./readReport.ts";
export { renderMarkdown } from "./renderMarkdown.ts";
export { renderHtml } from "./renderHtml.ts";
export { renderMermaid } from "./mermaid.ts";
export { toCounterexample } from "./counterexample.ts";
export { REPORT_FORMAT, Report as ReportSchema } from "./schema.ts";
export type { Report, SpecSection, Counterexample, MutantRow, BugRow, ThroughputRow, SweepPoint } from "./schema.ts";
export type { ReportProgress } from "./progress.ts";
export { QUICK_BUDGET, FULL_BUDGET, DEFAULT_SPECS, planSweep, type ReportBudget, type SweepPlan } from "./plan.ts";
export { compareReports, DEFAULT_THRESHOLD, DEFAULT_MIN_MS, type CompareOptions, type ReportChange, type ReportComparison } from "./compare.ts";
