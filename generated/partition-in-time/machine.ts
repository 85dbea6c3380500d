// generated from spec/partition-in-time.cspec.ts (E=3, F=3, FORCE=false) by clusterspec generate — do not edit
/**
 * The partition-in-time spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../spec/partition-in-time.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set Node. */
export type Node = "A" | "B";
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly node: { readonly [K in Node]: { readonly mode: "down" | "waiting" | "lostPeer" | "solo" | "synced" | "paired"; readonly epoch: 0 | 1 | 2 | 3; readonly flag: boolean; readonly flagCache: boolean | null; } }; readonly connected: boolean; readonly deviceUp: boolean; readonly vote: Node | null; readonly faults: 0 | 1 | 2 | 3; readonly maxCommitted: 0 | 1 | 2 | 3; readonly regressed: boolean; readonly forked: boolean; readonly unflaggedSolo: boolean; readonly forced: boolean; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "commit"; readonly n: Node; } | { readonly type: "becomeSoleSurvivor"; readonly n: Node; } | { readonly type: "startSolo"; readonly n: Node; } | { readonly type: "join"; readonly n: Node; } | { readonly type: "pairUp"; readonly n: Node; } | { readonly type: "flushFlag"; readonly n: Node; } | { readonly type: "forceStart"; readonly n: Node; } | { readonly type: "crash"; readonly n: Node; } | { readonly type: "revive"; readonly n: Node; } | { readonly type: "partition"; } | { readonly type: "heal"; } | { readonly type: "deviceDown"; } | { readonly type: "deviceUp"; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "partition-in-time", file: "spec/partition-in-time.cspec.ts", params: { "E": 3, "F": 3, "FORCE": false }, sets: { "Node": ["A", "B"] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 1;
const T0 = new Int32Array([0, 0, 1]);
const T1 = new Int32Array([-1, 0, 1]);

/** commit(n=A) */
function g0(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 3) & 3) >= 3) ? false : (((w[o + 0] & 7) === 3) ? (((((w[o + 0] >>> 6) & 3) === 0) ? (((w[o + 0] >>> 5) & 1) === 1) : (T0[((w[o + 0] >>> 6) & 3)] === 1)) && !(((w[o + 0] >>> 8) & 7) === 4)) : ((((w[o + 0] & 7) === 5) && (((w[o + 0] >>> 8) & 7) === 5)) && (((w[o + 0] >>> 16) & 1) === 1))));
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  const t0 = (((w[o + 0] & 7) === 3) ? (((w[o + 0] >>> 3) & 3) + 1) : (((w[o + 0] >>> 3) & 3) + 1)) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294967271) | (t0 << 3);
  const t1 = (((w[o + 0] >>> 3) & 3) + 1) - 0;
  if (t1 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294961151) | ((((w[o + 0] & 7) === 3) ? ((w[o + 0] >>> 11) & 3) : t1) << 11);
  const t2 = (((w[o + 0] & 7) === 3) ? Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 3) & 3) + 1)) : Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 3) & 3) + 1))) - 0;
  if (t2 >>> 0 > 3) return false;
  out[0] = (out[0] & 4282384383) | (t2 << 22);
  out[0] = (out[0] & 4261412863) | (((((w[o + 0] & 7) === 3) ? ((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 3) & 3) < ((w[o + 0] >>> 22) & 3))) : ((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 3) & 3) < ((w[o + 0] >>> 22) & 3)))) ? 1 : 0) << 25);
  out[0] = (out[0] & 4227858431) | ((((w[o + 0] & 7) === 3) ? (((((w[o + 0] >>> 26) & 1) === 1) || !(((w[o + 0] >>> 5) & 1) === 1)) ? 1 : 0) : ((w[o + 0] >>> 26) & 1)) << 26);
  return true;
}

