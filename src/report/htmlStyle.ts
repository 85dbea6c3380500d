/** The report page's stylesheet (inline in report.html: the page loads nothing). */
export const STYLE = `
:root { --ink:#0f172a; --muted:#475569; --line:#e2e8f0; --bg:#f8fafc; --card:#fff; --ok:#059669; --bad:#dc2626; --warn:#b45309; --accent:#2563eb; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header.top { background:#0f172a; color:#e2e8f0; padding:28px 40px 22px; }
header.top h1 { margin:0 0 4px; font-size:24px; color:#fff; letter-spacing:-0.01em; }
header.top p { margin:2px 0; color:#cbd5e1; }
header.top code { color:#e2e8f0; background:rgba(255,255,255,.08); }
nav.toc { background:#fff; border-bottom:1px solid var(--line); padding:8px 40px; position:sticky; top:0; z-index:1; display:flex; flex-wrap:wrap; gap:4px 16px; font-size:13px; }
nav.toc a { color:var(--accent); text-decoration:none; }
main { padding:20px 40px 60px; max-width:1400px; }
section { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:18px 22px; margin:18px 0; }
h2 { font-size:19px; margin:0 0 8px; }
h3 { font-size:15px; margin:18px 0 6px; color:#1e293b; }
h4 { font-size:13px; margin:12px 0 4px; }
p.lead { color:var(--muted); margin:0 0 10px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit, minmax(170px, 1fr)); gap:12px; margin:10px 0 4px; }
.card { border:1px solid var(--line); border-radius:8px; padding:10px 14px; background:#fff; }
.card .v { font-size:22px; font-weight:650; }
.card .k { color:var(--muted); font-size:12px; }
.table-wrap { overflow-x:auto; margin:6px 0 10px; }
table { border-collapse:collapse; font-size:13px; width:100%; }
th, td { text-align:left; padding:5px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
th { background:#f1f5f9; font-weight:600; white-space:nowrap; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background:#f1f5f9; padding:1px 4px; border-radius:4px; }
code.cmd { font-size:11px; color:#334155; white-space:nowrap; }
td code.cmd { white-space:normal; overflow-wrap:anywhere; display:inline-block; min-width:22em; }
td { min-width:2.5em; }
.ok { color:var(--ok); font-weight:600; } .bad { color:var(--bad); font-weight:600; } .na { color:var(--warn); }
.pill { white-space:nowrap; display:inline-block; padding:0 8px; border-radius:999px; font-size:12px; font-weight:600; }
.pill.ok { background:#d1fae5; } .pill.bad { background:#fee2e2; } .pill.na { background:#fef3c7; }
.charts { display:flex; flex-wrap:wrap; gap:18px; }
figure.chart { margin:6px 0; padding:8px 10px; border:1px solid var(--line); border-radius:8px; background:#fff; }
figure.chart figcaption { font-size:12px; color:var(--muted); margin-bottom:4px; font-weight:600; }
figure.chart details { font-size:11px; color:var(--muted); max-width:560px; }
.grid2 { display:grid; grid-template-columns:minmax(0, 1fr) auto; gap:18px; align-items:start; }
@media (max-width: 1100px) { .grid2 { grid-template-columns:1fr; } }
details.cx { border:1px solid var(--line); border-radius:8px; padding:6px 12px; margin:6px 0; background:#fcfcfd; }
details.cx summary { cursor:pointer; font-weight:600; }
ol.trace { margin:6px 0; padding-left:26px; }
ol.trace li { margin:3px 0; }
ol.trace .act { font-weight:600; }
ol.trace .who { color:var(--accent); font-size:12px; margin-left:6px; }
ol.trace ul { margin:1px 0 0; padding-left:16px; color:#334155; font-size:12px; }
.violated { color:var(--bad); font-weight:600; margin:4px 0; }
pre.mermaid-src { font-size:11px; background:#f1f5f9; padding:8px; border-radius:6px; overflow-x:auto; }
footer { color:var(--muted); font-size:12px; padding:0 40px 30px; }
`;
