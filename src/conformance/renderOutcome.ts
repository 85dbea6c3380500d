/** Plain-text rendering of a conformance outcome: the divergence, the field diff, the trace so far, the reproduce line. */
import { renderDiff } from "./diff.ts";
import type { RunOutcome } from "./outcome.ts";

export function renderOutcome(o: RunOutcome, spec: string): string[] {
  if (o.status === "ok")
    return [`${spec}: ${o.check} seed ${o.seed} ok — ${o.steps} steps explained over ${o.ticks} ticks in ${o.elapsedMs.toFixed(0)} ms${o.truncated ? " (candidate set truncated)" : ""}`];
  const d = o.divergence!;
  const lines = [`${spec}: ${d.check} seed ${o.seed} FAILED at step ${d.step}${d.time !== undefined ? ` (tick ${d.time})` : ""}: ${d.message}`];
  if (d.diff.length > 0) lines.push("Field diff (closest spec state vs observed):", ...renderDiff(d.diff));
  if (d.specPath.length > 0) lines.push(`Spec path to the closest state: ${d.specPath.join(" → ")}`);
  if (d.trace.length > 0) lines.push("Trace so far:", ...d.trace.map((t) => `  ${t}`));
  lines.push(`Reproduce: ${d.reproduce}`);
  return lines;
}