/** commit(n=B) */
function g1(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 11) & 3) >= 3) ? false : ((((w[o + 0] >>> 8) & 7) === 3) ? (((((w[o + 0] >>> 14) & 3) === 0) ? (((w[o + 0] >>> 13) & 1) === 1) : (T0[((w[o + 0] >>> 14) & 3)] === 1)) && !((w[o + 0] & 7) === 4)) : (((((w[o + 0] >>> 8) & 7) === 5) && ((w[o + 0] & 7) === 5)) && (((w[o + 0] >>> 16) & 1) === 1))));
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  const t0 = (((w[o + 0] >>> 11) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294967271) | (((((w[o + 0] >>> 8) & 7) === 3) ? ((w[o + 0] >>> 3) & 3) : t0) << 3);
  const t1 = ((((w[o + 0] >>> 8) & 7) === 3) ? (((w[o + 0] >>> 11) & 3) + 1) : (((w[o + 0] >>> 11) & 3) + 1)) - 0;
  if (t1 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294961151) | (t1 << 11);
  const t2 = ((((w[o + 0] >>> 8) & 7) === 3) ? Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 11) & 3) + 1)) : Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 11) & 3) + 1))) - 0;
  if (t2 >>> 0 > 3) return false;
  out[0] = (out[0] & 4282384383) | (t2 << 22);
  out[0] = (out[0] & 4261412863) | ((((((w[o + 0] >>> 8) & 7) === 3) ? ((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 11) & 3) < ((w[o + 0] >>> 22) & 3))) : ((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 11) & 3) < ((w[o + 0] >>> 22) & 3)))) ? 1 : 0) << 25);
  out[0] = (out[0] & 4227858431) | (((((w[o + 0] >>> 8) & 7) === 3) ? (((((w[o + 0] >>> 26) & 1) === 1) || !(((w[o + 0] >>> 13) & 1) === 1)) ? 1 : 0) : ((w[o + 0] >>> 26) & 1)) << 26);
  return true;
}

/** becomeSoleSurvivor(n=A) */
function g2(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] & 7) === 2) && (!!(((w[o + 0] >>> 8) & 7) === 0) || !(((w[o + 0] >>> 16) & 1) === 1))) && (((w[o + 0] >>> 17) & 1) === 1)) && ((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? true : (((w[o + 0] >>> 3) & 3) < 3)));
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967288) | ((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? 1 : 3);
  const t0 = (((w[o + 0] >>> 3) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294967271) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? ((w[o + 0] >>> 3) & 3) : t0) << 3);
  out[0] = (out[0] & 4294967263) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? ((w[o + 0] >>> 5) & 1) : 1) << 5);
  out[0] = (out[0] & 4294967103) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? ((w[o + 0] >>> 6) & 3) : 0) << 6);
  out[0] = (out[0] & 4294180863) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? ((w[o + 0] >>> 18) & 3) : 1) << 18);
  const t1 = Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 3) & 3) + 1)) - 0;
  if (t1 >>> 0 > 3) return false;
  out[0] = (out[0] & 4282384383) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? ((w[o + 0] >>> 22) & 3) : t1) << 22);
  out[0] = (out[0] & 4261412863) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 1)) ? ((w[o + 0] >>> 25) & 1) : (((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 3) & 3) < ((w[o + 0] >>> 22) & 3))) ? 1 : 0)) << 25);
  return true;
}

/** becomeSoleSurvivor(n=B) */
function g3(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] >>> 8) & 7) === 2) && (!!((w[o + 0] & 7) === 0) || !(((w[o + 0] >>> 16) & 1) === 1))) && (((w[o + 0] >>> 17) & 1) === 1)) && ((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? true : (((w[o + 0] >>> 11) & 3) < 3)));
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965503) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? 1 : 3) << 8);
  const t0 = (((w[o + 0] >>> 11) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294961151) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? ((w[o + 0] >>> 11) & 3) : t0) << 11);
  out[0] = (out[0] & 4294959103) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? ((w[o + 0] >>> 13) & 1) : 1) << 13);
  out[0] = (out[0] & 4294918143) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? ((w[o + 0] >>> 14) & 3) : 0) << 14);
  out[0] = (out[0] & 4294180863) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? ((w[o + 0] >>> 18) & 3) : 2) << 18);
  const t1 = Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 11) & 3) + 1)) - 0;
  if (t1 >>> 0 > 3) return false;
  out[0] = (out[0] & 4282384383) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? ((w[o + 0] >>> 22) & 3) : t1) << 22);
  out[0] = (out[0] & 4261412863) | (((!(((w[o + 0] >>> 18) & 3) === 0) && !(((w[o + 0] >>> 18) & 3) === 2)) ? ((w[o + 0] >>> 25) & 1) : (((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 11) & 3) < ((w[o + 0] >>> 22) & 3))) ? 1 : 0)) << 25);
  return true;
}

