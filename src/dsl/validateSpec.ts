/**
 * The spec definition, validated when it is defined: an Effect Schema of `SpecDefinition` decoded with excess
 * keys as errors (a misspelled `invariant:` would otherwise check nothing and pass), then the checks a schema
 * cannot express — a guard or apply destructuring an argument its action does not have, a fairness `per`
 * naming an unknown argument, a predicate destructuring a context key that does not exist.
 */
import { Schema } from "effect";
import { ClusterspecError } from "../core/errors.ts";
import { destructuredKeys } from "./functionParams.ts";
import { closest } from "./closest.ts";
import type { ParamDef } from "./params.ts";
import type { ActionDef, InvariantDef, SpecDefinition, SpecOverrides } from "./spec.ts";

type AnyFn = (...a: never[]) => unknown;
const Fn = Schema.declare((u: unknown): u is AnyFn => typeof u === "function", { expected: "a function" });
const Literal = Schema.Union([Schema.String, Schema.Number, Schema.Boolean]);

const paramFields = {
  kind: Schema.Literals(["int", "bool", "enum"]),
  default: Literal,
  min: Schema.optional(Schema.Number),
  max: Schema.optional(Schema.Number),
  values: Schema.optional(Schema.Array(Schema.String)),
  doc: Schema.optional(Schema.String),
};
const actionFields = {
  over: Schema.optional(Schema.Union([Schema.Record(Schema.String, Schema.Union([Schema.String, Schema.Array(Literal)])), Fn])),
  guard: Schema.optional(Fn),
  apply: Fn,
  doc: Schema.optional(Schema.String),
  fault: Schema.optional(Schema.Boolean),
} satisfies Record<keyof ActionDef<unknown, unknown>, Schema.Top>;
const invariantFields = { id: Schema.optional(Schema.String), statement: Schema.String, per: Schema.optional(Schema.String), check: Fn } satisfies Record<keyof InvariantDef<unknown, unknown>, Schema.Top>;
const witnessFields = { statement: Schema.String, check: Fn };
const livenessFields = {
  kind: Schema.Literals(["eventually", "leadsTo", "eventuallyAlways", "stable"]),
  per: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  statement: Schema.String,
  check: Schema.optional(Fn),
  from: Schema.optional(Fn),
  to: Schema.optional(Fn),
};
const transitionFields = { id: Schema.optional(Schema.String), statement: Schema.String, check: Fn };
const fairnessFields = { action: Schema.String, per: Schema.Array(Schema.String) };
const Fairness = Schema.Array(Schema.Union([Schema.String, Schema.Struct(fairnessFields)]));
const specFields = {
  name: Schema.NonEmptyString,
  description: Schema.String,
  params: Schema.optional(Schema.Record(Schema.String, Schema.Struct(paramFields))),
  sets: Schema.optional(Fn),
  state: Fn,
  init: Schema.Union([Fn, Schema.Struct({ where: Fn })]),
  actions: Schema.Record(Schema.String, Schema.Struct(actionFields)),
  defs: Schema.optional(Schema.Record(Schema.String, Fn)),
  invariants: Schema.optional(Schema.Record(Schema.String, Schema.Struct(invariantFields))),
  sometimes: Schema.optional(Schema.Record(Schema.String, Schema.Struct(witnessFields))),
  liveness: Schema.optional(Schema.Record(Schema.String, Schema.Struct(livenessFields))),
  transitions: Schema.optional(Schema.Record(Schema.String, Schema.Struct(transitionFields))),
  constraint: Schema.optional(Fn),
  fairness: Schema.optional(Fairness),
  strongFairness: Schema.optional(Fairness),
  symmetry: Schema.optional(Schema.Array(Schema.String)),
  deadlock: Schema.optional(Schema.Boolean),
} satisfies Record<keyof SpecDefinition<{}, {}, unknown>, Schema.Top>;

/** The schema of a spec definition (`defineSpec`'s argument), plus the `kind` tag a spec value carries. */
export const SpecDefinitionSchema = Schema.Struct({ ...specFields, kind: Schema.optional(Schema.Literal("clusterspec/spec")) });

const partial = <F extends Record<string, Schema.Top>>(fields: F) =>
  Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, Schema.optional(s as never)])) as unknown as { [K in keyof F]: Schema.optional<F[K]> };
