/**
 * The conformance part of `clusterspec generate`: for a spec with an adapter — a built-in family with its
 * reference-cluster adapter, or any spec `X.cspec.ts` with an adapter module `X.adapter.ts` beside it — the covering
 * traces as ITF files under `<out>/<spec>/traces/` and a vitest suite `<out>/<spec>/<spec>.conformance.test.ts`
 * built with ts-morph. Deterministic (same spec, same bytes), headed "do not edit", so `generate --check` catches a
 * stale or missing file, and `extraTraceFiles` a trace that no longer belongs.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { IndentationText, Project, QuoteKind, VariableDeclarationKind } from "ts-morph";
import { loadCoveringTraces } from "./conform.ts";
import type { CoveringTrace } from "./coveringTraces.ts";
import { findTarget } from "./families.ts";
import { toItfTrace } from "./itfTrace.ts";
import { resolveTarget } from "./resolveTarget.ts";

/** Validation seeds and model-based runs of a generated suite (CI-sized). */
export const SUITE_RUNS = 6;
const SUITE_STEPS = 12;

export interface ConformanceFile {
  readonly path: string;
  readonly content: string;
}

export type ConformanceSource = { readonly kind: "family"; readonly family: string } | { readonly kind: "adapter"; readonly adapterFile: string };

/** Where a spec's adapter comes from, or null when it has none (then `generate` emits no conformance files). */
export function conformanceSource(specFile: string): ConformanceSource | null {
  const family = findTarget(specFile.split("\\").join("/"));
  if (family !== undefined && family.adapter !== null && resolve(family.specFile) === resolve(specFile)) return { kind: "family", family: family.family };
  const sibling = specFile.replace(/\.cspec\.ts$/, ".adapter.ts");
  return sibling !== specFile && existsSync(sibling) ? { kind: "adapter", adapterFile: sibling } : null;
}

const importPath = (from: string, to: string): string => {
  const r = relative(dirname(from), to).split("\\").join("/");
  return r.startsWith(".") ? r : `./${r}`;
};
const shown = (p: string): string => relative(process.cwd(), resolve(p)).split("\\").join("/");

/** The traces and the suite for `specFile` under `outDir` (`<out>/<spec-name>`); [] when the spec has no adapter. */
export async function conformanceFiles(specFile: string, outDir: string, srcDir: string): Promise<ConformanceFile[]> {
  const source = conformanceSource(specFile);
  if (source === null) return [];
  const target = source.kind === "family" ? await resolveTarget(source.family) : await resolveTarget(shown(specFile), shown(source.adapterFile));
  const traces = await loadCoveringTraces(target.machine, target.spec, target.mutants);
  const suitePath = join(outDir, `${target.spec.name}.conformance.test.ts`);
  return [
    ...traces.map((t) => ({ path: join(outDir, "traces", `${t.name}.itf.json`), content: JSON.stringify(toItfTrace(target.machine, t), null, 2) + "\n" })),
    { path: suitePath, content: emitSuite({ name: target.spec.name, specFile: shown(specFile), source, suitePath, srcDir, traces }) },
  ];
}

/** Trace files on disk in the traces folders of `files` that `files` does not contain. */
export function extraTraceFiles(files: readonly ConformanceFile[]): string[] {
  const wanted = new Set(files.map((f) => resolve(f.path)));
  const dirs = new Set(files.filter((f) => f.path.endsWith(".itf.json")).map((f) => dirname(resolve(f.path))));
  const extra: string[] = [];
  for (const d of dirs) if (existsSync(d)) for (const n of readdirSync(d).sort()) if (!wanted.has(join(d, n))) extra.push(join(d, n));
  return extra;
}

interface SuiteInput {
  readonly name: string;
  readonly specFile: string;
  readonly source: ConformanceSource;
  readonly suitePath: string;
  readonly srcDir: string;
  readonly traces: readonly CoveringTrace[];
}

export function emitSuite(input: SuiteInput): string {
  const { name, source, suitePath } = input;
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double } });
  const file = project.createSourceFile("suite.ts", "", { overwrite: true });
  file.addImportDeclarations([
    { moduleSpecifier: "vitest", namedImports: ["describe", "expect", "it"] },
    { moduleSpecifier: importPath(suitePath, join(input.srcDir, "conformance/suiteRuntime.ts")), namedImports: ["loadSuiteTarget", "replaySuiteTrace", "runSuiteChecks", "shippedTraces"] },
  ]);
  const where =
    source.kind === "family"
      ? `{ family: ${JSON.stringify(source.family)} }`
      : `{ spec: new URL(${JSON.stringify(importPath(suitePath, resolve(input.specFile)))}, import.meta.url), adapter: new URL(${JSON.stringify(importPath(suitePath, resolve(source.adapterFile)))}, import.meta.url) }`;
  file.addVariableStatements([
    { declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "target", initializer: `await loadSuiteTarget(${where})` }] },
    { declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "traces", initializer: `[${input.traces.map((t) => JSON.stringify(t.name)).join(", ")}]` }] },
  ]);
  file.addStatements(`describe(${JSON.stringify(`${name} conformance (${source.kind === "family" ? "reference cluster" : "your adapter"})`)}, () => {
  it("ships every covering trace", () => {
    expect(shippedTraces(new URL("./traces/", import.meta.url))).toEqual([...traces].sort());
  });

  for (const name of traces)
    it(\`replays \${name}\`, async () => {
      const r = await replaySuiteTrace(target, new URL(\`./traces/\${name}.itf.json\`, import.meta.url));
      expect(r.status, r.report).toBe("ok");
    });

  it("validates ${SUITE_RUNS} seeds and runs ${SUITE_RUNS} model-based runs", async () => {
    const r = await runSuiteChecks(target, { runs: ${SUITE_RUNS}, steps: ${SUITE_STEPS} });
    expect(r.status, r.report).toBe("ok");
  });
});`);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: "insert" as never });
  const header = `// Generated by \`clusterspec generate\` from ${input.specFile} — do not edit.\n// Regenerate: clusterspec generate (CI: clusterspec generate --check). Traces: ./traces/*.itf.json.\n`;
  return header + file.getFullText();
}
