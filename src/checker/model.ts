/**
 * Compiling a spec: parameters resolved, sets built, the state schema read into a packed layout and
 * codec, every action instance enumerated once (action × arguments), predicates wrapped with clear
 * errors. The result is what every exploration strategy runs millions of times.
 */
import { Schema } from "effect";
import { ClusterspecError, describeValue } from "../core/errors.ts";
import type { Domain, Lit } from "../dsl/domain.ts";
import type { InitWhere } from "../dsl/spec.ts";
import { statesWhere } from "./initWhere.ts";
import { bindDefs } from "./defs.ts";
import { resolveParams } from "../dsl/params.ts";
import { schemaToDomain } from "../dsl/schemaToDomain.ts";
import type { Args, FairnessEntry, Spec } from "../dsl/spec.ts";
import { checkInstanceCount, checkSymmetrySize } from "./sizeLimits.ts";
import { checkActionArguments, checkFairness } from "../dsl/validateSpec.ts";
import { compileCodec, makeLayout, OutOfDomain, type Codec, type Layout } from "./layout.ts";
import { guardArgs } from "./guardArgs.ts";
import { auditSymmetry, makeCanonicalizer } from "./symmetry.ts";
import type { FastPath } from "./machine.ts";

export interface ActionInstance {
  readonly action: number;
  readonly name: string;
  readonly args: Args;
  /** `Write(n=1, b=0)`, built once here for traces and coverage. */
  readonly label: string;
  /** `Action Write(n=1, b=0)`: how errors name this instance (built once, not per successor). */
  readonly origin: string;
  readonly guard: ((s: any, a: Args, ctx: any) => boolean) | undefined;
  readonly apply: (s: any, a: Args, ctx: any) => any;
  /**
   * End (exclusive) of the run of consecutive instances whose guard sees the same arguments as this
   * one (see `guardArgs.ts`): one guard evaluation decides the whole run.
   */
  guardRunEnd: number;
}

export interface NamedPredicate {
  readonly name: string;
  readonly id?: string;
  readonly statement: string;
  readonly check: (s: any, ctx: any) => boolean;
  /** For one instance of a `per` invariant: the spec's entry, its own check and the element bound (codegen translates it). */
  readonly per?: { readonly key: string; readonly check: (s: any, ctx: any, el: Lit) => boolean; readonly element: Lit };
}

/** An action property: `check(s, t, action, ctx)` on every explored transition. */
export interface CompiledTransition {
  readonly name: string;
  readonly id?: string;
  readonly statement: string;
  readonly check: (s: any, t: any, action: { readonly name: string; readonly args: Args }, ctx: any) => boolean;
}

export interface CompiledLiveness {
  readonly name: string;
  readonly id?: string;
  readonly statement: string;
  /** `eventuallyAlways`: `to` is P of <>[]P (`from` is unused). */
  readonly kind: "eventually" | "leadsTo" | "eventuallyAlways";
  readonly from: (s: any, ctx: any) => boolean;
  readonly to: (s: any, ctx: any) => boolean;
}

export interface CompileOptions {
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /** Validate every produced state against the Effect schema (slower; always on in tests). */
  readonly strict?: boolean;
  /** Apply the spec's symmetry declaration (default true). */
  readonly symmetry?: boolean;
  /** File the spec came from, for error messages. */
  readonly file?: string;
  /**
   * Enumerate the initial states (default true). Worker threads pass false: only the coordinating thread
   * seeds the search, and a large `init` costs time and memory in every thread that builds it.
   */
  readonly initStates?: boolean;
}

