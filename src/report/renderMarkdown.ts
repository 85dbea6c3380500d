/**
 * report.md: the whole report as GitHub Markdown — tables, every counterexample as a Mermaid sequenceDiagram,
 * and the command that reproduces each figure. Every spec string goes through `md` (or `mermaid`).
 */
import { md, mdCode } from "./escape.ts";
import { bytes, int, ms, num, paramsText, ratio } from "./format.ts";
import { renderMermaid } from "./mermaid.ts";
import type { Counterexample, Report, SpecSection } from "./schema.ts";
import { killSummary, specSummary } from "./summary.ts";

const table = (head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string[] => [
  `| ${head.join(" | ")} |`,
  `| ${head.map((_, i) => (align?.[i] === "r" ? "---:" : "---")).join(" | ")} |`,
  ...rows.map((r) => `| ${r.join(" | ")} |`),
];

export function renderCounterexampleMd(cx: Counterexample, specName: string): string[] {
  return [
    `Violates **${md(cx.invariantId ?? cx.invariant)}** (${md(cx.invariant)}): ${md(cx.statement)} — ${cx.steps.length} steps.`,
    "",
    "```mermaid",
    renderMermaid(cx, specName),
    "```",
  ];
}

export function renderEnvironmentMd(r: Report): string[] {
  const e = r.environment;
  return table(
    ["CPU", "cores", "memory", "load (1/5/15 min)", "Node", "clusterspec", "commit"],
    [[md(e.cpuModel), String(e.cores), bytes(e.memoryBytes), e.loadAverage.map((x) => x.toFixed(2)).join(" / "), md(e.node), md(e.clusterspec), e.gitCommit === null ? "—" : `${mdCode(e.gitCommit.slice(0, 12))}${e.gitDirty ? " (uncommitted changes)" : ""}`]],
  );
}

function specMd(s: SpecSection): string[] {
  const v = s.verdict;
  const out = [`## ${md(s.name)}`, "", `${md(s.description)} — ${mdCode(s.file)} (${s.role})`, "", "### Invariants", ""];
  out.push(...table(["id", "name", "statement"], s.invariants.map((i) => [md(i.id ?? "—"), md(i.name), md(i.statement)])), "");
  out.push("### Verdict", "");
  out.push(
    ...table(
      ["params", "result", "distinct states", "generated states", "depth", "time", "distinct/s", "B/state (fp + trace)", "command"],
      [[md(paramsText(v.params)), `**${v.result}**${v.limit ? ` (${v.limit})` : ""}`, int(v.distinctStates), int(v.generatedStates), String(v.depth), ms(v.elapsedMs), int(v.statesPerSecond), `${num(v.bytesPerState, 1)} + ${num(v.traceBytesPerState, 1)}`, mdCode(v.command)]],
      ["l", "l", "r", "r", "r", "r", "r", "r", "l"],
    ),
    "",
  );
  if (v.liveness.length > 0) out.push(`Liveness: ${v.liveness.map((l) => `${md(l.id ?? l.name)} ${l.holds ? "holds" : "**violated**"}`).join(", ")}.`, "");
  if (v.counterexample) out.push(...renderCounterexampleMd(v.counterexample, s.name), "");
  out.push("### State-space growth", "");
  const sw = s.sweep;
  if (sw.param === null || sw.points.length === 0) out.push(`Not measured: ${md(sw.reason ?? "no sweep")}.`, "");
  else
    out.push(
      `${md(sw.param)} (${md(sw.doc)}) with ${md(paramsText(sw.fixed))}; a size reaching ${int(sw.maxStates)} distinct states ends the sweep.`,
      "",
      ...table(
        [md(sw.param), "result", "distinct states", "generated states", "depth", "time", "distinct/s", "command"],
        sw.points.map((p) => [md(p.value), `${p.result}${p.invariant ? ` (${md(p.invariant)})` : ""}`, int(p.distinctStates), int(p.generatedStates), String(p.depth), ms(p.elapsedMs), int(p.statesPerSecond), mdCode(p.command)]),
        ["r", "l", "r", "r", "r", "r", "r", "l"],
      ),
      "",
    );
  out.push("### Throughput and memory", "", `At ${md(paramsText(s.throughput.params))}, each row in a fresh process (the fastest of its runs).`, "");
  out.push(
    ...table(
      ["implementation", "workers", "distinct/s", "median distinct/s", "runs", "wall", "CPU", "B/state", "peak RSS", "command", "memory command"],
      s.throughput.rows.map((r) =>
        r.measured
          ? [r.implementation, String(r.workers), int(r.statesPerSecond!), num(r.medianStatesPerSecond), String(r.runs), ms(r.elapsedMs), ms(r.cpuMs), num(r.bytesPerState, 1), bytes(r.peakRssBytes), mdCode(r.command), mdCode(r.memoryCommand)]
          : [r.implementation, String(r.workers), `not measured: ${md(r.reason ?? "")}`, "—", "0", "—", "—", "—", "—", mdCode(r.command), mdCode(r.memoryCommand)],
      ),
      ["l", "r", "r", "r", "r", "r", "r", "r", "r", "l", "l"],
    ),
    "",
  );
  out.push("### Spec mutants", "");
  if (s.mutants.length === 0) out.push(s.role === "family" ? "This family has no mutants." : "No mutants are known for this spec (mutants belong to the built-in families).", "");
  else {
    out.push(
      ...table(
        ["mutant", "refuted", "invariant", "counterexample", "time to first counterexample", "distinct states", "command"],
        s.mutants.map((m) => [md(m.name), m.refuted ? "yes" : `**no** (${m.result})`, md(m.invariantId ?? m.invariant ?? "—"), m.counterexampleLength === null ? "—" : `${m.counterexampleLength} steps`, ms(m.msToFirstCounterexample), int(m.distinctStates), mdCode(m.command)]),
        ["l", "l", "l", "r", "r", "r", "l"],
      ),
      "",
    );
    for (const m of s.mutants) if (m.counterexample) out.push(`#### ${md(m.name)}`, "", ...renderCounterexampleMd(m.counterexample, m.name), "");
  }
  return out;
}

function conformanceMd(r: Report): string[] {
  const c = r.conformance;
  const out = ["## Conformance against the reference cluster", ""];
  if (c.families.length === 0) return [...out, "Not measured: no built-in family is part of this report.", ""];
  out.push(
    ...table(
      ["family", "validation seeds × ticks", "validated observations/s", "model-based runs", "spec-driven steps/s", "false alarms", "command"],
      c.families.map((f) =>
        f.measured
          ? [md(f.family), `${int(f.seeds)} × ${int(f.ticks)}`, num(f.validatedStepsPerSecond), int(f.modelBasedRuns), num(f.drivenStepsPerSecond), String(f.falseAlarms), mdCode(f.command)]
          : [md(f.family), `not measured: ${md(f.reason ?? "")}`, "—", "—", "—", "—", mdCode(f.command)],
      ),
      ["l", "r", "r", "r", "r", "r", "l"],
    ),
    "",
    ...c.families.flatMap((f) => f.falseAlarmCommands.map((x) => `False alarm on the bug-free ${md(f.family)} cluster: ${mdCode(x)}`)),
    "",
    "### Kill matrix",
    "",
    `Each known cluster bug switched on alone; killed when its family's conformance session fails (budget ${ms(c.budgetMs)} per bug). Reproduce all: ${mdCode(c.command)}.`,
    "",
    ...table(
      ["bug", "family", "breaks", "killed?", "by", "seed", "steps", "seconds", "command"],
      c.bugs.map((b) => [
        md(b.bug),
        md(b.family),
        md(b.breaks),
        b.status === "killed" ? "**killed**" : b.status === "not-killed" ? `not killed (${md(b.reason ?? "")})` : `not measured (${md(b.reason ?? "")})`,
        md(b.check ?? "—"),
        b.seed === null ? "—" : String(b.seed),
        b.steps === null ? "—" : String(b.steps),
        b.seconds === null ? "—" : b.seconds.toFixed(2),
        b.command === null ? "—" : mdCode(b.command),
      ]),
      ["l", "l", "l", "l", "l", "r", "r", "r", "l"],
    ),
    "",
  );
  return out;
}

export function renderMarkdown(r: Report): string {
  const k = killSummary(r);
  const out = [
    "# clusterspec invariant benchmark report",
    "",
    `Generated ${md(r.generatedAt)} by ${mdCode(r.command)} in ${ms(r.elapsedMs)}${r.quick ? " (quick: smaller sweeps, one run per figure)" : ""}. Machine-readable: \`report.json\` (${md(r.format)}). Commands run from the repository root.`,
    "",
    ...renderEnvironmentMd(r),
    "",
    "## Summary",
    "",
    ...table(
      ["spec", "verdict", "distinct states", "depth", "mutants refuted", "machine vs spec (1 worker)"],
      r.specs.map(specSummary).map((s) => [md(s.name), s.result === "ok" ? "holds" : `**${s.result}**`, int(s.distinctStates), String(s.depth), s.mutants === 0 ? "—" : `${s.refuted}/${s.mutants}`, s.machineSpeedup === null ? "not measured" : ratio(s.machineSpeedup, 1)]),
      ["l", "l", "r", "r", "r", "r"],
    ),
    "",
    `Cluster bugs: ${k.killed} killed, ${k.notKilled} not killed, ${k.notMeasured} not measured (no conformance adapter) of ${k.bugs}; false alarms on the bug-free cluster: ${k.falseAlarms === null ? "not measured" : k.falseAlarms}.`,
    "",
    ...r.specs.flatMap(specMd),
    ...conformanceMd(r),
  ];
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
