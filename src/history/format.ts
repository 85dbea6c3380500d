// The `clusterspec-history/1` document as the history checker reads it, from any system: the reference
// cluster writes it (src/cluster/history.ts), and a user's own harness can write it by hand. Decoding is the
// boundary: anything malformed is one CS22x error naming the file, the event and the field, never a crash.
//
//   { "format": "clusterspec-history/1", "seed"?: number, "initial"?: value,
//     "events": [ invoke | return, ... ] }                      (events in real-time order)
//   invoke: { "type": "invoke", "id", "time", "op", "object", "block"?, "value"?, "expect"?,
//             "client"?, "node"?, "family"? }
//   return: { "type": "return", "id", "time", "outcome": "ok"|"fail"|"timeout"|"unknown"|"info",
//             "value"?, "error"? }
//
// Extensions over the first version (old files stay readable: every new field is optional): `cas` operations
// (`expect` → `value`), the outcomes `unknown`/`info` as synonyms of `timeout`, string values, `initial`.

import { ClusterspecError } from "../core/errors.ts";

export type HistoryValue = number | string;
export type HistoryOutcome = "ok" | "fail" | "timeout" | "unknown" | "info";

export interface HistoryInvoke {
  readonly type: "invoke";
  readonly id: number;
  readonly time: number;
  readonly op: string;
  readonly object: string;
  readonly block?: number;
  readonly value?: HistoryValue;
  readonly expect?: HistoryValue;
  readonly client?: string;
  readonly node?: string;
  readonly family?: string;
}

export interface HistoryReturn {
  readonly type: "return";
  readonly id: number;
  readonly time: number;
  readonly outcome: HistoryOutcome;
  readonly value?: HistoryValue;
  readonly error?: string;
}

export type HistoryRecord = HistoryInvoke | HistoryReturn;

export interface History {
  readonly format: "clusterspec-history/1";
  readonly seed?: number;
  /** Every register's value before the first write (default 0, as a fresh block device reads). */
  readonly initial?: HistoryValue;
  readonly events: readonly HistoryRecord[];
}

export const HISTORY_FORMAT = "clusterspec-history/1";
const OUTCOMES = new Set(["ok", "fail", "timeout", "unknown", "info"]);

function bad(file: string, message: string, where: Record<string, string | number>, hint: string): ClusterspecError {
  return new ClusterspecError({ code: "CS222", message, where: { file, ...where }, hint });
}

const isValue = (v: unknown): v is HistoryValue => (typeof v === "number" && Number.isFinite(v)) || typeof v === "string";

/** Validates a parsed JSON value as a history document; `file` names it in errors. */
export function decodeHistory(doc: unknown, file = "<history>"): History {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw bad(file, "The history is not a JSON object.", {}, `Write { "format": "${HISTORY_FORMAT}", "events": [...] }.`);
  const d = doc as Record<string, unknown>;
  if (d.format !== HISTORY_FORMAT)
    throw bad(file, `The history's format is ${JSON.stringify(d.format)}, not "${HISTORY_FORMAT}".`, {}, `Set "format": "${HISTORY_FORMAT}".`);
  if (d.seed !== undefined && !(typeof d.seed === "number" && Number.isSafeInteger(d.seed)))
    throw bad(file, "The history's seed is not an integer.", {}, "Omit seed or give the integer that reproduces the run.");
  if (d.initial !== undefined && !isValue(d.initial)) throw bad(file, "The history's initial value is not a number or a string.", {}, "Omit initial (it defaults to 0).");
  if (!Array.isArray(d.events)) throw bad(file, "The history has no events array.", {}, 'Add "events": [ { "type": "invoke", ... }, { "type": "return", ... } ].');
  const events = d.events as unknown[];
  const invoked = new Set<number>();
  const returned = new Set<number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Record<string, unknown>;
    const at = (field: string, message: string, hint: string): ClusterspecError =>
      new ClusterspecError({ code: "CS223", message, where: { file, event: i, field }, hint });
    if (typeof e !== "object" || e === null || Array.isArray(e)) throw at("type", `Event ${i} is not an object.`, 'Each event is { "type": "invoke" | "return", ... }.');
    if (!(typeof e.id === "number" && Number.isSafeInteger(e.id))) throw at("id", `Event ${i} has no integer id.`, "Give the invoke and its return the same integer id.");
    if (!(typeof e.time === "number" && Number.isFinite(e.time))) throw at("time", `Event ${i} (id ${e.id}) has no numeric time.`, "time is any number that grows with real time (ticks, ms, ns).");
    if (e.type === "invoke") {
      if (typeof e.op !== "string") throw at("op", `Invoke ${e.id} has no op.`, 'op is "read", "write" or "cas" (other ops are ignored by the check).');
      if (typeof e.object !== "string") throw at("object", `Invoke ${e.id} has no object.`, "object names the register (a volume, a table); block the index in it.");
      if (e.block !== undefined && !(typeof e.block === "number" && Number.isSafeInteger(e.block))) throw at("block", `Invoke ${e.id} has a non-integer block.`, "Omit block or give an integer.");
      if (e.value !== undefined && !isValue(e.value)) throw at("value", `Invoke ${e.id} has a value that is not a number or a string.`, "Values are numbers or strings.");
      if (e.expect !== undefined && !isValue(e.expect)) throw at("expect", `Invoke ${e.id} has an expect that is not a number or a string.`, "Values are numbers or strings.");
      if ((e.op === "write" || e.op === "update") && e.value === undefined) throw at("value", `Write ${e.id} has no value.`, "A write's invoke carries the value it writes.");
      if (e.op === "cas" && (e.value === undefined || e.expect === undefined)) throw at("expect", `cas ${e.id} needs both expect and value.`, 'Write { "op": "cas", "expect": old, "value": new }.');
      if (invoked.has(e.id)) throw new ClusterspecError({ code: "CS224", message: `Operation id ${e.id} is invoked twice.`, where: { file, event: i, id: e.id }, hint: "Give every operation its own id." });
      invoked.add(e.id);
    } else if (e.type === "return") {
      if (typeof e.outcome !== "string" || !OUTCOMES.has(e.outcome)) throw at("outcome", `Return ${e.id} has outcome ${JSON.stringify(e.outcome)}.`, "outcome is ok, fail (never took effect) or timeout/unknown/info (may have).");
      if (e.value !== undefined && !isValue(e.value)) throw at("value", `Return ${e.id} has a value that is not a number or a string.`, "Values are numbers or strings.");
      if (!invoked.has(e.id)) throw new ClusterspecError({ code: "CS224", message: `Return ${e.id} comes before (or without) its invoke.`, where: { file, event: i, id: e.id }, hint: "List events in real-time order; every return follows its invoke." });
      if (returned.has(e.id)) throw new ClusterspecError({ code: "CS224", message: `Operation ${e.id} returns twice.`, where: { file, event: i, id: e.id }, hint: "Record one return per operation (drop duplicated replies)." });
      returned.add(e.id);
    } else throw at("type", `Event ${i} has type ${JSON.stringify(e.type)}.`, 'type is "invoke" or "return".');
  }
  return doc as History;
}
