// generated from bench/specs/pr-ownership.cspec.ts (N=3, B=2, V=2) by clusterspec generate — do not edit
/**
 * The pr-ownership spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../bench/specs/pr-ownership.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set Node. */
export type Node = 0 | 1 | 2;
/** Elements of set Block. */
export type Block = 0 | 1;
/** Elements of set Value. */
export type Value = 0 | 1;
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly up: { readonly [K in Node]: boolean }; readonly owner: { readonly [K in Node]: boolean }; readonly reg: ReadonlySet<Node>; readonly holder: Node | null; readonly disk: { readonly [K in Block]: Value }; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "Register"; readonly n: Node; } | { readonly type: "Reserve"; readonly n: Node; } | { readonly type: "Crash"; readonly n: Node; } | { readonly type: "Restart"; readonly n: Node; } | { readonly type: "Preempt"; readonly n: Node; readonly victim: Node; } | { readonly type: "Write"; readonly n: Node; readonly b: Block; readonly v: Block; } | { readonly type: "Fenced"; readonly n: Node; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "pr-ownership", file: "bench/specs/pr-ownership.cspec.ts", params: { "N": 3, "B": 2, "V": 2 }, sets: { "Node": [0, 1, 2], "Block": [0, 1], "Value": [0, 1] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 1;

/** Register(n=0) */
function g0(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && !(((w[o + 0] >>> 6) & 1) === 1)) && !(((w[o + 0] >>> 3) & 1) === 1));
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967231) | (1 << 6);
  return true;
}

/** Register(n=1) */
function g1(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 1) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && !(((w[o + 0] >>> 4) & 1) === 1));
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967167) | (1 << 7);
  return true;
}

/** Register(n=2) */
function g2(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && !(((w[o + 0] >>> 5) & 1) === 1));
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967039) | (1 << 8);
  return true;
}

/** Reserve(n=0) */
function g3(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && ((((w[o + 0] >>> 9) & 3) === 0) || (((w[o + 0] >>> 9) & 3) === 1))) && !(((w[o + 0] >>> 3) & 1) === 1));
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (1 << 3);
  out[0] = (out[0] & 4294965759) | (1 << 9);
  return true;
}

/** Reserve(n=1) */
function g4(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 7) & 1) === 1)) && ((((w[o + 0] >>> 9) & 3) === 0) || (((w[o + 0] >>> 9) & 3) === 2))) && !(((w[o + 0] >>> 4) & 1) === 1));
}

function a4(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (1 << 4);
  out[0] = (out[0] & 4294965759) | (2 << 9);
  return true;
}

/** Reserve(n=2) */
function g5(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 8) & 1) === 1)) && ((((w[o + 0] >>> 9) & 3) === 0) || (((w[o + 0] >>> 9) & 3) === 3))) && !(((w[o + 0] >>> 5) & 1) === 1));
}

function a5(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (1 << 5);
  out[0] = (out[0] & 4294965759) | (3 << 9);
  return true;
}

/** Crash(n=0) */
function g6(w: Uint32Array, o: number): boolean {
  return ((w[o + 0] & 1) === 1);
}

function a6(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967294) | 0;
  return true;
}

/** Crash(n=1) */
function g7(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 1) & 1) === 1);
}

function a7(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967293) | (0 << 1);
  return true;
}

/** Crash(n=2) */
function g8(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 2) & 1) === 1);
}

function a8(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967291) | (0 << 2);
  return true;
}

/** Restart(n=0) */
function g9(w: Uint32Array, o: number): boolean {
  return !((w[o + 0] & 1) === 1);
}

function a9(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967294) | 1;
  return true;
}

/** Restart(n=1) */
function g10(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 1) & 1) === 1);
}

function a10(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967293) | (1 << 1);
  return true;
}

/** Restart(n=2) */
function g11(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 2) & 1) === 1);
}

function a11(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967291) | (1 << 2);
  return true;
}

/** Preempt(n=0, victim=0) */
function g12(w: Uint32Array, o: number): boolean {
  return false;
}

