// generated from spec/examples/ewd840.cspec.ts (N=3) by clusterspec generate — do not edit
/**
 * The ewd840 spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../spec/examples/ewd840.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set Node. */
export type Node = 0 | 1 | 2;
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly active: { readonly [K in Node]: boolean }; readonly color: { readonly [K in Node]: "white" | "black" }; readonly tpos: Node; readonly tcolor: "white" | "black"; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "System"; readonly act: "InitiateProbe" | "PassToken"; readonly why: "tcolor" | "color0" | "inactive" | "color"; readonly i: undefined | 1 | 2; } | { readonly type: "SendMsg"; readonly i: Node; readonly j: Node; } | { readonly type: "Deactivate"; readonly i: Node; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "ewd840", file: "spec/examples/ewd840.cspec.ts", params: { "N": 3 }, sets: { "Node": [0, 1, 2] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 1;

/** System(act=InitiateProbe, why=tcolor) */
function g0(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 0) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (0 << 3);
  out[0] = (out[0] & 4294967103) | (2 << 6);
  out[0] = (out[0] & 4294967039) | (0 << 8);
  return true;
}

/** System(act=InitiateProbe, why=color0) */
function g1(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 0) && (((w[o + 0] >>> 3) & 1) === 1));
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (0 << 3);
  out[0] = (out[0] & 4294967103) | (2 << 6);
  out[0] = (out[0] & 4294967039) | (0 << 8);
  return true;
}

/** System(act=PassToken, i=1, why=inactive) */
function g2(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 1) && !(((w[o + 0] >>> 1) & 1) === 1));
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (0 << 4);
  out[0] = (out[0] & 4294967103) | (0 << 6);
  out[0] = (out[0] & 4294967039) | (((((w[o + 0] >>> 4) & 1) === 1) ? 1 : ((w[o + 0] >>> 8) & 1)) << 8);
  return true;
}

/** System(act=PassToken, i=1, why=color) */
function g3(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 1) && (((w[o + 0] >>> 4) & 1) === 1));
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (0 << 4);
  out[0] = (out[0] & 4294967103) | (0 << 6);
  out[0] = (out[0] & 4294967039) | (((((w[o + 0] >>> 4) & 1) === 1) ? 1 : ((w[o + 0] >>> 8) & 1)) << 8);
  return true;
}

/** System(act=PassToken, i=1, why=tcolor) */
function g4(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 1) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a4(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (0 << 4);
  out[0] = (out[0] & 4294967103) | (0 << 6);
  out[0] = (out[0] & 4294967039) | (((((w[o + 0] >>> 4) & 1) === 1) ? 1 : ((w[o + 0] >>> 8) & 1)) << 8);
  return true;
}

/** System(act=PassToken, i=2, why=inactive) */
function g5(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 2) && !(((w[o + 0] >>> 2) & 1) === 1));
}

function a5(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (0 << 5);
  out[0] = (out[0] & 4294967103) | (1 << 6);
  out[0] = (out[0] & 4294967039) | (((((w[o + 0] >>> 5) & 1) === 1) ? 1 : ((w[o + 0] >>> 8) & 1)) << 8);
  return true;
}

/** System(act=PassToken, i=2, why=color) */
function g6(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 2) && (((w[o + 0] >>> 5) & 1) === 1));
}

function a6(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (0 << 5);
  out[0] = (out[0] & 4294967103) | (1 << 6);
  out[0] = (out[0] & 4294967039) | (((((w[o + 0] >>> 5) & 1) === 1) ? 1 : ((w[o + 0] >>> 8) & 1)) << 8);
  return true;
}

/** System(act=PassToken, i=2, why=tcolor) */
function g7(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 3) === 2) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a7(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (0 << 5);
  out[0] = (out[0] & 4294967103) | (1 << 6);
  out[0] = (out[0] & 4294967039) | (((((w[o + 0] >>> 5) & 1) === 1) ? 1 : ((w[o + 0] >>> 8) & 1)) << 8);
  return true;
}

/** SendMsg(i=0, j=1) */
function g8(w: Uint32Array, o: number): boolean {
  return ((w[o + 0] & 1) === 1);
}

