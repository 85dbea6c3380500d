/**
 * A counterexample as a Mermaid `sequenceDiagram` (renders on GitHub as is): one lifeline per node or device named
 * in the actions' arguments; a step with two participants is a message from the first to the second, a step with
 * one is a message to itself, a step with none (a partition, a heal) is a note across all; the fields a step
 * changed are a note beside it; the violated invariant closes the diagram.
 */
import { mermaid as esc } from "./escape.ts";
import { actionText, changeText } from "./format.ts";
import type { Counterexample } from "./schema.ts";

/** Changes listed per note before `+N more`: keeps a diagram readable for wide states. */
const MAX_CHANGES = 6;

export function renderMermaid(cx: Counterexample, specName: string): string {
  const actors = [...new Set(cx.steps.flatMap((s) => s.participants))];
  const ids = new Map<string, string>();
  const lines = ["sequenceDiagram"];
  if (actors.length === 0) {
    ids.set("", "S");
    lines.push(`  participant S as ${esc(specName)}`);
  }
  actors.forEach((a, i) => {
    ids.set(a, `P${i + 1}`);
    lines.push(`  participant P${i + 1} as ${esc(a)}`);
  });
  const first = ids.values().next().value!;
  const last = [...ids.values()].at(-1)!;
  const span = first === last ? first : `${first},${last}`;
  const changes = (cs: Counterexample["steps"][number]["changes"]) => {
    if (cs.length === 0) return "(no change)";
    const shown = cs.slice(0, MAX_CHANGES).map((c) => esc(changeText(c)));
    return [...shown, ...(cs.length > MAX_CHANGES ? [`+${cs.length - MAX_CHANGES} more`] : [])].join("<br/>");
  };
  cx.steps.forEach((s, i) => {
    // loopStart counts the initial state as 0, so step i (0-based) is trace index i + 1.
    if (cx.loopStart !== null && i + 1 === cx.loopStart + 1) lines.push("  loop cycle repeats forever");
    const label = esc(`${i + 1}. ${actionText(s.action, s.args)}`);
    const p = s.participants.map((x) => ids.get(x)!);
    if (actors.length === 0) lines.push(`  S->>S: ${label}`, `  Note right of S: ${changes(s.changes)}`);
    else if (p.length === 0) lines.push(`  Note over ${span}: ${label}<br/>${changes(s.changes)}`);
    else if (p.length === 1) lines.push(`  ${p[0]}->>${p[0]}: ${label}`, `  Note right of ${p[0]}: ${changes(s.changes)}`);
    else lines.push(`  ${p[0]}->>${p[1]}: ${label}`, `  Note over ${p[0]},${p[1]}: ${changes(s.changes)}`);
  });
  if (cx.loopStart !== null) lines.push("  end");
  const id = cx.invariantId ?? cx.invariant;
  lines.push(`  Note over ${span}: ✗ ${esc(cx.kind === "deadlock" ? "deadlock" : `${id} violated`)}: ${esc(cx.statement)}`);
  return lines.join("\n");
}