function a12(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (((((w[o + 0] >>> 9) & 3) === 1) ? 1 : ((w[o + 0] >>> 3) & 1)) << 3);
  out[0] = (out[0] & 4294967231) | (0 << 6);
  out[0] = (out[0] & 4294967167) | ((((((w[o + 0] >>> 9) & 3) === 1) ? (((w[o + 0] >>> 7) & 1) === 1) : (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) << 7);
  out[0] = (out[0] & 4294967039) | ((((((w[o + 0] >>> 9) & 3) === 1) ? (((w[o + 0] >>> 8) & 1) === 1) : (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0) << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 1) ? 1 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=0, victim=1) */
function g13(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1)) && !(((w[o + 0] >>> 1) & 1) === 1));
}

function a13(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (((((w[o + 0] >>> 9) & 3) === 2) ? 1 : ((w[o + 0] >>> 3) & 1)) << 3);
  out[0] = (out[0] & 4294967231) | ((((((w[o + 0] >>> 9) & 3) === 2) ? (((w[o + 0] >>> 6) & 1) === 1) : (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) << 6);
  out[0] = (out[0] & 4294967167) | (0 << 7);
  out[0] = (out[0] & 4294967039) | ((((((w[o + 0] >>> 9) & 3) === 2) ? (((w[o + 0] >>> 8) & 1) === 1) : (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0) << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 2) ? 1 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=0, victim=2) */
function g14(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1)) && !(((w[o + 0] >>> 2) & 1) === 1));
}

function a14(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (((((w[o + 0] >>> 9) & 3) === 3) ? 1 : ((w[o + 0] >>> 3) & 1)) << 3);
  out[0] = (out[0] & 4294967231) | ((((((w[o + 0] >>> 9) & 3) === 3) ? (((w[o + 0] >>> 6) & 1) === 1) : (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) << 6);
  out[0] = (out[0] & 4294967167) | ((((((w[o + 0] >>> 9) & 3) === 3) ? (((w[o + 0] >>> 7) & 1) === 1) : (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) << 7);
  out[0] = (out[0] & 4294967039) | (0 << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 3) ? 1 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=1, victim=0) */
function g15(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1)) && !((w[o + 0] & 1) === 1));
}

function a15(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (((((w[o + 0] >>> 9) & 3) === 1) ? 1 : ((w[o + 0] >>> 4) & 1)) << 4);
  out[0] = (out[0] & 4294967231) | (0 << 6);
  out[0] = (out[0] & 4294967167) | ((((((w[o + 0] >>> 9) & 3) === 1) ? (((w[o + 0] >>> 7) & 1) === 1) : (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) << 7);
  out[0] = (out[0] & 4294967039) | ((((((w[o + 0] >>> 9) & 3) === 1) ? (((w[o + 0] >>> 8) & 1) === 1) : (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0) << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 1) ? 2 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=1, victim=1) */
function g16(w: Uint32Array, o: number): boolean {
  return false;
}

function a16(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (((((w[o + 0] >>> 9) & 3) === 2) ? 1 : ((w[o + 0] >>> 4) & 1)) << 4);
  out[0] = (out[0] & 4294967231) | ((((((w[o + 0] >>> 9) & 3) === 2) ? (((w[o + 0] >>> 6) & 1) === 1) : (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) << 6);
  out[0] = (out[0] & 4294967167) | (0 << 7);
  out[0] = (out[0] & 4294967039) | ((((((w[o + 0] >>> 9) & 3) === 2) ? (((w[o + 0] >>> 8) & 1) === 1) : (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0) << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 2) ? 2 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=1, victim=2) */
function g17(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1)) && !(((w[o + 0] >>> 2) & 1) === 1));
}

function a17(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (((((w[o + 0] >>> 9) & 3) === 3) ? 1 : ((w[o + 0] >>> 4) & 1)) << 4);
  out[0] = (out[0] & 4294967231) | ((((((w[o + 0] >>> 9) & 3) === 3) ? (((w[o + 0] >>> 6) & 1) === 1) : (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) << 6);
  out[0] = (out[0] & 4294967167) | ((((((w[o + 0] >>> 9) & 3) === 3) ? (((w[o + 0] >>> 7) & 1) === 1) : (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) << 7);
  out[0] = (out[0] & 4294967039) | (0 << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 3) ? 2 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=2, victim=0) */
function g18(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1)) && !((w[o + 0] & 1) === 1));
}

function a18(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (((((w[o + 0] >>> 9) & 3) === 1) ? 1 : ((w[o + 0] >>> 5) & 1)) << 5);
  out[0] = (out[0] & 4294967231) | (0 << 6);
  out[0] = (out[0] & 4294967167) | ((((((w[o + 0] >>> 9) & 3) === 1) ? (((w[o + 0] >>> 7) & 1) === 1) : (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) << 7);
  out[0] = (out[0] & 4294967039) | ((((((w[o + 0] >>> 9) & 3) === 1) ? (((w[o + 0] >>> 8) & 1) === 1) : (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0) << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 1) ? 3 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=2, victim=1) */
function g19(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1)) && !(((w[o + 0] >>> 1) & 1) === 1));
}

function a19(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (((((w[o + 0] >>> 9) & 3) === 2) ? 1 : ((w[o + 0] >>> 5) & 1)) << 5);
  out[0] = (out[0] & 4294967231) | ((((((w[o + 0] >>> 9) & 3) === 2) ? (((w[o + 0] >>> 6) & 1) === 1) : (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) << 6);
  out[0] = (out[0] & 4294967167) | (0 << 7);
  out[0] = (out[0] & 4294967039) | ((((((w[o + 0] >>> 9) & 3) === 2) ? (((w[o + 0] >>> 8) & 1) === 1) : (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0) << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 2) ? 3 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Preempt(n=2, victim=2) */
function g20(w: Uint32Array, o: number): boolean {
  return false;
}

function a20(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (((((w[o + 0] >>> 9) & 3) === 3) ? 1 : ((w[o + 0] >>> 5) & 1)) << 5);
  out[0] = (out[0] & 4294967231) | ((((((w[o + 0] >>> 9) & 3) === 3) ? (((w[o + 0] >>> 6) & 1) === 1) : (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) << 6);
  out[0] = (out[0] & 4294967167) | ((((((w[o + 0] >>> 9) & 3) === 3) ? (((w[o + 0] >>> 7) & 1) === 1) : (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) << 7);
  out[0] = (out[0] & 4294967039) | (0 << 8);
  out[0] = (out[0] & 4294965759) | (((((w[o + 0] >>> 9) & 3) === 3) ? 3 : ((w[o + 0] >>> 9) & 3)) << 9);
  return true;
}

/** Write(n=0, b=0, v=0) */
function g21(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1));
}

function a21(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965247) | (0 << 11);
  return true;
}

/** Write(n=0, b=0, v=1) */
function g22(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1));
}

function a22(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965247) | (1 << 11);
  return true;
}

/** Write(n=0, b=1, v=0) */
function g23(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1));
}

function a23(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294963199) | (0 << 12);
  return true;
}

/** Write(n=0, b=1, v=1) */
function g24(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1));
}

function a24(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294963199) | (1 << 12);
  return true;
}

/** Write(n=1, b=0, v=0) */
function g25(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1));
}

function a25(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965247) | (0 << 11);
  return true;
}

/** Write(n=1, b=0, v=1) */
function g26(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1));
}

function a26(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965247) | (1 << 11);
  return true;
}

/** Write(n=1, b=1, v=0) */
function g27(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1));
}

