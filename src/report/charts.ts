/**
 * The report's charts: Vega-Lite specifications compiled and rendered to SVG strings by Vega when the report is
 * written, so the HTML page carries them inline and needs no script. Vega gets a loader that refuses every load:
 * all data is inline, and nothing may reach the network or the disk.
 */
import * as vega from "vega";
import { compile, type Config, type TopLevelSpec } from "vega-lite";
import type { Report, SpecSection } from "./schema.ts";

const refuse = () => Promise.reject(new Error("clusterspec report charts load nothing: all data is inline"));
const offlineLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as vega.Loader;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const config: Config = {
  font: FONT,
  background: "transparent",
  view: { stroke: null },
  axis: { labelColor: "#334155", titleColor: "#0f172a", gridColor: "#e2e8f0", domainColor: "#94a3b8", tickColor: "#94a3b8", labelFontSize: 11, titleFontSize: 12, titleFontWeight: 600 },
  legend: { labelColor: "#334155", titleColor: "#0f172a", labelFontSize: 11, labelLimit: 320, titleFontSize: 12, orient: "bottom", direction: "horizontal" },
  range: { category: ["#2563eb", "#f97316", "#059669", "#9333ea", "#dc2626", "#0891b2", "#ca8a04"] },
};

export interface Chart {
  /** Stable id (the HTML figure's id). */
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  /** How many data points the chart draws (the browser test expects at least one mark per chart). */
  readonly points: number;
  /** The commands that reproduce the figures drawn. */
  readonly commands: readonly string[];
}

let charts = 0;

/** Vega numbers its clip paths from 1 in every SVG; on one page they must be unique, or charts clip each other. */
const uniqueIds = (svg: string, prefix: string): string => svg.replace(/(\bid="|url\(#|href="#)([^"()]+)/g, (_m, a: string, id: string) => `${a}${prefix}-${id}`);

async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile({ ...spec, config } as TopLevelSpec).spec), { renderer: "none", loader: offlineLoader });
  try {
    return uniqueIds(await view.toSVG(), `c${++charts}`);
  } finally {
    view.finalize();
  }
}

/** State-space growth of one spec over its sweep: distinct and generated states per size, log scale. */
export async function growthChart(s: SpecSection, id: string): Promise<Chart | null> {
  const sw = s.sweep;
  if (sw.param === null || sw.points.length === 0) return null;
  const values = sw.points.flatMap((p) => [
    { size: String(p.value), states: p.distinctStates, kind: "distinct states" },
    { size: String(p.value), states: p.generatedStates, kind: "generated states" },
  ]);
  const svg = await toSvg({
    width: 300,
    height: 170,
    data: { values },
    mark: { type: "line", point: { size: 60, filled: true }, strokeWidth: 2 },
    encoding: {
      x: { field: "size", type: "ordinal", sort: null, title: `${sw.param} (${sw.doc || "parameter"})`, axis: { labelAngle: 0 } },
      y: { field: "states", type: "quantitative", scale: { type: "log" }, title: "states (log scale)", axis: { format: "~s" } },
      color: { field: "kind", type: "nominal", title: null },
    },
  });
  return { id, title: `State-space growth of ${s.name} over ${sw.param}`, svg, points: sw.points.length, commands: sw.points.map((p) => p.command) };
}

/** Distinct states/s per spec: interpreted spec and generated machine, 1 and 2 workers (measured rows only). */
export async function throughputChart(r: Report): Promise<Chart | null> {
  const rows = r.specs.flatMap((s) => s.throughput.rows.filter((t) => t.measured).map((t) => ({ spec: s.name, series: `${t.implementation}, ${t.workers} worker${t.workers > 1 ? "s" : ""}`, rate: t.statesPerSecond!, command: t.command })));
  if (rows.length === 0) return null;
  const svg = await toSvg({
    width: 520,
    height: { step: 12 },
    data: { values: rows },
    mark: { type: "bar", cornerRadiusEnd: 2 },
    encoding: {
      y: { field: "spec", type: "nominal", title: null, sort: null },
      yOffset: { field: "series", type: "nominal", sort: ["spec, 1 worker", "spec, 2 workers", "machine, 1 worker", "machine, 2 workers"] },
      x: { field: "rate", type: "quantitative", title: "distinct states per second", axis: { format: "~s" } },
      color: { field: "series", type: "nominal", title: null, sort: ["spec, 1 worker", "spec, 2 workers", "machine, 1 worker", "machine, 2 workers"] },
    },
  });
  return { id: "chart-throughput", title: "Distinct states per second", svg, points: rows.length, commands: rows.map((x) => x.command) };
}

/** Time to the first counterexample per spec mutant (refuted ones), with the counterexample's length. */
export async function mutantChart(r: Report): Promise<Chart | null> {
  const rows = r.specs.flatMap((s) => s.mutants.filter((m) => m.refuted).map((m) => ({ mutant: m.name, family: s.name, ms: Math.max(m.msToFirstCounterexample ?? 0, 0.1), steps: m.counterexampleLength ?? 0, command: m.command })));
  if (rows.length === 0) return null;
  // A log axis has no zero: bars start at a baseline below the fastest time.
  const base = 10 ** Math.floor(Math.log10(Math.min(...rows.map((x) => x.ms)) / 2));
  const svg = await toSvg({
    width: 520,
    height: { step: 16 },
    data: { values: rows },
    encoding: {
      y: { field: "mutant", type: "nominal", sort: null, title: null },
      x: { field: "ms", type: "quantitative", scale: { type: "log", domainMin: base }, title: "ms to first counterexample (log scale); label: counterexample steps" },
    },
    layer: [
      { mark: { type: "bar", cornerRadiusEnd: 2 }, encoding: { x2: { datum: base }, color: { field: "family", type: "nominal", title: null } } },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 10, color: "#334155" }, encoding: { text: { field: "steps", type: "quantitative", format: "d" } } },
    ],
  });
  return { id: "chart-mutants", title: "Time to the first counterexample per spec mutant", svg, points: rows.length, commands: rows.map((x) => x.command) };
}

/** Peak RSS per measured throughput row, against the distinct states of the run. */
export async function memoryChart(r: Report): Promise<Chart | null> {
  const rows = r.specs.flatMap((s) => s.throughput.rows.filter((t) => t.measured && t.peakRssBytes !== null).map((t) => ({ spec: s.name, series: `${t.implementation}, ${t.workers}w`, mib: t.peakRssBytes! / (1 << 20), command: t.memoryCommand })));
  if (rows.length === 0) return null;
  const svg = await toSvg({
    width: 520,
    height: { step: 12 },
    data: { values: rows },
    mark: { type: "bar", cornerRadiusEnd: 2 },
    encoding: {
      y: { field: "spec", type: "nominal", title: null, sort: null },
      yOffset: { field: "series", type: "nominal", sort: ["spec, 1w", "spec, 2w", "machine, 1w", "machine, 2w"] },
      x: { field: "mib", type: "quantitative", title: "peak resident memory of the measuring process (MiB)" },
      color: { field: "series", type: "nominal", title: null, sort: ["spec, 1w", "spec, 2w", "machine, 1w", "machine, 2w"] },
    },
  });
  return { id: "chart-memory", title: "Peak memory per run", svg, points: rows.length, commands: rows.map((x) => x.command) };
}

