/**
 * report.html: one self-contained page — inline stylesheet, charts rendered to inline SVG when the report is
 * written, no script, and a Content-Security-Policy that forbids every load, so it works offline and a spec string
 * can never become markup (every one goes through `h`, which escapes).
 */
import { growthChart, memoryChart, mutantChart, throughputChart, type Chart } from "./charts.ts";
import { bytes, changeText, int, ms, num, paramsText, ratio, value, actionText } from "./format.ts";
import { cmd, h, slug, table, trusted, type Html } from "./html.ts";
import { STYLE } from "./htmlStyle.ts";
import { renderMermaid } from "./mermaid.ts";
import type { Counterexample, Report, SpecSection } from "./schema.ts";
import { killSummary, specSummary } from "./summary.ts";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const pill = (cls: "ok" | "bad" | "na", text: string): Html => h`<span class="pill ${cls}">${text}</span>`;
const verdictPill = (r: string): Html => (r === "ok" ? pill("ok", "holds") : r === "violation" ? pill("bad", "violation") : pill("na", r));

function figure(c: Chart): Html {
  return h`<figure class="chart" id="${c.id}" data-chart="${c.id}" data-points="${c.points}"><figcaption>${c.title}</figcaption>${trusted(c.svg)}<details><summary>commands behind this chart</summary>${[...new Set(c.commands)].map((x) => h`<div>${cmd(x)}</div>`)}</details></figure>`;
}

export function counterexampleHtml(cx: Counterexample, name: string, open = false): Html {
  const id = cx.invariantId ?? cx.invariant;
  return h`<details class="cx"${open ? trusted(" open") : ""}><summary>${name}: ${cx.kind === "deadlock" ? "deadlock" : `${id} violated`} after ${cx.steps.length} steps</summary>
<ol class="trace">${cx.steps.map(
    (s, i) =>
      h`<li>${cx.loopStart === i ? h`<em>(cycle starts)</em> ` : ""}<span class="act">${actionText(s.action, s.args)}</span>${s.participants.length ? h`<span class="who">${s.participants.join(" → ")}</span>` : ""}<ul>${s.changes.length ? s.changes.map((c) => h`<li>${changeText(c)}</li>`) : h`<li>(no change)</li>`}</ul></li>`,
  )}</ol>
<p class="violated">✗ ${id}: ${cx.statement}</p>
<details><summary>initial state</summary><pre class="mermaid-src">${Object.entries((cx.initial ?? {}) as Record<string, unknown>).map(([k, v]) => `${k} = ${value(v)}\n`).join("")}</pre></details>
<details><summary>Mermaid source (as in report.md)</summary><pre class="mermaid-src">${renderMermaid(cx, name)}</pre></details></details>`;
}