export interface CompiledModel {
  readonly spec: Spec;
  readonly name: string;
  readonly file?: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly sets: Readonly<Record<string, readonly Lit[]>>;
  readonly ctx: { readonly params: any; readonly sets: any };
  readonly domain: Domain;
  readonly layout: Layout;
  readonly codec: Codec;
  readonly words: number;
  readonly actionNames: readonly string[];
  readonly instances: readonly ActionInstance[];
  readonly invariants: readonly NamedPredicate[];
  readonly witnesses: readonly NamedPredicate[];
  readonly liveness: readonly CompiledLiveness[];
  /** Action properties; their violations are numbered after the invariants (`invariants.length + k`). */
  readonly transitions: readonly CompiledTransition[];
  /** TLC's CONSTRAINT: states outside it are generated but not stored, checked or explored. */
  readonly constraint: ((s: any, ctx: any) => boolean) | null;
  /** True when successors must be judged as objects before insertion (a constraint or action properties). */
  readonly filtered: boolean;
  /** Strong-fairness groups, like `fair`: enabled infinitely often ⇒ taken infinitely often. */
  readonly strongFair: readonly Uint8Array[];
  /** Weak-fairness groups: each a mask over `instances`; the group is one fair (disjunctive) action. */
  readonly fair: readonly Uint8Array[];
  readonly deadlock: boolean;
  readonly strict: boolean;
  readonly canonicalize: ((w: Uint32Array, off: number) => void) | null;
  readonly initStates: readonly unknown[];
  /** Word-level guards, applies and invariants of a generated machine (src/checker/machine.ts). */
  readonly fast?: FastPath;
  /** Encodes `s` into `w` (canonicalised when symmetry is on), with errors naming `origin`. */
  /** Encodes `s` (produced by `origin`, from state `source` when an action produced it); CS150 when outside the schema. */
  encodeChecked(s: unknown, w: Uint32Array, off: number, origin: string, source?: unknown): void;
  /** Throws CS150 when `s` does not decode under the Effect schema (used in strict mode). */
  validate(s: unknown, origin: string): void;
}

function unknownPerSet(spec: string, prop: string, per: string, sets: Readonly<Record<string, readonly Lit[]>>, base: { name: string; file?: string }): never {
  throw new ClusterspecError({
    code: "CS122",
    message: `Property ${prop} of spec ${spec} is quantified over set ${per}, which the spec does not declare.`,
    where: where(base, { property: prop, set: per }),
    hint: `Declared sets: ${Object.keys(sets).join(", ") || "(none)"}.`,
  });
}

const where = (m: { name: string; file?: string }, extra: Record<string, string | number> = {}) =>
  m.file ? { file: m.file, spec: m.name, ...extra } : { spec: m.name, ...extra };