function a27(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294963199) | (0 << 12);
  return true;
}

/** Write(n=1, b=1, v=1) */
function g28(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1));
}

function a28(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294963199) | (1 << 12);
  return true;
}

/** Write(n=2, b=0, v=0) */
function g29(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a29(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965247) | (0 << 11);
  return true;
}

/** Write(n=2, b=0, v=1) */
function g30(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a30(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965247) | (1 << 11);
  return true;
}

/** Write(n=2, b=1, v=0) */
function g31(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a31(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294963199) | (0 << 12);
  return true;
}

/** Write(n=2, b=1, v=1) */
function g32(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a32(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294963199) | (1 << 12);
  return true;
}

/** Fenced(n=0) */
function g33(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && !(((w[o + 0] >>> 6) & 1) === 1));
}

function a33(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967287) | (0 << 3);
  return true;
}

/** Fenced(n=1) */
function g34(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && !(((w[o + 0] >>> 7) & 1) === 1));
}

function a34(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967279) | (0 << 4);
  return true;
}

/** Fenced(n=2) */
function g35(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && !(((w[o + 0] >>> 8) & 1) === 1));
}

function a35(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967263) | (0 << 5);
  return true;
}

/** SingleWriter */
function i0(w: Uint32Array, o: number): boolean {
  return ((0 + (((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0) + ((((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1)) ? 1 : 0) + ((((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1)) ? 1 : 0)) <= 1);
}

/** WriterIsHolder */
function i1(w: Uint32Array, o: number): boolean {
  return (((!((((w[o + 0] & 1) === 1) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 0] >>> 6) & 1) === 1)) || (((w[o + 0] >>> 9) & 3) === 1)) && (!(((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 0] >>> 4) & 1) === 1)) && (((w[o + 0] >>> 7) & 1) === 1)) || (((w[o + 0] >>> 9) & 3) === 2))) && (!(((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 8) & 1) === 1)) || (((w[o + 0] >>> 9) & 3) === 3)));
}

