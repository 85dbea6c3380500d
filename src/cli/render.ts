/**
 * Text rendering for people: a counterexample as a story (one line per step: action, arguments, the
 * fields that changed), statistics, and the line that reproduces the run.
 */
import pc from "picocolors";
import type { CheckResult, TraceStep, Violation } from "../checker/result.ts";

/** Flattens a plain state into `path → printable value` (leaves only). */
export function flatten(v: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(v)) out.set(path, `{${v.map(String).join(", ")}}`);
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) flatten(x, path ? `${path}.${k}` : k, out);
  else out.set(path, v === null ? "none" : String(v));
  return out;
}

export function renderStep(step: TraceStep, prev: TraceStep | undefined, index: number): string {
  const args = Object.entries(step.args)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(", ");
  const head = step.action === null ? "init" : `${step.action}${args ? `(${args})` : ""}`;
  const now = flatten(step.state);
  if (!prev) {
    const all = [...now].map(([k, v]) => `${k}=${v}`).join(" ");
    return `  ${String(index).padStart(3)}. ${pc.bold(head)}  ${pc.dim(all)}`;
  }
  const before = flatten(prev.state);
  const changes = [...now].filter(([k, v]) => before.get(k) !== v).map(([k, v]) => `${k}: ${before.get(k)} → ${v}`);
  return `  ${String(index).padStart(3)}. ${pc.bold(head)}  ${changes.length ? changes.join(", ") : pc.dim("(no change)")}`;
}

/**
 * A counterexample as text. `shortest` says whether the trace is a shortest one (breadth-first safety
 * checks); simulation, depth-first and liveness traces are not. A lasso (`loopStart`) is drawn as the prefix
 * up to the state where the cycle starts, a marker, then the cycle's steps, which lead back to that state.
 */
export function renderViolation(v: Violation, opts: { readonly shortest: boolean }): string {
  const title =
    v.kind === "deadlock"
      ? `Deadlock reached: ${v.statement}`
      : `${v.kind === "liveness" ? "Liveness property" : v.kind === "transition" ? "Action property" : "Invariant"} ${v.invariant}${v.invariantId ? ` (${v.invariantId})` : ""} is violated.`;
  const lines = [pc.red(pc.bold(title))];
  if (v.kind !== "deadlock") lines.push(`  ${v.statement}`);
  const steps = v.trace.length - 1;
  lines.push(`Counterexample (${steps} step${steps === 1 ? "" : "s"}${opts.shortest ? ", a shortest one" : ""}):`);
  const last = v.trace.length - 1;
  v.trace.forEach((step, i) => {
    lines.push(renderStep(step, v.trace[i - 1], i));
    if (v.loopStart === i && i < last)
      lines.push(pc.yellow(`  --- the cycle starts at state ${i}: the steps below lead back to it and repeat forever ---`));
  });
  if (v.loopStart !== undefined && v.loopStart === last) lines.push(pc.yellow(`  (the last state stutters forever)`));
  return lines.join("\n");
}

const fmt = (n: number) => n.toLocaleString("en-US");

export function renderStats(r: CheckResult): string {
  const lines = [
    `${fmt(r.generatedStates)} states generated, ${fmt(r.distinctStates)} distinct states found, depth ${r.depth}.`,
    `${fmt(r.statesPerSecond)} distinct states/s in ${(r.elapsedMs / 1000).toFixed(2)} s${r.phases?.livenessMs !== undefined ? ` (exploring ${(r.phases.exploreMs / 1000).toFixed(2)} s, liveness ${(r.phases.livenessMs / 1000).toFixed(2)} s)` : ""} (${r.strategy}, ${r.workers} worker${r.workers === 1 ? "" : "s"}${r.symmetry ? ", symmetry" : ""}); ${r.bytesPerState} bytes/state in the fingerprint set.`,
  ];
  if (r.result === "ok") lines.push(`Fingerprint collision probability (optimistic, as TLC): ${r.collisionProbability.toExponential(1)}.`);
  // Coverage gaps only mean something when the whole state space was explored.
  const complete = r.result === "ok";
  const unused = r.coverage.filter((c) => c.generated === 0).map((c) => c.action);
  if (complete && unused.length) lines.push(pc.yellow(`Never enabled: ${unused.join(", ")}.`));
  for (const w of r.witnesses)
    if (w.count > 0) lines.push(`Witness ${w.name}: reached in ${fmt(w.count)} states (first at depth ${w.firstDepth}).`);
    else if (complete) lines.push(pc.yellow(`Witness ${w.name}: NOT reached — ${w.statement}`));
  for (const l of r.liveness ?? []) lines.push(`Liveness ${l.name}${l.id ? ` (${l.id})` : ""}: ${l.holds ? "holds" : pc.red("violated")}.`);
  return lines.join("\n");
}

/** What the run checked, by name: invariants, deadlock freedom, liveness, witnesses. */
export function renderChecked(r: CheckResult): string {
  const c = r.checked;
  const parts = [c.invariants.length ? `invariants ${c.invariants.map((i) => (i.id ? `${i.name} (${i.id})` : i.name)).join(", ")}` : "no invariants"];
  if (c.deadlock) parts.push("deadlock freedom");
  if (c.liveness.length) parts.push(`liveness ${c.liveness.join(", ")}${r.liveness ? "" : " (not run)"}`);
  if (c.witnesses.length) parts.push(`witnesses ${c.witnesses.join(", ")}`);
  return `Checked: ${parts.join("; ")}.`;
}

export function renderCheck(r: CheckResult, reproduce: string): string {
  const head =
    r.result === "ok"
      ? pc.green(
          r.checked.invariants.length
            ? `✓ ${r.spec}: every invariant holds on all ${fmt(r.distinctStates)} reachable states.`
            : `✓ ${r.spec}: explored all ${fmt(r.distinctStates)} reachable states (the spec declares no invariants).`,
        )
      : r.result === "limit"
        ? pc.yellow(`… ${r.spec}: stopped at the ${r.limit} limit; no violation found so far (incomplete).`)
        : pc.red(`✗ ${r.spec}: violation found.`);
  const parts = [head];
  // Breadth-first safety counterexamples are shortest (with any worker count); liveness lassos and DFS traces are not.
  if (r.violation) parts.push(renderViolation(r.violation, { shortest: r.strategy === "bfs" && r.violation.kind !== "liveness" }));
  parts.push(renderChecked(r));
  for (const w of r.warnings) parts.push(pc.yellow(`Warning: ${w}`));
  parts.push(renderStats(r));
  parts.push(pc.dim(`Reproduce: ${reproduce}`));
  return parts.join("\n");
}
