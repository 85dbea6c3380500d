/**
 * ITF (Informal Trace Format, as Apalache and Quint write it): a counterexample as JSON with typed
 * values — integers as `{"#bigint"}`, sets as `{"#set"}`, sequences as arrays, tuples as `{"#tup"}`, id-keyed records as `{"#map"}`, options as
 * Quint-style variants. Written from the schema's domain, so the encoding follows declared types.
 */
import type { Domain } from "../dsl/domain.ts";
import type { CompiledModel } from "./model.ts";
import type { Violation } from "./result.ts";

export function toItfValue(d: Domain, v: unknown): unknown {
  switch (d.kind) {
    case "bool":
      return v;
    case "int":
      return { "#bigint": String(v) };
    case "enum":
    case "id":
      return typeof v === "number" ? { "#bigint": String(v) } : v;
    case "option":
      return v === null ? { tag: "None", value: { "#tup": [] } } : { tag: "Some", value: toItfValue(d.inner, v) };
    case "struct":
      return Object.fromEntries(d.fields.map(([k, f]) => [k, toItfValue(f, (v as Record<string, unknown>)[k])]));
    case "record":
      return {
        "#map": d.keys.values.map((k) => [typeof k === "number" ? { "#bigint": String(k) } : k, toItfValue(d.value, (v as Record<string, unknown>)[String(k)])]),
      };
    case "set": {
      const members = Array.isArray(v) ? v : [...(v as ReadonlySet<unknown>)];
      return { "#set": members.map((x) => (typeof x === "number" ? { "#bigint": String(x) } : x)) };
    }
    case "setOf": {
      const members = Array.isArray(v) ? v : [...(v as ReadonlySet<unknown>)];
      return { "#set": members.map((x) => toItfValue(d.elem, x)) };
    }
    // ITF: a list (TLA+ sequence) is a JSON array, a tuple is `{"#tup": [...]}`.
    case "seq":
      return (v as readonly unknown[]).map((x) => toItfValue(d.elem, x));
    case "tuple":
      return { "#tup": d.elems.map((e, i) => toItfValue(e, (v as readonly unknown[])[i])) };
  }
}

export function toItf(model: CompiledModel, violation: Violation): unknown {
  const vars = model.domain.kind === "struct" ? model.domain.fields.map(([k]) => k) : ["state"];
  return {
    "#meta": {
      format: "ITF",
      "format-description": "https://apalache-mc.org/docs/adr/015adr-trace.html",
      source: model.file ?? model.name,
      description: `clusterspec counterexample: ${violation.kind} ${violation.invariant}${violation.invariantId ? ` (${violation.invariantId})` : ""}`,
      ...(violation.loopStart !== undefined ? { loop: violation.loopStart } : {}),
    },
    vars,
    ...(violation.loopStart !== undefined ? { loop: violation.loopStart } : {}),
    states: violation.trace.map((step, i) => {
      const value = toItfValue(model.domain, step.state) as Record<string, unknown>;
      const meta = { index: i, action: step.action ?? "init", args: step.args };
      return model.domain.kind === "struct" ? { "#meta": meta, ...value } : { "#meta": meta, state: value };
    }),
  };
}
