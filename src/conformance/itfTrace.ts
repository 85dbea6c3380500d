/**
 * Covering traces as ITF files (the Apalache/Quint trace format): each state carries `#meta.action` and `#meta.args`
 * so a trace replays by action, not by state search. Reading accepts any ITF whose states name their action that way
 * (clusterspec's `check --trace-out` writes it so too); anything else is a CS320/CS321 error naming the file.
 */
import { existsSync, readFileSync } from "node:fs";
import { ClusterspecError } from "../core/errors.ts";
import type { CoveringTrace } from "./coveringTraces.ts";
import type { Machine, SpecAction } from "./machine.ts";

export function toItfTrace(machine: Machine, trace: CoveringTrace): unknown {
  const first = machine.toItfState(trace.states[0]);
  return {
    "#meta": {
      format: "ITF",
      "format-description": "https://apalache-mc.org/docs/adr/015adr-trace.html",
      source: machine.config.file ?? machine.config.spec,
      description: `clusterspec covering trace ${trace.name}: ${trace.purpose}`,
      params: machine.config.params,
    },
    vars: Object.keys(first),
    states: trace.states.map((s, i) => {
      const a = i === 0 ? null : trace.actions[i - 1]!;
      const args = a === null ? {} : Object.fromEntries(Object.entries(a).filter(([k]) => k !== "type"));
      return { "#meta": { index: i, action: a === null ? "init" : a.type, args }, ...machine.toItfState(s) };
    }),
  };
}

export interface ItfActions {
  readonly spec: string | undefined;
  readonly params: Readonly<Record<string, number | boolean | string>> | undefined;
  readonly actions: readonly SpecAction[];
}

/** Reads the action sequence of an ITF trace file. */
export function readItfActions(file: string): ItfActions {
  if (!existsSync(file))
    throw new ClusterspecError({ code: "CS320", message: `Trace file ${file} does not exist.`, where: { file }, hint: "Pass an ITF file, e.g. generated/partition-in-time/traces/action-crash.itf.json." });
  let doc: { "#meta"?: { source?: string; params?: Record<string, number | boolean | string> }; states?: unknown };
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ClusterspecError({ code: "CS320", message: `Trace file ${file} is not JSON: ${(e as Error).message}`, where: { file }, hint: "Pass an ITF JSON trace." });
  }
  if (!Array.isArray(doc.states) || doc.states.length === 0)
    throw new ClusterspecError({ code: "CS320", message: `Trace file ${file} has no states array.`, where: { file }, hint: "An ITF trace is { vars, states: [...] }." });
  const actions: SpecAction[] = [];
  doc.states.forEach((st, i) => {
    const meta = (st as { "#meta"?: { action?: unknown; args?: unknown } })["#meta"];
    if (i === 0) return;
    if (typeof meta?.action !== "string")
      throw new ClusterspecError({
        code: "CS321",
        message: `State ${i} of trace ${file} does not name the action that reached it.`,
        where: { file, state: i },
        hint: "Replay needs #meta.action and #meta.args on every state after the first (clusterspec check --trace-out writes them).",
      });
    actions.push({ type: meta.action, ...((meta.args ?? {}) as Record<string, unknown>) });
  });
  const source = doc["#meta"]?.source;
  return { spec: typeof source === "string" ? source : undefined, params: doc["#meta"]?.params, actions };
}