export function compileModel(spec: Spec, options: CompileOptions = {}): CompiledModel {
  const base = { name: spec.name, file: options.file };
  const params = resolveParams(spec.name, (spec.params ?? {}) as never, options.params ?? {});
  const threw = (what: string, e: unknown): never => {
    throw new ClusterspecError({
      code: "CS286",
      message: `${what} of spec ${spec.name} threw: ${(e as Error)?.message ?? String(e)}`,
      where: where(base, { function: what }),
      hint: `Fix ${what}: it runs once per check with the resolved parameters${what === "state" ? " and sets" : ""}.`,
    });
  };
  let sets: Record<string, readonly Lit[]> = {};
  try {
    sets = spec.sets ? (spec.sets as (p: unknown) => Record<string, readonly Lit[]>)(params) : {};
  } catch (e) {
    threw("sets", e);
  }
  if (typeof sets !== "object" || sets === null || Array.isArray(sets))
    throw new ClusterspecError({ code: "CS103", message: `sets of spec ${spec.name} must return an object of named sets, got ${describeValue(sets)}.`, where: where(base), hint: "Return e.g. { Node: ids(\"n\", p.N) }." });
  for (const [name, values] of Object.entries(sets)) {
    if (!Array.isArray(values) || values.some((v) => !["string", "number", "boolean"].includes(typeof v)))
      throw new ClusterspecError({
        code: "CS103",
        message: `Set ${name} of spec ${spec.name} must be an array of literals (strings, numbers, booleans).`,
        where: where(base, { set: name }),
        hint: "Build sets with ids(\"n\", N) or range(0, B - 1).",
      });
    if (new Set(values).size !== values.length)
      throw new ClusterspecError({
        code: "CS103",
        message: `Set ${name} of spec ${spec.name} lists a value twice.`,
        where: where(base, { set: name, values: describeValue(values) }),
      });
  }
  // `defs` is filled after the context exists: a definition receives the context (and so the other definitions).
  const defs: Record<string, (s: unknown) => unknown> = {};
  const ctx = Object.freeze({ params: Object.freeze({ ...params }), sets: Object.freeze({ ...sets }), defs });
  bindDefs(spec.defs as never, defs, ctx);
  let schema: Schema.Top = undefined as never;
  try {
    schema = spec.state(ctx as never) as Schema.Top;
  } catch (e) {
    threw("state", e);
  }
  const domain = schemaToDomain(schema, { spec: spec.name, sets });
  const layout = makeLayout(domain);
  const codec = compileCodec(domain, layout);

  const actionNames = Object.keys(spec.actions);
  const instances: ActionInstance[] = [];
  actionNames.forEach((name, action) => {
    const def = spec.actions[name]!;
    if (typeof def?.apply !== "function")
      throw new ClusterspecError({
        code: "CS103",
        message: `Action ${name} of spec ${spec.name} has no apply function.`,
        where: where(base, { action: name }),
        hint: "Every action needs `apply: (state, args, ctx) => nextState`.",
      });
    for (const args of argumentDomain(spec.name, name, def.over, ctx, sets, base, instances.length)) {
      const shown = Object.entries(args).map(([k, v]) => `${k}=${String(v)}`);
      const label = shown.length ? `${name}(${shown.join(", ")})` : name;
      instances.push({ action, name, args, label, origin: `Action ${label}`, guard: def.guard, apply: def.apply, guardRunEnd: instances.length + 1 });
    }
    if (typeof def.over === "function") checkActionArguments(spec.name, name, def, argNames(instances, action));
  });
  checkFairness(spec, (a) => argNames(instances, actionNames.indexOf(a)));
  if (spec.strongFairness) checkFairness({ ...spec, fairness: spec.strongFairness }, (a) => argNames(instances, actionNames.indexOf(a)));
  markGuardRuns(spec, instances);

  // `per: "Node"`: one invariant per element (`name[n1]`, …), the element passed last — it follows `--param` values.
  const invariants: NamedPredicate[] = Object.entries(spec.invariants ?? {}).flatMap(([name, d]: [string, any]) =>
    d.per === undefined
      ? [{ name, id: d.id, statement: d.statement, check: d.check }]
      : (sets[d.per] ?? unknownPerSet(spec.name, name, d.per, sets, base)).map((el) => ({
          name: `${name}[${String(el)}]`,
          id: d.id === undefined ? undefined : `${d.id}[${String(el)}]`,
          statement: d.statement,
          check: (s: unknown, c: unknown) => d.check(s, c, el),
          per: { key: name, check: d.check, element: el },
        })),
  );
  const witnesses = Object.entries(spec.sometimes ?? {}).map(([name, d]) => ({ name, statement: d.statement, check: d.check }));
  const transitions: CompiledTransition[] = Object.entries(spec.transitions ?? {}).map(([name, d]) => ({ name, id: d.id, statement: d.statement, check: d.check }));
  const constraint = spec.constraint ?? null;
  const liveness: CompiledLiveness[] = [];
  // `per: "Node"` makes one property per element of the set, named `name[n1]`; predicates get the element last.
  for (const [name, d] of Object.entries(spec.liveness ?? {}) as Array<[string, any]>) {
    const elements: ReadonlyArray<Lit | undefined> = d.per === undefined ? [undefined] : sets[d.per] ?? unknownPerSet(spec.name, name, d.per, sets, base);
    for (const el of elements) {
      const named = el === undefined ? name : `${name}[${String(el)}]`;
      const bind = (f: (s: unknown, ctx: unknown, el?: unknown) => boolean) => (el === undefined ? f : (s: unknown, c: unknown) => f(s, c, el));
      const head = { name: named, id: d.id !== undefined && el !== undefined ? `${d.id}[${String(el)}]` : d.id, statement: d.statement };
      if (d.kind === "stable") {
        // [](P => []P) is a safety property of steps: no step leaves P.
        const p = bind(d.check);
        transitions.push({ ...head, check: (s, t, _a, c) => !p(s, c) || p(t, c) });
      } else if (d.kind === "leadsTo") liveness.push({ ...head, kind: "leadsTo", from: bind(d.from), to: bind(d.to) });
      else liveness.push({ ...head, kind: d.kind, from: () => true, to: bind(d.check) });
    }
  }
  const fairGroups = (entries: readonly FairnessEntry[]) => entries.flatMap((entry) => {
    const a = typeof entry === "string" ? entry : entry.action;
    const i = actionNames.indexOf(a);
    if (i < 0)
      throw new ClusterspecError({
        code: "CS103",
        message: `Fairness names action ${a}, which spec ${spec.name} does not define.`,
        where: where(base, { action: a }),
        hint: `Actions: ${actionNames.join(", ")}.`,
      });
    // `{ action, per: ["n"] }` is one fair action per value of n (TLA+'s \A n: WF(A(n))).
    const per = typeof entry === "string" ? [] : entry.per;
    const groups = new Map<string, Uint8Array>();
    instances.forEach((inst, k) => {
      if (inst.action !== i) return;
      const key = JSON.stringify(per.map((arg) => inst.args[arg]));
      const mask = groups.get(key) ?? new Uint8Array(instances.length);
      mask[k] = 1;
      groups.set(key, mask);
    });
    return [...groups.values()];
  });
  const fair = fairGroups(spec.fairness ?? []);
  const strongFair = fairGroups(spec.strongFairness ?? []);
  const symmetric = options.symmetry === false ? [] : [...(spec.symmetry ?? [])];
  for (const s of symmetric)
    if (!(s in sets))
      throw new ClusterspecError({
        code: "CS122",
        message: `Symmetry names set ${s}, which spec ${spec.name} does not declare.`,
        where: where(base, { set: s }),
        hint: `Declared sets: ${Object.keys(sets).join(", ") || "(none)"}.`,
      });
  auditSymmetry(domain, sets, symmetric, spec.name);
  checkSymmetrySize(base, sets, symmetric);
  const canonicalize = makeCanonicalizer(layout, codec, sets, symmetric);
  const strict = options.strict ?? false;
  const decodeSync = Schema.decodeUnknownSync(schema as never);

  const validate = (s: unknown, origin: string) => {
    try {
      decodeSync(s, { onExcessProperty: "error" });
    } catch (e) {
      throw new ClusterspecError({
        code: "CS150",
        message: `${origin} produced a state outside the schema of spec ${spec.name}: ${(e as Error).message.split("\n").join(" ")}`,
        where: where(base, { state: describeValue(s) }),
        hint: "Return a value of the declared state type from apply/init (every field present, values in range).",
      });
    }
  };
  const encodeChecked = (s: unknown, w: Uint32Array, off: number, origin: string, source?: unknown) => {
    try {
      codec.encode(s, w, off);
    } catch (e) {
      if (e instanceof OutOfDomain) {
        const from: Record<string, string> = source === undefined ? {} : { from: describeValue(source) };
        if (typeof s !== "object" || s === null || Array.isArray(s) || s instanceof Set)
          throw new ClusterspecError({
            code: "CS150",
            message: `${origin} returned ${describeValue(s)}, which is not a state object of spec ${spec.name}.`,
            where: where(base, { ...from, returned: describeValue(s) }),
            hint: "apply must return one state object (a new object with every field); init returns a state or an array of states.",
          });
        throw new ClusterspecError({
          code: "CS150",
          message: e.member
            ? `${origin} produced a state outside the schema of spec ${spec.name}: ${e.path} holds ${describeValue(e.value)}, which is not in the set's universe.`
            : `${origin} produced a state outside the schema of spec ${spec.name}: ${e.path} = ${describeValue(e.value)}.`,
          where: where(base, { field: e.path, value: describeValue(e.value), ...from }),
          hint: "Return a value of the declared state type (every field present, values within their declared domain).",
        });
      }
      throw e;
    }
    if (canonicalize) canonicalize(w, off);
  };

  let raw: unknown = [];
  if (options.initStates !== false) {
    try {
      raw = typeof spec.init === "function" ? spec.init(ctx as never) : statesWhere(layout, codec, (s) => (spec.init as InitWhere<unknown, unknown>).where(s, ctx), { spec: spec.name, where: where(base, { function: "init.where" }) });
    } catch (e) {
      if (e instanceof ClusterspecError) throw e;
      throw new ClusterspecError({
        code: "CS143",
        message: `init of spec ${spec.name} threw: ${(e as Error)?.message ?? String(e)}`,
        where: where(base),
      });
    }
  }
  const initStates = Array.isArray(raw) ? raw : [raw];
  if (initStates.length === 0 && options.initStates !== false)
    throw new ClusterspecError({ code: "CS143", message: `init of spec ${spec.name} returned no state.`, where: where(base), hint: "Return a state or a non-empty array of states." });
  if (strict) initStates.forEach((s) => validate(s, "init"));

  return {
    spec,
    name: spec.name,
    file: options.file,
    params,
    sets,
    ctx,
    domain,
    layout,
    codec,
    words: layout.words,
    actionNames,
    instances,
    invariants,
    witnesses,
    transitions,
    constraint,
    filtered: constraint !== null || transitions.length > 0,
    strongFair,
    liveness,
    fair,
    deadlock: spec.deadlock ?? true,
    strict,
    canonicalize,
    initStates,
    encodeChecked,
    validate,
  };
}