/** HolderRegistered */
function i2(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 9) & 3) === 0) || ((((((w[o + 0] >>> 9) & 3) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) || ((((w[o + 0] >>> 9) & 3) === 2) && (((w[o + 0] >>> 7) & 1) === 1))) || ((((w[o + 0] >>> 9) & 3) === 3) && (((w[o + 0] >>> 8) & 1) === 1))));
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

  if (g17(w, o)) { n++; if (a17(w, o, out) ? sink.emit(17) : sink.slow(17, true) === 2) return -1; }

  if (g18(w, o)) { n++; if (a18(w, o, out) ? sink.emit(18) : sink.slow(18, true) === 2) return -1; }

  if (g19(w, o)) { n++; if (a19(w, o, out) ? sink.emit(19) : sink.slow(19, true) === 2) return -1; }

  if (g20(w, o)) { n++; if (a20(w, o, out) ? sink.emit(20) : sink.slow(20, true) === 2) return -1; }

  if (g21(w, o)) { n++; if (a21(w, o, out) ? sink.emit(21) : sink.slow(21, true) === 2) return -1; }

  if (g22(w, o)) { n++; if (a22(w, o, out) ? sink.emit(22) : sink.slow(22, true) === 2) return -1; }

  if (g23(w, o)) { n++; if (a23(w, o, out) ? sink.emit(23) : sink.slow(23, true) === 2) return -1; }

  if (g24(w, o)) { n++; if (a24(w, o, out) ? sink.emit(24) : sink.slow(24, true) === 2) return -1; }

  if (g25(w, o)) { n++; if (a25(w, o, out) ? sink.emit(25) : sink.slow(25, true) === 2) return -1; }

  if (g26(w, o)) { n++; if (a26(w, o, out) ? sink.emit(26) : sink.slow(26, true) === 2) return -1; }

  if (g27(w, o)) { n++; if (a27(w, o, out) ? sink.emit(27) : sink.slow(27, true) === 2) return -1; }

  if (g28(w, o)) { n++; if (a28(w, o, out) ? sink.emit(28) : sink.slow(28, true) === 2) return -1; }

  if (g29(w, o)) { n++; if (a29(w, o, out) ? sink.emit(29) : sink.slow(29, true) === 2) return -1; }

  if (g30(w, o)) { n++; if (a30(w, o, out) ? sink.emit(30) : sink.slow(30, true) === 2) return -1; }

  if (g31(w, o)) { n++; if (a31(w, o, out) ? sink.emit(31) : sink.slow(31, true) === 2) return -1; }

  if (g32(w, o)) { n++; if (a32(w, o, out) ? sink.emit(32) : sink.slow(32, true) === 2) return -1; }

  if (g33(w, o)) { n++; if (a33(w, o, out) ? sink.emit(33) : sink.slow(33, true) === 2) return -1; }

  if (g34(w, o)) { n++; if (a34(w, o, out) ? sink.emit(34) : sink.slow(34, true) === 2) return -1; }

  if (g35(w, o)) { n++; if (a35(w, o, out) ? sink.emit(35) : sink.slow(35, true) === 2) return -1; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  if (!i1(w, o)) return 1;
  if (!i2(w, o)) return 2;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20, g21, g22, g23, g24, g25, g26, g27, g28, g29, g30, g31, g32, g33, g34, g35];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35];
const wordInvariants: readonly (WordCheck | null)[] = [i0, i1, i2];
const guardTexts: Readonly<Record<string, string>> = { "Register": "(s, { n }) => s.up[n] && !s.reg.has(n) && !s.owner[n]", "Reserve": "(s, { n }) => s.up[n] && s.reg.has(n) && (s.holder === null || s.holder === n) && !s.owner[n]", "Crash": "(s, { n }) => s.up[n]", "Restart": "(s, { n }) => !s.up[n]", "Preempt": "(s, { n, victim }) => s.up[n] && s.reg.has(n) && victim !== n && s.reg.has(victim) && !s.up[victim]", "Write": "(s, { n }) => s.up[n] && s.owner[n] && s.reg.has(n)", "Fenced": "(s, { n }) => s.up[n] && s.owner[n] && !s.reg.has(n)" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "Register", "status": "compiled" }, { "name": "Reserve", "status": "compiled" }, { "name": "Crash", "status": "compiled" }, { "name": "Restart", "status": "compiled" }, { "name": "Preempt", "status": "compiled" }, { "name": "Write", "status": "compiled" }, { "name": "Fenced", "status": "compiled" }], "invariants": [{ "name": "SingleWriter", "status": "compiled" }, { "name": "WriterIsHolder", "status": "compiled" }, { "name": "HolderRegistered", "status": "compiled" }] } as const;

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
