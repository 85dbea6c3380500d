// generated from spec/examples/lease-lock/lease-lock.cspec.ts (T=4) by clusterspec generate — do not edit
/**
 * The lease-lock spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../spec/examples/lease-lock/lease-lock.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set Client. */
export type Client = "c1" | "c2";
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly holder: Client | null; readonly token: 0 | 1 | 2 | 3 | 4; readonly held: { readonly [K in Client]: 1 | 2 | 3 | 4 | null }; readonly highest: 0 | 1 | 2 | 3 | 4; readonly valueToken: 0 | 1 | 2 | 3 | 4; readonly regressed: boolean; readonly rejectedStale: boolean; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "Acquire"; readonly c: Client; } | { readonly type: "Release"; readonly c: Client; } | { readonly type: "Expire"; } | { readonly type: "Forget"; readonly c: Client; } | { readonly type: "Write"; readonly c: Client; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "lease-lock", file: "spec/examples/lease-lock/lease-lock.cspec.ts", params: { "T": 4 }, sets: { "Client": ["c1", "c2"] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 1;
const T0 = new Int32Array([-1, 1, 2, 3, 4]);

/** Acquire(c=c1) */
function g0(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 3) === 0) && (((w[o + 0] >>> 2) & 7) < 4));
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | 1;
  const t0 = (((w[o + 0] >>> 2) & 7) + 1) - 0;
  if (t0 >>> 0 > 4) return false;
  out[0] = (out[0] & 4294967267) | (t0 << 2);
  const t1 = (((w[o + 0] >>> 2) & 7) + 1) - 0;
  if (t1 < 1 || t1 >>> 0 > 4) return false;
  out[0] = (out[0] & 4294967071) | (t1 << 5);
  return true;
}

/** Acquire(c=c2) */
function g1(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 3) === 0) && (((w[o + 0] >>> 2) & 7) < 4));
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | 2;
  const t0 = (((w[o + 0] >>> 2) & 7) + 1) - 0;
  if (t0 >>> 0 > 4) return false;
  out[0] = (out[0] & 4294967267) | (t0 << 2);
  const t1 = (((w[o + 0] >>> 2) & 7) + 1) - 0;
  if (t1 < 1 || t1 >>> 0 > 4) return false;
  out[0] = (out[0] & 4294965503) | (t1 << 8);
  return true;
}

/** Release(c=c1) */
function g2(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 5) & 7) === 0);
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | ((((w[o + 0] & 3) === 1) && (((w[o + 0] >>> 5) & 7) === T0[((w[o + 0] >>> 2) & 7)])) ? 0 : (w[o + 0] & 3));
  out[0] = (out[0] & 4294967071) | (0 << 5);
  return true;
}

/** Release(c=c2) */
function g3(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 8) & 7) === 0);
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | ((((w[o + 0] & 3) === 2) && (((w[o + 0] >>> 8) & 7) === T0[((w[o + 0] >>> 2) & 7)])) ? 0 : (w[o + 0] & 3));
  out[0] = (out[0] & 4294965503) | (0 << 8);
  return true;
}

/** Expire */
function g4(w: Uint32Array, o: number): boolean {
  return !((w[o + 0] & 3) === 0);
}

function a4(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | 0;
  return true;
}

/** Forget(c=c1) */
function g5(w: Uint32Array, o: number): boolean {
  return (!(((w[o + 0] >>> 5) & 7) === 0) && !((w[o + 0] & 3) === 1));
}

function a5(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967071) | (0 << 5);
  return true;
}

/** Forget(c=c2) */
function g6(w: Uint32Array, o: number): boolean {
  return (!(((w[o + 0] >>> 8) & 7) === 0) && !((w[o + 0] & 3) === 2));
}

function a6(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965503) | (0 << 8);
  return true;
}

/** NoStaleWrite */
function i0(w: Uint32Array, o: number): boolean {
  return (!(((w[o + 0] >>> 17) & 1) === 1) && (((w[o + 0] >>> 14) & 7) === ((w[o + 0] >>> 11) & 7)));
}

/** HolderHasNewestToken */
function i1(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 3) === 0) || (((w[o + 0] & 3) === 0) ? false : ((((w[o + 0] & 3) === 1) ? ((w[o + 0] >>> 5) & 7) : ((w[o + 0] >>> 8) & 7)) === 0))) || (((w[o + 0] & 3) === 0) ? false : ((((w[o + 0] & 3) === 1) ? ((w[o + 0] >>> 5) & 7) : ((w[o + 0] >>> 8) & 7)) === T0[((w[o + 0] >>> 2) & 7)])));
}