/** flushFlag(n=A) */
function g10(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 6) & 3) === 0);
}

function a10(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  const t0 = T1[((w[o + 0] >>> 6) & 3)]!;
  if (t0 < 0) return false;
  out[0] = (out[0] & 4294967263) | (t0 << 5);
  out[0] = (out[0] & 4294967103) | (0 << 6);
  return true;
}

/** flushFlag(n=B) */
function g11(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 14) & 3) === 0);
}

function a11(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  const t0 = T1[((w[o + 0] >>> 14) & 3)]!;
  if (t0 < 0) return false;
  out[0] = (out[0] & 4294959103) | (t0 << 13);
  out[0] = (out[0] & 4294918143) | (0 << 14);
  return true;
}

/** forceStart(n=A) */
function g12(w: Uint32Array, o: number): boolean {
  return false;
}

function a12(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967288) | 3;
  const t0 = (((w[o + 0] >>> 3) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294967271) | (t0 << 3);
  out[0] = (out[0] & 4294967263) | (1 << 5);
  out[0] = (out[0] & 4294967103) | (0 << 6);
  out[0] = (out[0] & 4294180863) | (1 << 18);
  const t1 = Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 3) & 3) + 1)) - 0;
  if (t1 >>> 0 > 3) return false;
  out[0] = (out[0] & 4282384383) | (t1 << 22);
  out[0] = (out[0] & 4261412863) | ((((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 3) & 3) < ((w[o + 0] >>> 22) & 3))) ? 1 : 0) << 25);
  out[0] = (out[0] & 4160749567) | (1 << 27);
  return true;
}

/** forceStart(n=B) */
function g13(w: Uint32Array, o: number): boolean {
  return false;
}

function a13(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965503) | (3 << 8);
  const t0 = (((w[o + 0] >>> 11) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4294961151) | (t0 << 11);
  out[0] = (out[0] & 4294959103) | (1 << 13);
  out[0] = (out[0] & 4294918143) | (0 << 14);
  out[0] = (out[0] & 4294180863) | (2 << 18);
  const t1 = Math.max(((w[o + 0] >>> 22) & 3), (((w[o + 0] >>> 11) & 3) + 1)) - 0;
  if (t1 >>> 0 > 3) return false;
  out[0] = (out[0] & 4282384383) | (t1 << 22);
  out[0] = (out[0] & 4261412863) | ((((((w[o + 0] >>> 25) & 1) === 1) || (((w[o + 0] >>> 11) & 3) < ((w[o + 0] >>> 22) & 3))) ? 1 : 0) << 25);
  out[0] = (out[0] & 4160749567) | (1 << 27);
  return true;
}

/** crash(n=A) */
function g14(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 20) & 3) < 3) && !((w[o + 0] & 7) === 0));
}

function a14(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967288) | 0;
  out[0] = (out[0] & 4294967103) | (0 << 6);
  out[0] = (out[0] & 4294965503) | ((((((w[o + 0] >>> 8) & 7) === 5) || (((w[o + 0] >>> 8) & 7) === 4)) ? 2 : ((w[o + 0] >>> 8) & 7)) << 8);
  const t0 = (((w[o + 0] >>> 20) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4291821567) | (t0 << 20);
  return true;
}

/** crash(n=B) */
function g15(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 20) & 3) < 3) && !(((w[o + 0] >>> 8) & 7) === 0));
}

function a15(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967288) | ((((w[o + 0] & 7) === 5) || ((w[o + 0] & 7) === 4)) ? 2 : (w[o + 0] & 7));
  out[0] = (out[0] & 4294965503) | (0 << 8);
  out[0] = (out[0] & 4294918143) | (0 << 14);
  const t0 = (((w[o + 0] >>> 20) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4291821567) | (t0 << 20);
  return true;
}