/** Every argument name some instance of `action` has. */
function argNames(instances: readonly ActionInstance[], action: number): string[] {
  const names = new Set<string>();
  for (const inst of instances) if (inst.action === action) for (const k of Object.keys(inst.args)) names.add(k);
  return [...names];
}

/** Sets `guardRunEnd`: consecutive instances of an action that agree on every argument its guard can read. */
function markGuardRuns(spec: Spec, instances: ActionInstance[]): void {
  const readsOf = new Map<string, readonly string[] | null>();
  for (let i = 0; i < instances.length; ) {
    const first = instances[i]!;
    const guard = spec.actions[first.name]?.guard;
    if (!readsOf.has(first.name)) readsOf.set(first.name, guard ? guardArgs(guard as never) : null);
    const reads = readsOf.get(first.name)!;
    let end = i + 1;
    if (reads !== null)
      while (end < instances.length && instances[end]!.action === first.action && reads.every((k) => Object.is(instances[end]!.args[k], first.args[k]))) end++;
    for (let k = i; k < end; k++) instances[k]!.guardRunEnd = end;
    i = end;
  }
}

function argumentDomain(
  spec: string,
  action: string,
  over: unknown,
  ctx: unknown,
  sets: Readonly<Record<string, readonly Lit[]>>,
  base: { name: string; file?: string },
  already = 0,
): readonly Args[] {
  const empty = (why: string): never => {
    throw new ClusterspecError({
      code: "CS130",
      message: `Action ${action} of spec ${spec} ${why}.`,
      where: where(base, { action }),
      hint: "Give `over` a non-empty finite domain: { arg: \"SetName\" } or { arg: [values...] }, or drop the action.",
    });
  };
  if (over === undefined) return [{}];
  if (typeof over === "function") {
    let list: unknown;
    try {
      list = over(ctx);
    } catch (e) {
      return empty(`has an argument domain function that threw: ${(e as Error)?.message}`);
    }
    if (!Array.isArray(list)) return empty("has an argument domain function that did not return an array");
    if (list.length === 0) return empty("has an empty argument domain");
    checkInstanceCount(base, action, list.length, already + list.length);
    return list as Args[];
  }
  if (typeof over !== "object" || over === null) return empty("has a malformed `over` (expected an object or a function)");
  if (Array.isArray(over))
    throw new ClusterspecError({
      code: "CS130",
      message: `Action ${action} of spec ${spec} gives \`over\` a list of argument objects; a list must be returned by a function.`,
      where: where(base, { action }),
      hint: `Wrap the list in a function: over: () => [{ ... }, ...] (it receives { params, sets }), or use { arg: "SetName" | [values...] } for a cartesian product.`,
    });
  // The product is known before it is built: past the budget it is CS290, not a heap-out-of-memory.
  const sizes = Object.values(over as Record<string, unknown>).map((d) => (Array.isArray(d) ? d.length : typeof d === "string" ? (sets[d]?.length ?? 1) : 1));
  const combos = sizes.reduce((a, n) => a * n, 1);
  checkInstanceCount(base, action, combos, already + combos);
  let out: Args[] = [{}];
  for (const [arg, dom] of Object.entries(over as Record<string, unknown>)) {
    let values: readonly Lit[];
    if (typeof dom === "string") {
      const s = sets[dom];
      if (!s)
        throw new ClusterspecError({
          code: "CS122",
          message: `Argument ${arg} of action ${action} ranges over set ${dom}, which spec ${spec} does not declare.`,
          where: where(base, { action, arg, set: dom }),
          hint: `Declared sets: ${Object.keys(sets).join(", ") || "(none)"}.`,
        });
      values = s;
    } else if (Array.isArray(dom)) values = dom;
    else return empty(`has argument ${arg} with a malformed domain (expected a set name or an array)`);
    if (values.length === 0) return empty(`has an empty domain for argument ${arg}`);
    out = out.flatMap((a) => values.map((v) => ({ ...a, [arg]: v })));
  }
  return out;
}