/** Every successor of the state at `w[o..]`, in instance order, handed to `sink`; the number of enabled instances, or -1 when the sink stopped. */
function expandAll(w: Uint32Array, o: number, out: Uint32Array, sink: SuccessorSink): number {
  let n = 0;
  if (g0(w, o)) { n++; if (a0(w, o, out) ? sink.emit(0) : sink.slow(0, true) === 2) return -1; }

  if (g1(w, o)) { n++; if (a1(w, o, out) ? sink.emit(1) : sink.slow(1, true) === 2) return -1; }

  if (g2(w, o)) { n++; if (a2(w, o, out) ? sink.emit(2) : sink.slow(2, true) === 2) return -1; }

  if (g3(w, o)) { n++; if (a3(w, o, out) ? sink.emit(3) : sink.slow(3, true) === 2) return -1; }

  if (g4(w, o)) { n++; if (a4(w, o, out) ? sink.emit(4) : sink.slow(4, true) === 2) return -1; }

  if (g5(w, o)) { n++; if (a5(w, o, out) ? sink.emit(5) : sink.slow(5, true) === 2) return -1; }

  if (g6(w, o)) { n++; if (a6(w, o, out) ? sink.emit(6) : sink.slow(6, true) === 2) return -1; }

  { const r = sink.slow(7, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(8, false); if (r === 2) return -1; n += r; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  if (!i1(w, o)) return 1;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, g4, g5, g6, null, null];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, a4, a5, a6, null, null];
const wordInvariants: readonly (WordCheck | null)[] = [i0, i1];
const guardTexts: Readonly<Record<string, string>> = { "Acquire": "(s: LockState, _a: C, { params }: { params: { T: number } }) => s.holder === null && s.token < params.T", "Release": "(s: LockState, { c }: C) => s.held[c] !== null", "Expire": "(s: LockState) => s.holder !== null", "Forget": "(s: LockState, { c }: C) => s.held[c] !== null && s.holder !== c", "Write": "(s: LockState, { c }: C) => s.held[c] !== null" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "Acquire", "status": "compiled" }, { "name": "Release", "status": "compiled" }, { "name": "Expire", "status": "compiled" }, { "name": "Forget", "status": "compiled" }, { "name": "Write", "status": "fallback", "reason": "arithmetic on a non-numeric field" }], "invariants": [{ "name": "NoStaleWrite", "status": "compiled" }, { "name": "HolderHasNewestToken", "status": "compiled" }] } as const;

const instances = model.instances;
/** Every action instance, in the checker's order. */
export const actions: readonly Action[] = instances.map((i) => Object.freeze({ type: i.name, ...i.args }) as Action);
const actionKey = (a: { readonly type: string; }): string => a.type + JSON.stringify(Object.keys(a).filter((k) => k !== "type").sort().map((k) => [k, (a as Record<string, unknown>)[k]]));
const indexOf = new Map(actions.map((a, i) => [actionKey(a), i]));
const input = new Uint32Array(words);
const output = new Uint32Array(words);

function instanceOf(a: Action): number {
  const i = indexOf.get(actionKey(a));
  if (i === undefined)
    throw new ClusterspecError({ code: "CS211", message: `Action ${JSON.stringify(a)} is not an action instance of spec ${config.spec}.`, where: { spec: config.spec }, hint: "Use one of `actions` (the type Action lists the names and argument values)." });
  return i;
}

function guardAt(i: number, s: State): boolean {
  const g = wordGuards[i];
  if (g) return g(input, 0);
  const inst = instances[i]!;
  return inst.guard === undefined || Boolean(inst.guard(s, inst.args, model.ctx));
}

/** The initial states of the spec. */
export function initialStates(): State[] {
  return model.initStates.map((s) => {
    encode(s as State, input);
    return decode(input);
  });
}

/** Is action `a` enabled in `s`? */
export function isEnabled(s: State, a: Action): boolean {
  const i = instanceOf(a);
  encode(s, input);
  return guardAt(i, s);
}

/** Every action instance enabled in `s`. */
export function enabled(s: State): Action[] {
  encode(s, input);
  return actions.filter((_, i) => guardAt(i, s));
}

/** Takes action `a` in `s`: the next state, or why the action is disabled there. */
export function step(s: State, a: Action): StepResult {
  const i = instanceOf(a);
  const inst = instances[i]!;
  encode(s, input);
  if (!guardAt(i, s)) {
    const guard = guardTexts[inst.name]!;
    return { status: "disabled", action: inst.label, guard, message: `${inst.label} is disabled: its guard ${guard} is false.` };
  }
  const apply = wordApplies[i];
  if (!apply || !apply(input, 0, output)) model.encodeChecked(inst.apply(s, inst.args, model.ctx), output, 0, inst.origin);
  return { status: "ok", state: decode(output) };
}

/** The spec's invariants (name, id, statement, check). */
export const invariants: readonly { readonly name: string; readonly id?: string; readonly statement: string; check(s: State): boolean; }[] = model.invariants.map((inv, k) => ({
  name: inv.name,
  ...(inv.id ? { id: inv.id } : {}),
  statement: inv.statement,
  check: (s: State): boolean => {
    const c = wordInvariants[k];
    if (!c) return Boolean(inv.check(s, model.ctx));
    encode(s, input);
    return c(input, 0);
  },
}));

/** Names of the invariants `s` violates (empty when it satisfies them all). */
export function violatedInvariants(s: State): string[] {
  return invariants.filter((inv) => !inv.check(s)).map((inv) => inv.name);
}

/** Packs `s` into `w[offset .. offset + words)` with the checker's layout. */
export function encode(s: State, w: Uint32Array, offset = 0): void {
  model.codec.encode(s, w, offset);
}

/** Unpacks the state at `w[offset ..]`. */
export function decode(w: Uint32Array, offset = 0): State {
  return model.codec.decode(w, offset) as State;
}

/** The checker's 64-bit fingerprint of `s`, as [low, high] 32-bit halves. */
export function fingerprint(s: State): readonly [number, number] {
  encode(s, input);
  const lo = fingerprintWords(input, 0, words);
  return [lo, fpHigh];
}

/** `s` in the ITF value encoding (as Apalache and Quint write traces). */
export function toItfState(s: State): unknown {
  return toItfValue(model.domain, s);
}

/** What `clusterspec check` and `checkSpec` explore (see src/checker/machine.ts). */
export const machine: MachineDescriptor = {
  kind: "clusterspec/machine",
  spec,
  specFile: config.file,
  params: config.params,
  words,
  labels: instances.map((i) => i.label),
  guards: wordGuards,
  applies: wordApplies,
  invariants: wordInvariants,
  expandAll,
  checkAll,
};