async function specHtml(s: SpecSection, i: number): Promise<Html> {
  const id = slug(s.name, i);
  const v = s.verdict;
  const growth = await growthChart(s, `chart-growth-${i + 1}`);
  const sw = s.sweep;
  const sweepTable =
    sw.param === null || sw.points.length === 0
      ? h`<p class="na">Not measured: ${sw.reason ?? "no sweep"}.</p>`
      : h`<p class="lead">${sw.param} (${sw.doc}) with ${paramsText(sw.fixed)}; a size reaching ${int(sw.maxStates)} distinct states ends the sweep.</p>${table(
          [sw.param, "result", "distinct", "generated", "depth", "time", "distinct/s", "command"],
          sw.points.map((p) => [String(p.value), p.result === "ok" ? "ok" : h`<span class="bad">${p.result}${p.invariant ? ` (${p.invariant})` : ""}</span>`, int(p.distinctStates), int(p.generatedStates), p.depth, ms(p.elapsedMs), int(p.statesPerSecond), cmd(p.command)]),
          [0, 2, 3, 4, 5, 6],
        )}`;
  const tp = table(
    ["implementation", "workers", "distinct/s", "median", "runs", "wall", "CPU", "B/state", "peak RSS", "command"],
    s.throughput.rows.map((r) =>
      r.measured
        ? [r.implementation, r.workers, int(r.statesPerSecond!), num(r.medianStatesPerSecond), r.runs, ms(r.elapsedMs), ms(r.cpuMs), num(r.bytesPerState, 1), bytes(r.peakRssBytes), h`${cmd(r.command)}<br>${cmd(r.memoryCommand)}`]
        : [r.implementation, r.workers, h`<span class="na">not measured</span>`, "—", 0, "—", "—", "—", "—", h`<span class="na">${r.reason}</span>`],
    ),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
  const mutants =
    s.mutants.length === 0
      ? h`<p class="lead">${s.role === "family" ? "This family has no mutants." : "No mutants are known for this spec (mutants belong to the built-in families)."}</p>`
      : h`${table(
          ["mutant", "refuted", "invariant", "counterexample", "time to first counterexample", "distinct states", "command"],
          s.mutants.map((m) => [m.name, m.refuted ? h`<span class="ok">yes</span>` : h`<span class="bad">no (${m.result})</span>`, m.invariantId ?? m.invariant ?? "—", m.counterexampleLength === null ? "—" : `${m.counterexampleLength} steps`, ms(m.msToFirstCounterexample), int(m.distinctStates), cmd(m.command)]),
          [3, 4, 5],
        )}${s.mutants.filter((m) => m.counterexample).map((m) => counterexampleHtml(m.counterexample!, m.name))}`;
  return h`<section id="${id}" data-section="spec" data-spec="${s.name}">
<h2>${s.name} ${verdictPill(v.result)}</h2>
<p class="lead">${s.description} — <code>${s.file}</code> (${s.role})</p>
<div class="grid2"><div>
<h3>Invariants</h3>${table(["id", "name", "statement"], s.invariants.map((x) => [x.id ?? "—", x.name, x.statement]))}
<h3>Verdict</h3>${table(
    ["params", "result", "distinct", "generated", "depth", "time", "distinct/s", "B/state (fp + trace)"],
    [[paramsText(v.params), v.result + (v.limit ? ` (${v.limit})` : ""), int(v.distinctStates), int(v.generatedStates), v.depth, ms(v.elapsedMs), int(v.statesPerSecond), `${num(v.bytesPerState, 1)} + ${num(v.traceBytesPerState, 1)}`]],
    [2, 3, 4, 5, 6, 7],
  )}<p>${cmd(v.command)}</p>
${v.liveness.length ? h`<p>Liveness: ${v.liveness.map((l, j) => h`${j ? ", " : ""}${l.id ?? l.name} ${l.holds ? h`<span class="ok">holds</span>` : h`<span class="bad">violated</span>`}`)}.</p>` : ""}
${v.counterexample ? counterexampleHtml(v.counterexample, s.name, true) : ""}
</div>${growth ? figure(growth) : ""}</div>
<h3>State-space growth</h3>${sweepTable}
<h3>Throughput and memory</h3><p class="lead">At ${paramsText(s.throughput.params)}; each row in a fresh process, the fastest of its runs.</p>${tp}
<h3>Spec mutants</h3>${mutants}
</section>`;
}

function conformanceHtml(r: Report): Html {
  const c = r.conformance;
  const fam = c.families.length
    ? table(
        ["family", "validation seeds × ticks", "validated observations/s", "model-based runs", "spec-driven steps/s", "false alarms", "command"],
        c.families.map((f) =>
          f.measured
            ? [f.family, `${int(f.seeds)} × ${int(f.ticks)}`, num(f.validatedStepsPerSecond), int(f.modelBasedRuns), num(f.drivenStepsPerSecond), f.falseAlarms === 0 ? h`<span class="ok">0</span>` : h`<span class="bad">${f.falseAlarms}</span>${f.falseAlarmCommands.map((x) => h`<br>${cmd(x)}`)}`, cmd(f.command)]
            : [f.family, h`<span class="na">not measured</span>`, "—", "—", "—", "—", h`<span class="na">${f.reason}</span>`],
        ),
        [1, 2, 3, 4, 5],
      )
    : h`<p class="na">Not measured: no built-in family is part of this report.</p>`;
  const kill = table(
    ["bug", "family", "breaks", "what it does", "killed?", "by", "seed", "steps", "seconds", "command"],
    c.bugs.map((b) => [
      b.bug,
      b.family,
      b.breaks,
      b.description,
      b.status === "killed" ? pill("ok", "killed") : b.status === "not-killed" ? h`${pill("bad", "not killed")} ${b.reason}` : h`${pill("na", "not measured")} ${b.reason}`,
      b.check ?? "—",
      b.seed ?? "—",
      b.steps ?? "—",
      b.seconds === null ? "—" : b.seconds.toFixed(2),
      b.command === null ? "—" : cmd(b.command),
    ]),
    [6, 7, 8],
  );
  return h`<section id="conformance" data-section="conformance"><h2>Conformance against the reference cluster</h2>
<p class="lead">Trace validation and model-based runs on the bug-free cluster (a failure there is a false alarm).</p>${fam}</section>
<section id="kill-matrix" data-section="kill-matrix"><h2>Kill matrix</h2>
<p class="lead">Each known cluster bug switched on alone; killed when its family's conformance session fails (budget ${ms(c.budgetMs)} per bug). All: ${cmd(c.command)}</p>${kill}</section>`;
}

export async function renderHtml(r: Report): Promise<string> {
  const e = r.environment;
  const k = killSummary(r);
  const sums = r.specs.map(specSummary);
  const mutants = sums.reduce((n, s) => n + s.mutants, 0);
  const refuted = sums.reduce((n, s) => n + s.refuted, 0);
  const charts = (await Promise.all([throughputChart(r), memoryChart(r), mutantChart(r)])).filter((c): c is Chart => c !== null);
  const specs = await Promise.all(r.specs.map(specHtml));
  const card = (v: unknown, label: string) => h`<div class="card"><div class="v">${v}</div><div class="k">${label}</div></div>`;
  const body = h`<header class="top"><h1>clusterspec invariant benchmark report</h1>
<p>Generated ${r.generatedAt} by <code>${r.command}</code> in ${ms(r.elapsedMs)}${r.quick ? " — quick: smaller sweeps, one run per figure" : ""}. Commands run from the repository root; report.json is the ${r.format} document.</p></header>
<nav class="toc"><a href="#summary">Summary</a><a href="#environment">Machine</a><a href="#overview">Charts</a>${r.specs.map((s, i) => h`<a href="#${slug(s.name, i)}">${s.name}</a>`)}<a href="#conformance">Conformance</a><a href="#kill-matrix">Kill matrix</a></nav>
<main>
<section id="summary" data-section="summary"><h2>Summary</h2><div class="cards">
${card(`${sums.filter((s) => s.result === "ok").length}/${sums.length}`, "specs hold")}
${card(int(sums.reduce((n, s) => n + s.distinctStates, 0)), "distinct states at the default configurations")}
${card(mutants ? `${refuted}/${mutants}` : "—", "spec mutants refuted")}
${card(k.bugs ? `${k.killed}/${k.bugs}` : "—", k.bugs ? `cluster bugs killed (${k.notMeasured} not measured)` : "cluster bugs: no built-in family in this report")}
${card(k.falseAlarms === null ? "—" : k.falseAlarms, "false alarms on the bug-free cluster")}
</div>${table(
    ["spec", "verdict", "distinct states", "depth", "mutants refuted", "machine vs spec (1 worker)"],
    sums.map((s, i) => [h`<a href="#${slug(s.name, i)}">${s.name}</a>`, verdictPill(s.result), int(s.distinctStates), s.depth, s.mutants ? `${s.refuted}/${s.mutants}` : "—", s.machineSpeedup === null ? h`<span class="na">not measured</span>` : ratio(s.machineSpeedup, 1)]),
    [2, 3, 4, 5],
  )}</section>
<section id="environment" data-section="environment"><h2>Machine</h2>${table(
    ["CPU", "cores", "memory", "load (1/5/15 min)", "OS", "Node", "clusterspec", "commit"],
    [[e.cpuModel, e.cores, bytes(e.memoryBytes), e.loadAverage.map((x) => x.toFixed(2)).join(" / "), e.platform, e.node, e.clusterspec, e.gitCommit === null ? "—" : h`<code>${e.gitCommit.slice(0, 12)}</code>${e.gitDirty ? " (uncommitted changes)" : ""}`]],
  )}</section>
<section id="overview" data-section="overview"><h2>Throughput, memory and mutants</h2><div class="charts">${charts.map(figure)}</div>${charts.length ? "" : h`<p class="na">Nothing measured to chart.</p>`}</section>
${specs}
${conformanceHtml(r)}
</main><footer>clusterspec ${e.clusterspec} · ${r.format} · figures from one run on the machine above; shared machines are noisy (compare reports with <code>clusterspec report --compare OLD NEW</code>).</footer>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>clusterspec report</title><style>${STYLE}</style></head>
<body>${body.value}</body></html>
`;
}