/** revive(n=A) */
function g16(w: Uint32Array, o: number): boolean {
  return ((w[o + 0] & 7) === 0);
}

function a16(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967288) | 1;
  return true;
}

/** revive(n=B) */
function g17(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 8) & 7) === 0);
}

function a17(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294965503) | (1 << 8);
  return true;
}

/** partition */
function g18(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 20) & 3) < 3) && (((w[o + 0] >>> 16) & 1) === 1));
}

function a18(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294967288) | ((((w[o + 0] & 7) === 5) || ((w[o + 0] & 7) === 4)) ? 2 : (w[o + 0] & 7));
  out[0] = (out[0] & 4294965503) | ((((((w[o + 0] >>> 8) & 7) === 5) || (((w[o + 0] >>> 8) & 7) === 4)) ? 2 : ((w[o + 0] >>> 8) & 7)) << 8);
  out[0] = (out[0] & 4294901759) | (0 << 16);
  const t0 = (((w[o + 0] >>> 20) & 3) + 1) - 0;
  if (t0 >>> 0 > 3) return false;
  out[0] = (out[0] & 4291821567) | (t0 << 20);
  return true;
}

/** heal */
function g19(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 16) & 1) === 1);
}

function a19(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294901759) | (1 << 16);
  return true;
}

/** deviceUp */
function g21(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 17) & 1) === 1);
}

function a21(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[0] = (out[0] & 4294836223) | (1 << 17);
  return true;
}

/** noStaleRun */
function i0(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 27) & 1) === 1) || ((!(((w[o + 0] >>> 24) & 1) === 1) && !(((w[o + 0] >>> 25) & 1) === 1)) && ((!(((w[o + 0] & 7) === 3) || ((w[o + 0] & 7) === 5)) || (((w[o + 0] >>> 3) & 3) >= ((w[o + 0] >>> 22) & 3))) && (!((((w[o + 0] >>> 8) & 7) === 3) || (((w[o + 0] >>> 8) & 7) === 5)) || (((w[o + 0] >>> 11) & 3) >= ((w[o + 0] >>> 22) & 3))))));
}

/** flagMeansLatest */
function i1(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 27) & 1) === 1) || ((!(((w[o + 0] >>> 5) & 1) === 1) || (((w[o + 0] >>> 3) & 3) === ((w[o + 0] >>> 22) & 3))) && (!(((w[o + 0] >>> 13) & 1) === 1) || (((w[o + 0] >>> 11) & 3) === ((w[o + 0] >>> 22) & 3)))));
}

/** oneSurvivorFlag */
function i2(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 27) & 1) === 1) || !((((w[o + 0] >>> 5) & 1) === 1) && (((w[o + 0] >>> 13) & 1) === 1)));
}

/** soloCommitFlagged */
function i3(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 26) & 1) === 1);
}