const nullable = <S extends Schema.Top>(s: S) => Schema.Record(Schema.String, Schema.NullOr(s));
const overrideFields = {
  name: Schema.NonEmptyString,
  description: Schema.optional(Schema.String),
  paramDefaults: Schema.optional(Schema.Record(Schema.String, Literal)),
  actions: Schema.optional(nullable(Schema.Struct(partial(actionFields)))),
  invariants: Schema.optional(nullable(Schema.Struct(invariantFields))),
  sometimes: Schema.optional(nullable(Schema.Struct(witnessFields))),
  liveness: Schema.optional(nullable(Schema.Struct(livenessFields))),
  transitions: Schema.optional(nullable(Schema.Struct(transitionFields))),
  constraint: Schema.optional(Schema.NullOr(Fn)),
  fairness: Schema.optional(Fairness),
  strongFairness: Schema.optional(Fairness),
  init: Schema.optional(Schema.Union([Fn, Schema.Struct({ where: Fn })])),
  deadlock: Schema.optional(Schema.Boolean),
  symmetry: Schema.optional(Schema.Array(Schema.String)),
} satisfies Record<keyof SpecOverrides<never>, Schema.Top>;
/** The schema of `extendSpec`'s overrides. */
export const SpecOverridesSchema = Schema.Struct(overrideFields);

/** Valid keys at a path of the definition (for "did you mean"). */
function keysAt(path: readonly (string | number)[], overrides: boolean): readonly string[] {
  if (path.length === 0) return Object.keys(overrides ? overrideFields : specFields);
  const section = path[0];
  if (path.length === 2)
    switch (section) {
      case "params":
        return Object.keys(paramFields);
      case "actions":
        return Object.keys(actionFields);
      case "invariants":
        return Object.keys(invariantFields);
      case "sometimes":
        return Object.keys(witnessFields);
      case "liveness":
        return Object.keys(livenessFields);
      case "transitions":
        return Object.keys(transitionFields);
      case "fairness":
        return Object.keys(fairnessFields);
    }
  return [];
}

const shownPath = (path: readonly (string | number)[]) => path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

/** Effect's formatted issues, one `{ message, path }` per leaf ("Expected …" then `  at ["a"]["b"]`). */
function leaves(message: string): Array<{ message: string; path: (string | number)[] }> {
  const out: Array<{ message: string; path: (string | number)[] }> = [];
  const lines = message.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const at = /^\s+at (\[.*\])$/.exec(lines[i + 1] ?? "");
    if (/^\s+at /.test(lines[i]!)) continue;
    const path: (string | number)[] = [];
    if (at) for (const m of at[1]!.matchAll(/\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[1]}"`));
    out.push({ message: lines[i]!.trim(), path });
    if (at) i++;
  }
  return out;
}