function a8(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967293) | (1 << 1);
  out[0] = (out[0] & 4294967287) | (1 << 3);
  return true;
}

/** SendMsg(i=0, j=2) */
function g9(w: Uint32Array, o: number): boolean {
  return ((w[o + 0] & 1) === 1);
}

function a9(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967291) | (1 << 2);
  out[0] = (out[0] & 4294967287) | (1 << 3);
  return true;
}

/** SendMsg(i=1, j=0) */
function g10(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 1) & 1) === 1);
}

function a10(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967294) | 1;
  return true;
}

/** SendMsg(i=1, j=2) */
function g11(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 1) & 1) === 1);
}

function a11(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967291) | (1 << 2);
  out[0] = (out[0] & 4294967279) | (1 << 4);
  return true;
}

/** SendMsg(i=2, j=0) */
function g12(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 2) & 1) === 1);
}

function a12(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967294) | 1;
  return true;
}

/** SendMsg(i=2, j=1) */
function g13(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 2) & 1) === 1);
}

function a13(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967293) | (1 << 1);
  return true;
}

/** Deactivate(i=0) */
function g14(w: Uint32Array, o: number): boolean {
  return ((w[o + 0] & 1) === 1);
}

function a14(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967294) | 0;
  return true;
}

/** Deactivate(i=1) */
function g15(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 1) & 1) === 1);
}

function a15(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967293) | (0 << 1);
  return true;
}

/** Deactivate(i=2) */
function g16(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 2) & 1) === 1);
}

function a16(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967291) | (0 << 2);
  return true;
}

/** TerminationDetection */
function i0(w: Uint32Array, o: number): boolean {
  return (!((((((w[o + 0] >>> 6) & 3) === 0) && (((w[o + 0] >>> 8) & 1) === 0)) && (((w[o + 0] >>> 3) & 1) === 0)) && !((w[o + 0] & 1) === 1)) || ((!((w[o + 0] & 1) === 1) && !(((w[o + 0] >>> 1) & 1) === 1)) && !(((w[o + 0] >>> 2) & 1) === 1)));
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

  if (g9(w, o)) { n++; if (a9(w, o, out) ? sink.emit(9) : sink.slow(9, true) === 2) return -1; }

  if (g10(w, o)) { n++; if (a10(w, o, out) ? sink.emit(10) : sink.slow(10, true) === 2) return -1; }

  if (g11(w, o)) { n++; if (a11(w, o, out) ? sink.emit(11) : sink.slow(11, true) === 2) return -1; }

  if (g12(w, o)) { n++; if (a12(w, o, out) ? sink.emit(12) : sink.slow(12, true) === 2) return -1; }

  if (g13(w, o)) { n++; if (a13(w, o, out) ? sink.emit(13) : sink.slow(13, true) === 2) return -1; }

  if (g14(w, o)) { n++; if (a14(w, o, out) ? sink.emit(14) : sink.slow(14, true) === 2) return -1; }

  if (g15(w, o)) { n++; if (a15(w, o, out) ? sink.emit(15) : sink.slow(15, true) === 2) return -1; }

  if (g16(w, o)) { n++; if (a16(w, o, out) ? sink.emit(16) : sink.slow(16, true) === 2) return -1; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16];
const wordInvariants: readonly (WordCheck | null)[] = [i0, null];
const guardTexts: Readonly<Record<string, string>> = { "System": "(s: State, a: SystemArgs) => {\n        if (a.act === \"InitiateProbe\") return s.tpos === 0 && (a.why === \"tcolor\" ? s.tcolor === \"black\" : s.color[0] === \"black\");\n        return s.tpos === a.i && (a.why === \"inactive\" ? !s.active[a.i] : a.why === \"color\" ? s.color[a.i] === \"black\" : s.tcolor === \"black\");\n      }", "SendMsg": "(s: State, { i }) => s.active[i]!", "Deactivate": "(s: State, { i }) => s.active[i]!" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "System", "status": "compiled" }, { "name": "SendMsg", "status": "compiled" }, { "name": "Deactivate", "status": "compiled" }], "invariants": [{ "name": "TerminationDetection", "status": "compiled" }, { "name": "Inv", "status": "fallback", "reason": "calls range with arguments known only at run time" }] } as const;

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
