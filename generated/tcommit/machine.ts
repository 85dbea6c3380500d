// generated from spec/examples/tcommit.cspec.ts (no parameters) by clusterspec generate — do not edit
/**
 * The tcommit spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../spec/examples/tcommit.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set RM. */
export type RM = "r1" | "r2" | "r3";
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly rmState: { readonly [K in RM]: "working" | "prepared" | "committed" | "aborted" }; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "Prepare"; readonly rm: RM; } | { readonly type: "DecideCommit"; readonly rm: RM; } | { readonly type: "DecideAbort"; readonly rm: RM; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "tcommit", file: "spec/examples/tcommit.cspec.ts", params: {}, sets: { "RM": ["r1", "r2", "r3"] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 1;

/** Prepare(rm=r1) */
function g0(w: Uint32Array, o: number): boolean {
  return ((w[o + 0] & 3) === 0);
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | 1;
  return true;
}

/** Prepare(rm=r2) */
function g1(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 2) & 3) === 0);
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967283) | (1 << 2);
  return true;
}

/** Prepare(rm=r3) */
function g2(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 4) & 3) === 0);
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967247) | (1 << 4);
  return true;
}

/** DecideCommit(rm=r1) */
function g3(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 3) === 1) && (((((w[o + 0] & 3) === 1) || ((w[o + 0] & 3) === 2)) && ((((w[o + 0] >>> 2) & 3) === 1) || (((w[o + 0] >>> 2) & 3) === 2))) && ((((w[o + 0] >>> 4) & 3) === 1) || (((w[o + 0] >>> 4) & 3) === 2))));
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | 2;
  return true;
}

/** DecideCommit(rm=r2) */
function g4(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 2) & 3) === 1) && (((((w[o + 0] & 3) === 1) || ((w[o + 0] & 3) === 2)) && ((((w[o + 0] >>> 2) & 3) === 1) || (((w[o + 0] >>> 2) & 3) === 2))) && ((((w[o + 0] >>> 4) & 3) === 1) || (((w[o + 0] >>> 4) & 3) === 2))));
}

function a4(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967283) | (2 << 2);
  return true;
}

/** DecideCommit(rm=r3) */
function g5(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 4) & 3) === 1) && (((((w[o + 0] & 3) === 1) || ((w[o + 0] & 3) === 2)) && ((((w[o + 0] >>> 2) & 3) === 1) || (((w[o + 0] >>> 2) & 3) === 2))) && ((((w[o + 0] >>> 4) & 3) === 1) || (((w[o + 0] >>> 4) & 3) === 2))));
}

function a5(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967247) | (2 << 4);
  return true;
}

/** DecideAbort(rm=r1) */
function g6(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 3) === 0) || ((w[o + 0] & 3) === 1)) && ((!((w[o + 0] & 3) === 2) && !(((w[o + 0] >>> 2) & 3) === 2)) && !(((w[o + 0] >>> 4) & 3) === 2)));
}

function a6(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967292) | 3;
  return true;
}

/** DecideAbort(rm=r2) */
function g7(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 3) === 0) || (((w[o + 0] >>> 2) & 3) === 1)) && ((!((w[o + 0] & 3) === 2) && !(((w[o + 0] >>> 2) & 3) === 2)) && !(((w[o + 0] >>> 4) & 3) === 2)));
}

function a7(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967283) | (3 << 2);
  return true;
}

/** DecideAbort(rm=r3) */
function g8(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 4) & 3) === 0) || (((w[o + 0] >>> 4) & 3) === 1)) && ((!((w[o + 0] & 3) === 2) && !(((w[o + 0] >>> 2) & 3) === 2)) && !(((w[o + 0] >>> 4) & 3) === 2)));
}

function a8(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967247) | (3 << 4);
  return true;
}

/** TCConsistent */
function i0(w: Uint32Array, o: number): boolean {
  return !(((((w[o + 0] & 3) === 3) || (((w[o + 0] >>> 2) & 3) === 3)) || (((w[o + 0] >>> 4) & 3) === 3)) && ((((w[o + 0] & 3) === 2) || (((w[o + 0] >>> 2) & 3) === 2)) || (((w[o + 0] >>> 4) & 3) === 2)));
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

  if (g7(w, o)) { n++; if (a7(w, o, out) ? sink.emit(7) : sink.slow(7, true) === 2) return -1; }

  if (g8(w, o)) { n++; if (a8(w, o, out) ? sink.emit(8) : sink.slow(8, true) === 2) return -1; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, g4, g5, g6, g7, g8];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, a4, a5, a6, a7, a8];
const wordInvariants: readonly (WordCheck | null)[] = [i0];
const guardTexts: Readonly<Record<string, string>> = { "Prepare": "(s, { rm }) => s.rmState[rm] === \"working\"", "DecideCommit": "(s, { rm }, { sets }) =>\n        s.rmState[rm] === \"prepared\" && sets.RM.every((r) => s.rmState[r] === \"prepared\" || s.rmState[r] === \"committed\")", "DecideAbort": "(s, { rm }, { sets }) =>\n        (s.rmState[rm] === \"working\" || s.rmState[rm] === \"prepared\") && sets.RM.every((r) => s.rmState[r] !== \"committed\")" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "Prepare", "status": "compiled" }, { "name": "DecideCommit", "status": "compiled" }, { "name": "DecideAbort", "status": "compiled" }], "invariants": [{ "name": "TCConsistent", "status": "compiled" }] } as const;

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