function decodeOrThrow(schema: Schema.Top, value: unknown, spec: string, overrides: boolean): void {
  try {
    Schema.decodeUnknownSync(schema as never)(value, { onExcessProperty: "error", errors: "all" });
  } catch (e) {
    const found = leaves((e as Error).message);
    // Unknown keys first: they are the mistakes that otherwise pass silently.
    const unknown = found.find((l) => l.message === "Expected no excess property" && l.path.length > 0);
    if (unknown) {
      const key = String(unknown.path[unknown.path.length - 1]);
      const parent = unknown.path.slice(0, -1);
      const valid = keysAt(parent, overrides);
      const guess = closest(key, valid);
      throw new ClusterspecError({
        code: "CS280",
        message: `Spec ${spec} has an unknown key \`${key}\`${parent.length ? ` in ${shownPath(parent)}` : ""}${guess ? `; did you mean \`${guess}\`?` : "."}`,
        where: { spec, key: shownPath(unknown.path), ...(guess ? { closest: guess } : {}) },
        hint: valid.length ? `Valid keys${parent.length ? ` of ${shownPath(parent)}` : ""}: ${valid.join(", ")}.` : "Remove the key.",
      });
    }
    const first = found[0] ?? { message: (e as Error).message, path: [] };
    throw new ClusterspecError({
      code: "CS103",
      message: `Spec ${spec}: ${first.path.length ? `\`${shownPath(first.path)}\` ` : ""}is malformed: ${first.message.replace(/^Missing key$/, "missing")}.`,
      where: { spec, ...(first.path.length ? { key: shownPath(first.path) } : {}) },
      hint: found.length > 1 ? found.slice(1, 4).map((l) => `Also: ${shownPath(l.path) || "(spec)"}: ${l.message}.`) : "See the DSL quick guide in the README for the shape of a spec.",
    });
  }
}

/** `over: [{ … }, …]` is the function form's result written without the function: say so (CS130). */
function checkOverLists(actions: unknown, spec: string): void {
  if (typeof actions !== "object" || actions === null) return;
  for (const [action, a] of Object.entries(actions as Record<string, { over?: unknown } | null>))
    if (Array.isArray(a?.over))
      throw new ClusterspecError({
        code: "CS130",
        message: `Action ${action} of spec ${spec} gives \`over\` a list of argument objects; a list must be returned by a function.`,
        where: { spec, action },
        hint: `Wrap the list in a function: over: () => [{ ... }, ...] (it receives { params, sets }), or use { arg: "SetName" | [values...] } for a cartesian product.`,
      });
}

/** Validates a `defineSpec` argument; throws CS280 (unknown key), CS103 (malformed), CS281, CS282. */
export function validateSpecDefinition(def: unknown): void {
  const name = typeof (def as { name?: unknown })?.name === "string" ? (def as { name: string }).name : "(unnamed)";
  if (typeof def !== "object" || def === null)
    throw new ClusterspecError({ code: "CS103", message: "defineSpec needs an object (the spec definition).", where: { spec: name } });
  checkOverLists((def as { actions?: unknown }).actions, name);
  decodeOrThrow(SpecDefinitionSchema, def, name, false);
  checkParamDefaults(def as SpecDefinition<{}, {}, unknown>);
  checkFunctions(def as SpecDefinition<{}, {}, unknown>);
}

/** A parameter's default lies within its own range (or among its values): otherwise every run starts out of range. */
function checkParamDefaults(def: SpecDefinition<{}, {}, unknown>): void {
  for (const [param, d] of Object.entries((def.params ?? {}) as Record<string, ParamDef>)) {
    const bad =
      d.kind === "int"
        ? !Number.isInteger(d.default) || d.min > d.max || d.default < d.min || d.default > d.max
          ? `default ${d.default} is not an integer within ${d.min}..${d.max}`
          : ""
        : d.kind === "enum" && !d.values.includes(d.default)
          ? `default ${JSON.stringify(d.default)} is not one of ${d.values.join(", ")}`
          : d.kind === "bool" && typeof (d.default as unknown) !== "boolean"
            ? `default ${JSON.stringify(d.default as unknown)} is not true or false`
            : "";
    if (bad)
      throw new ClusterspecError({
        code: "CS111",
        message: `Parameter ${param} of spec ${def.name}: ${bad}.`,
        where: { spec: def.name, param, default: String(d.default) },
        hint: "Make the default one of the values the parameter allows (or widen its range).",
      });
  }
}

/** Validates `extendSpec` overrides (keys and shapes) before they are merged. */
export function validateSpecOverrides(base: string, overrides: unknown): void {
  const name = typeof (overrides as { name?: unknown })?.name === "string" ? (overrides as { name: string }).name : `(extension of ${base})`;
  checkOverLists((overrides as { actions?: unknown } | null)?.actions, name);
  decodeOrThrow(SpecOverridesSchema, overrides, name, true);
}

const CONTEXT_KEYS = ["params", "sets", "defs"];

function argumentError(spec: string, where: Record<string, string>, key: string, known: readonly string[], what: string): ClusterspecError {
  const guess = closest(key, known);
  return new ClusterspecError({
    code: "CS281",
    message: `${what} destructures \`${key}\`, which it is never given${guess ? `; did you mean \`${guess}\`?` : "."}`,
    where: { spec, ...where, key },
    hint: known.length ? `It can read: ${known.join(", ")}.` : "This action has no arguments (no `over`); drop the second parameter or declare `over`.",
  });
}

/** Destructured parameters of guards, applies and predicates name only what they receive. */
function checkFunctions(def: SpecDefinition<{}, {}, unknown>): void {
  const spec = def.name;
  const ctxCheck = (fn: AnyFn | undefined, index: number, where: Record<string, string>, what: string) => {
    if (!fn) return;
    for (const k of destructuredKeys(fn, index) ?? []) if (!CONTEXT_KEYS.includes(k)) throw argumentError(spec, where, k, CONTEXT_KEYS, `${what}'s context parameter`);
  };
  for (const [action, a] of Object.entries(def.actions)) {
    // The function form of `over` lists argument objects only when called with the parameters: the checker
    // calls checkActionArguments once it has them.
    if (typeof a.over !== "function") checkActionArguments(spec, action, a, Object.keys(a.over ?? {}));
    for (const [role, fn] of [["guard", a.guard], ["apply", a.apply]] as const) ctxCheck(fn as AnyFn | undefined, 2, { action, function: role }, `The ${role} of action ${action}`);
  }
  for (const [section, defs] of [["invariants", def.invariants], ["sometimes", def.sometimes]] as const)
    for (const [n, d] of Object.entries(defs ?? {})) ctxCheck(d.check as AnyFn, 1, { [section === "invariants" ? "invariant" : "witness"]: n }, `The check of ${n}`);
  for (const [n, d] of Object.entries(def.liveness ?? {})) {
    const need = d.kind === "leadsTo" ? ["from", "to"] : ["check"];
    const missing = need.filter((k) => typeof (d as Record<string, unknown>)[k] !== "function");
    if (missing.length)
      throw new ClusterspecError({
        code: "CS103",
        message: `Liveness property ${n} of spec ${spec} (kind ${d.kind}) has no \`${missing[0]}\` function.`,
        where: { spec, liveness: n },
        hint: d.kind === "leadsTo" ? "A leadsTo property needs `from` and `to` predicates." : `An ${d.kind} property needs \`check: (s, ctx) => boolean\`.`,
      });
    for (const k of need) ctxCheck((d as unknown as Record<string, AnyFn>)[k], 1, { liveness: n }, `The ${k} of ${n}`);
  }
  checkFairness(def);
  if (def.strongFairness) checkFairness({ ...def, fairness: def.strongFairness });
}

/** The guard and apply of `action` destructure only arguments in `args` (the keys its `over` gives). */
export function checkActionArguments(spec: string, action: string, a: { readonly guard?: unknown; readonly apply?: unknown }, args: readonly string[]): void {
  for (const [role, fn] of [["guard", a.guard], ["apply", a.apply]] as const) {
    if (typeof fn !== "function") continue;
    for (const k of destructuredKeys(fn as AnyFn, 1) ?? []) if (!args.includes(k)) throw argumentError(spec, { action, function: role }, k, args, `The ${role} of action ${action}`);
  }
}

/** Fairness names existing actions, and `per` names arguments of that action. */
export function checkFairness(def: Pick<SpecDefinition<{}, {}, unknown>, "name" | "actions" | "fairness">, argsOf?: (action: string) => readonly string[] | null): void {
  const actions = Object.keys(def.actions);
  for (const entry of def.fairness ?? []) {
    const action = typeof entry === "string" ? entry : entry.action;
    const a = def.actions[action];
    if (!a) {
      const guess = closest(action, actions);
      throw new ClusterspecError({
        code: "CS282",
        message: `Fairness names action ${action}, which spec ${def.name} does not define${guess ? `; did you mean ${guess}?` : "."}`,
        where: { spec: def.name, action },
        hint: `Actions: ${actions.join(", ")}.`,
      });
    }
    if (typeof entry === "string") continue;
    const args = argsOf ? argsOf(action) : typeof a.over === "function" ? null : Object.keys(a.over ?? {});
    if (args === null) continue;
    for (const p of entry.per)
      if (!args.includes(p)) {
        const guess = closest(p, args);
        throw new ClusterspecError({
          code: "CS282",
          message: `Fairness of action ${action} is per argument ${p}, which ${action} does not have${guess ? `; did you mean ${guess}?` : "."}`,
          where: { spec: def.name, action, per: p },
          hint: args.length ? `Arguments of ${action}: ${args.join(", ")}.` : `${action} has no arguments; write "${action}" instead of { action, per }.`,
        });
      }
  }
}