/** Every successor of the state at `w[o..]`, in instance order, handed to `sink`; the number of enabled instances, or -1 when the sink stopped. */
function expandAll(w: Uint32Array, o: number, out: Uint32Array, sink: SuccessorSink): number {
  let n = 0;
  if (g0(w, o)) { n++; if (a0(w, o, out) ? sink.emit(0) : sink.slow(0, true) === 2) return -1; }

  if (g1(w, o)) { n++; if (a1(w, o, out) ? sink.emit(1) : sink.slow(1, true) === 2) return -1; }

  if (g2(w, o)) { n++; if (a2(w, o, out) ? sink.emit(2) : sink.slow(2, true) === 2) return -1; }

  if (g3(w, o)) { n++; if (a3(w, o, out) ? sink.emit(3) : sink.slow(3, true) === 2) return -1; }

  { const r = sink.slow(4, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(5, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(6, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(7, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(8, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(9, false); if (r === 2) return -1; n += r; }

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

  { const r = sink.slow(20, false); if (r === 2) return -1; n += r; }

  if (g21(w, o)) { n++; if (a21(w, o, out) ? sink.emit(21) : sink.slow(21, true) === 2) return -1; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  if (!i1(w, o)) return 1;
  if (!i2(w, o)) return 2;
  if (!i3(w, o)) return 3;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, null, null, null, null, null, null, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, null, g21];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, null, null, null, null, null, null, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, null, a21];
const wordInvariants: readonly (WordCheck | null)[] = [i0, i1, i2, i3];
const guardTexts: Readonly<Record<string, string>> = { "commit": "(s: PtState, { n }: { n: NodeId }, { params }) => {\n        const me = s.node[n];\n        if (me.epoch >= params.E) return false;\n        // A survivor freezes its configuration while a joiner is synced, until pairUp.\n        if (me.mode === \"solo\") return believedFlag(me) && s.node[peerOf(n)].mode !== \"synced\";\n        return me.mode === \"paired\" && s.node[peerOf(n)].mode === \"paired\" && s.connected;\n      }", "becomeSoleSurvivor": "(s: PtState, { n }: { n: NodeId }, { params }) =>\n        s.node[n].mode === \"lostPeer\" && alone(s, n) && s.deviceUp && (s.vote !== null && s.vote !== n ? true : s.node[n].epoch < params.E)", "startSolo": "(s: PtState, { n }: { n: NodeId }) =>\n        s.node[n].mode === \"waiting\" && alone(s, n) && s.deviceUp && s.node[n].flag && (s.vote === null || s.vote === n || !isUp(s.node[s.vote].mode))", "join": "(s: PtState, { n }: { n: NodeId }) => {\n        const p = s.node[peerOf(n)].mode;\n        const m = s.node[n].mode;\n        return s.connected && (m === \"waiting\" || m === \"lostPeer\") && (p === \"waiting\" || p === \"lostPeer\" || p === \"solo\");\n      }", "pairUp": "(s: PtState, { n }: { n: NodeId }) => {\n        const m = s.node[n].mode;\n        return s.connected && (m === \"solo\" || m === \"synced\") && s.node[peerOf(n)].mode === \"synced\";\n      }", "flushFlag": "(s: PtState, { n }: { n: NodeId }) => s.node[n].flagCache !== null", "forceStart": "(s: PtState, { n }: { n: NodeId }, { params }) => params.FORCE && s.node[n].mode === \"waiting\" && alone(s, n) && s.deviceUp && s.node[n].epoch < params.E", "crash": "(s: PtState, { n }: { n: NodeId }, { params }) => s.faults < params.F && isUp(s.node[n].mode)", "revive": "(s: PtState, { n }: { n: NodeId }) => s.node[n].mode === \"down\"", "partition": "(s: PtState, _a, { params }) => s.faults < params.F && s.connected", "heal": "(s: PtState) => !s.connected", "deviceDown": "(s: PtState, _a, { params }) => s.faults < params.F && s.deviceUp", "deviceUp": "(s: PtState) => !s.deviceUp" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "commit", "status": "compiled" }, { "name": "becomeSoleSurvivor", "status": "compiled" }, { "name": "startSolo", "status": "fallback", "reason": "reads .mode of undefined" }, { "name": "join", "status": "fallback", "reason": "apply: it is built by joinWith(higherEpoch) (only function literals and top-level helpers translate)" }, { "name": "pairUp", "status": "fallback", "reason": "apply: it is built by pairUpWith(clearFlagDurably) (only function literals and top-level helpers translate)" }, { "name": "flushFlag", "status": "compiled" }, { "name": "forceStart", "status": "compiled" }, { "name": "crash", "status": "compiled" }, { "name": "revive", "status": "compiled" }, { "name": "partition", "status": "compiled" }, { "name": "heal", "status": "compiled" }, { "name": "deviceDown", "status": "fallback", "reason": "a let declaration (only const translates)" }, { "name": "deviceUp", "status": "compiled" }], "invariants": [{ "name": "noStaleRun", "status": "compiled" }, { "name": "flagMeansLatest", "status": "compiled" }, { "name": "oneSurvivorFlag", "status": "compiled" }, { "name": "soloCommitFlagged", "status": "compiled" }] } as const;

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
