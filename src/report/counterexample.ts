/**
 * A checker counterexample as report data: the initial state, then per step the action, its arguments, the
 * participants it involves and the fields it changed — what both the Mermaid diagram and the HTML step list show.
 */
import type { Violation } from "../checker/result.ts";
import type { Spec } from "../dsl/spec.ts";
import { diffFields } from "../conformance/diff.ts";
import type { Counterexample } from "./schema.ts";

/**
 * Sets whose elements are data, not actors: an argument over one of them (a block, a value, an epoch) is shown in
 * the message, not as a lifeline.
 */
const DATA_SET = /block|value|val$|slot|epoch|update|index|idx|key|data|op$|offset|amount|count|size/i;

/** The argument names of an action that name a participant: those over a declared set of actors. */
export function participantArgs(spec: Spec, action: string, args: Readonly<Record<string, unknown>>): string[] {
  const over = spec.actions?.[action]?.over;
  if (over && typeof over === "object") return Object.entries(over).filter(([, d]) => typeof d === "string" && !DATA_SET.test(d)).map(([k]) => k);
  // `over` as a function lists argument objects: take the string-valued arguments (ids such as "n1").
  return Object.entries(args).filter(([k, v]) => typeof v === "string" && !DATA_SET.test(k)).map(([k]) => k);
}

export function toCounterexample(v: Violation, spec: Spec): Counterexample {
  const [first, ...rest] = v.trace;
  let prev: unknown = first?.state ?? null;
  const steps = rest.map((s) => {
    const changes = diffFields(prev, s.state).map((d) => ({ path: d.path, before: d.expected, after: d.observed }));
    prev = s.state;
    const names = s.action === null ? [] : participantArgs(spec, s.action, s.args);
    const participants = [...new Set(names.map((k) => s.args[k]).filter((x) => x !== undefined && x !== null).map(String))];
    return { action: s.action, args: { ...s.args } as Record<string, unknown>, participants, changes };
  });
  return {
    kind: v.kind,
    invariant: v.invariant,
    invariantId: v.invariantId ?? null,
    statement: v.statement,
    initial: first?.state ?? null,
    steps,
    loopStart: v.loopStart ?? null,
  };
}
