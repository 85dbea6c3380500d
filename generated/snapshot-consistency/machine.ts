// generated from spec/snapshot-consistency.cspec.ts (CAP=1, F=2, PART=all) by clusterspec generate — do not edit
/**
 * The snapshot-consistency spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../spec/snapshot-consistency.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set Node. */
export type Node = "n1" | "n2";
/** Elements of set Block. */
export type Block = "b1" | "b2";
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly part: "shadow" | "cbt"; readonly vol: { readonly [K in Block]: 0 | 1 }; readonly snap: { readonly [K in Block]: 0 | 1 }; readonly daData: { readonly [K in Block]: 0 | 1 | null }; readonly daMap: ReadonlySet<Block>; readonly snapValid: boolean; readonly writerUp: boolean; readonly wb: Block | null; readonly wPub: boolean; readonly wOver: boolean; readonly rPhase: "idle" | "missed" | "volRead"; readonly rb: Block | null; readonly rv: 0 | 1; readonly retB: Block | null; readonly retV: 0 | 1 | null; readonly retVia: "none" | "map" | "recheckHit" | "volume" | "error"; readonly inflight: { readonly [K in Node]: Block | null }; readonly changed: ReadonlySet<Block>; readonly frozen: ReadonlySet<Block>; readonly gen: 0 | 1 | 2; readonly c1gen: 0 | 1 | 2; readonly phase: "start" | "s1" | "full" | "s2" | "queried" | "rejected" | "done"; readonly s2: { readonly [K in Block]: 0 | 1 }; readonly C: ReadonlySet<Block>; readonly qAccepted: boolean; readonly bkp: { readonly [K in Block]: 0 | 1 | null }; readonly incr: boolean; readonly dirty: ReadonlySet<Block>; readonly resetSince: boolean; readonly faults: 0 | 1 | 2; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "Write"; readonly b: Block; } | { readonly type: "Copy"; readonly b: Block; } | { readonly type: "Publish"; } | { readonly type: "Overwrite"; } | { readonly type: "Overflow"; readonly b: Block; } | { readonly type: "CopyError"; readonly b: Block; } | { readonly type: "WriterCrash"; } | { readonly type: "WriterRestart"; } | { readonly type: "ReadStart"; readonly b: Block; } | { readonly type: "ReadVolume"; } | { readonly type: "Recheck"; } | { readonly type: "ReaderCrash"; } | { readonly type: "Issue"; readonly n: Node; readonly b: Block; } | { readonly type: "Complete"; readonly n: Node; } | { readonly type: "Snap1"; } | { readonly type: "FullBackup"; } | { readonly type: "Snap2"; } | { readonly type: "Query"; } | { readonly type: "Transfer"; } | { readonly type: "FullBackup2"; } | { readonly type: "TrackerReset"; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "snapshot-consistency", file: "spec/snapshot-consistency.cspec.ts", params: { "CAP": 1, "F": 2, "PART": "all" }, sets: { "Node": ["n1", "n2"], "Block": ["b1", "b2"] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 2;

/** Write(b=b1) */
function g0(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0)) && !((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 9) & 1) === 1)));
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  const t0 = (1 - ((w[o + 0] >>> 1) & 1)) - 0;
  if (t0 >>> 0 > 1) return false;
  out[0] = (out[0] & 4294967293) | (t0 << 1);
  return true;
}

/** Write(b=b2) */
function g1(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0)) && !((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 10) & 1) === 1)));
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  const t0 = (1 - ((w[o + 0] >>> 2) & 1)) - 0;
  if (t0 >>> 0 > 1) return false;
  out[0] = (out[0] & 4294967291) | (t0 << 2);
  return true;
}

/** Copy(b=b1) */
function g2(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0)) && ((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 9) & 1) === 1))) && (!(((w[o + 0] >>> 5) & 3) === 0) || ((0 + (!(((w[o + 0] >>> 5) & 3) === 0) ? 1 : 0) + (!(((w[o + 0] >>> 7) & 3) === 0) ? 1 : 0)) < 1)));
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294967199) | ((((w[o + 0] >>> 1) & 1) + 1) << 5);
  out[0] = (out[0] & 4294942719) | (1 << 13);
  return true;
}

/** Copy(b=b2) */
function g3(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0)) && ((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 10) & 1) === 1))) && (!(((w[o + 0] >>> 7) & 3) === 0) || ((0 + (!(((w[o + 0] >>> 5) & 3) === 0) ? 1 : 0) + (!(((w[o + 0] >>> 7) & 3) === 0) ? 1 : 0)) < 1)));
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294966911) | ((((w[o + 0] >>> 2) & 1) + 1) << 7);
  out[0] = (out[0] & 4294942719) | (2 << 13);
  return true;
}

/** Publish */
function g4(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 12) & 1) === 1) && !(((w[o + 0] >>> 13) & 3) === 0)) && !(((w[o + 0] >>> 15) & 1) === 1));
}

function a4(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294966783) | ((((((w[o + 0] >>> 16) & 1) === 1) ? ((((w[o + 0] >>> 13) & 3) === 1) || (((w[o + 0] >>> 9) & 1) === 1)) : ((((w[o + 0] >>> 13) & 3) === 1) || (((w[o + 0] >>> 9) & 1) === 1))) ? 1 : 0) << 9);
  out[0] = (out[0] & 4294966271) | ((((((w[o + 0] >>> 16) & 1) === 1) ? ((((w[o + 0] >>> 13) & 3) === 2) || (((w[o + 0] >>> 10) & 1) === 1)) : ((((w[o + 0] >>> 13) & 3) === 2) || (((w[o + 0] >>> 10) & 1) === 1))) ? 1 : 0) << 10);
  out[0] = (out[0] & 4294942719) | (((((w[o + 0] >>> 16) & 1) === 1) ? 0 : ((w[o + 0] >>> 13) & 3)) << 13);
  out[0] = (out[0] & 4294934527) | ((((((w[o + 0] >>> 16) & 1) === 1) ? false : true) ? 1 : 0) << 15);
  out[0] = (out[0] & 4294901759) | (((((w[o + 0] >>> 16) & 1) === 1) ? 0 : ((w[o + 0] >>> 16) & 1)) << 16);
  out[1] = (out[1] & 4294967291) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 2) & 1) === 1) : (((w[o + 1] >>> 2) & 1) === 1)) ? 1 : 0) << 2);
  out[1] = (out[1] & 4294967287) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 3) & 1) === 1) : (((w[o + 1] >>> 3) & 1) === 1)) ? 1 : 0) << 3);
  out[1] = (out[1] & 4294967279) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 4) & 1) === 1) : (((w[o + 1] >>> 4) & 1) === 1)) ? 1 : 0) << 4);
  out[1] = (out[1] & 4294967263) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 5) & 1) === 1) : (((w[o + 1] >>> 5) & 1) === 1)) ? 1 : 0) << 5);
  out[1] = (out[1] & 4294934527) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 15) & 1) === 1) : (((w[o + 1] >>> 15) & 1) === 1)) ? 1 : 0) << 15);
  out[1] = (out[1] & 4294901759) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 16) & 1) === 1) : (((w[o + 1] >>> 16) & 1) === 1)) ? 1 : 0) << 16);
  out[1] = (out[1] & 4286578687) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 23) & 1) === 1) : (((w[o + 1] >>> 23) & 1) === 1)) ? 1 : 0) << 23);
  out[1] = (out[1] & 4278190079) | ((((((w[o + 0] >>> 16) & 1) === 1) ? (((w[o + 1] >>> 24) & 1) === 1) : (((w[o + 1] >>> 24) & 1) === 1)) ? 1 : 0) << 24);
  return true;
}

/** Overflow(b=b1) */
function g6(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0)) && ((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 9) & 1) === 1))) && !(!(((w[o + 0] >>> 5) & 3) === 0) || ((0 + (!(((w[o + 0] >>> 5) & 3) === 0) ? 1 : 0) + (!(((w[o + 0] >>> 7) & 3) === 0) ? 1 : 0)) < 1)));
}

function a6(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  const t0 = (1 - ((w[o + 0] >>> 1) & 1)) - 0;
  if (t0 >>> 0 > 1) return false;
  out[0] = (out[0] & 4294967293) | (t0 << 1);
  out[0] = (out[0] & 4294965247) | (0 << 11);
  return true;
}

/** Overflow(b=b2) */
function g7(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0)) && ((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 10) & 1) === 1))) && !(!(((w[o + 0] >>> 7) & 3) === 0) || ((0 + (!(((w[o + 0] >>> 5) & 3) === 0) ? 1 : 0) + (!(((w[o + 0] >>> 7) & 3) === 0) ? 1 : 0)) < 1)));
}

function a7(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  const t0 = (1 - ((w[o + 0] >>> 2) & 1)) - 0;
  if (t0 >>> 0 > 1) return false;
  out[0] = (out[0] & 4294967291) | (t0 << 2);
  out[0] = (out[0] & 4294965247) | (0 << 11);
  return true;
}

/** CopyError(b=b1) */
function g8(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 1] >>> 26) & 3) < 2) && ((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0))) && ((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 9) & 1) === 1))) && (!(((w[o + 0] >>> 5) & 3) === 0) || ((0 + (!(((w[o + 0] >>> 5) & 3) === 0) ? 1 : 0) + (!(((w[o + 0] >>> 7) & 3) === 0) ? 1 : 0)) < 1)));
}

function a8(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  const t0 = (1 - ((w[o + 0] >>> 1) & 1)) - 0;
  if (t0 >>> 0 > 1) return false;
  out[0] = (out[0] & 4294967293) | (t0 << 1);
  out[0] = (out[0] & 4294965247) | (0 << 11);
  const t1 = (((w[o + 1] >>> 26) & 3) + 1) - 0;
  if (t1 >>> 0 > 2) return false;
  out[1] = (out[1] & 4093640703) | (t1 << 26);
  return true;
}

/** CopyError(b=b2) */
function g9(w: Uint32Array, o: number): boolean {
  return ((((((w[o + 1] >>> 26) & 3) < 2) && ((((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 12) & 1) === 1)) && (((w[o + 0] >>> 13) & 3) === 0))) && ((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 10) & 1) === 1))) && (!(((w[o + 0] >>> 7) & 3) === 0) || ((0 + (!(((w[o + 0] >>> 5) & 3) === 0) ? 1 : 0) + (!(((w[o + 0] >>> 7) & 3) === 0) ? 1 : 0)) < 1)));
}

function a9(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  const t0 = (1 - ((w[o + 0] >>> 2) & 1)) - 0;
  if (t0 >>> 0 > 1) return false;
  out[0] = (out[0] & 4294967291) | (t0 << 2);
  out[0] = (out[0] & 4294965247) | (0 << 11);
  const t1 = (((w[o + 1] >>> 26) & 3) + 1) - 0;
  if (t1 >>> 0 > 2) return false;
  out[1] = (out[1] & 4093640703) | (t1 << 26);
  return true;
}

/** WriterCrash */
function g10(w: Uint32Array, o: number): boolean {
  return (((((w[o + 1] >>> 26) & 3) < 2) && ((w[o + 0] & 1) === 0)) && (((w[o + 0] >>> 12) & 1) === 1));
}

function a10(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294963199) | (0 << 12);
  out[0] = (out[0] & 4294942719) | (0 << 13);
  out[0] = (out[0] & 4294934527) | (0 << 15);
  out[0] = (out[0] & 4294901759) | (0 << 16);
  const t0 = (((w[o + 1] >>> 26) & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[1] = (out[1] & 4093640703) | (t0 << 26);
  return true;
}

/** WriterRestart */
function g11(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 12) & 1) === 1);
}

function a11(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294963199) | (1 << 12);
  return true;
}

/** ReadStart(b=b1) */
function g12(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 17) & 3) === 0));
}

function a12(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294966783) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 0] >>> 9) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 0] >>> 9) & 1) === 1) : (((w[o + 0] >>> 9) & 1) === 1))) ? 1 : 0) << 9);
  out[0] = (out[0] & 4294966271) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 0] >>> 10) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 0] >>> 10) & 1) === 1) : (((w[o + 0] >>> 10) & 1) === 1))) ? 1 : 0) << 10);
  out[0] = (out[0] & 4294574079) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 9) & 1) === 1) ? 0 : 1)) << 17);
  out[0] = (out[0] & 4293394431) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 9) & 1) === 1) ? 0 : 1)) << 19);
  out[0] = (out[0] & 4292870143) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 9) & 1) === 1) ? 0 : ((w[o + 0] >>> 21) & 1))) << 21);
  out[0] = (out[0] & 4282384383) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 1 : ((((w[o + 0] >>> 9) & 1) === 1) ? 1 : 0)) << 22);
  out[0] = (out[0] & 4244635647) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 9) & 1) === 1) ? ((w[o + 0] >>> 5) & 3) : 0)) << 24);
  out[0] = (out[0] & 3825205247) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 4 : ((((w[o + 0] >>> 9) & 1) === 1) ? 1 : 0)) << 26);
  out[1] = (out[1] & 4294967291) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 2) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 2) & 1) === 1) : (((w[o + 1] >>> 2) & 1) === 1))) ? 1 : 0) << 2);
  out[1] = (out[1] & 4294967287) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 3) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 3) & 1) === 1) : (((w[o + 1] >>> 3) & 1) === 1))) ? 1 : 0) << 3);
  out[1] = (out[1] & 4294967279) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 4) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 4) & 1) === 1) : (((w[o + 1] >>> 4) & 1) === 1))) ? 1 : 0) << 4);
  out[1] = (out[1] & 4294967263) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 5) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 5) & 1) === 1) : (((w[o + 1] >>> 5) & 1) === 1))) ? 1 : 0) << 5);
  out[1] = (out[1] & 4294934527) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 15) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 15) & 1) === 1) : (((w[o + 1] >>> 15) & 1) === 1))) ? 1 : 0) << 15);
  out[1] = (out[1] & 4294901759) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 16) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 16) & 1) === 1) : (((w[o + 1] >>> 16) & 1) === 1))) ? 1 : 0) << 16);
  out[1] = (out[1] & 4286578687) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 23) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 23) & 1) === 1) : (((w[o + 1] >>> 23) & 1) === 1))) ? 1 : 0) << 23);
  out[1] = (out[1] & 4278190079) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 24) & 1) === 1) : ((((w[o + 0] >>> 9) & 1) === 1) ? (((w[o + 1] >>> 24) & 1) === 1) : (((w[o + 1] >>> 24) & 1) === 1))) ? 1 : 0) << 24);
  return true;
}

/** ReadStart(b=b2) */
function g13(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 1) === 0) && (((w[o + 0] >>> 17) & 3) === 0));
}

function a13(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294966783) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 0] >>> 9) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 0] >>> 9) & 1) === 1) : (((w[o + 0] >>> 9) & 1) === 1))) ? 1 : 0) << 9);
  out[0] = (out[0] & 4294966271) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 0] >>> 10) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 0] >>> 10) & 1) === 1) : (((w[o + 0] >>> 10) & 1) === 1))) ? 1 : 0) << 10);
  out[0] = (out[0] & 4294574079) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 10) & 1) === 1) ? 0 : 1)) << 17);
  out[0] = (out[0] & 4293394431) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 10) & 1) === 1) ? 0 : 2)) << 19);
  out[0] = (out[0] & 4292870143) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 10) & 1) === 1) ? 0 : ((w[o + 0] >>> 21) & 1))) << 21);
  out[0] = (out[0] & 4282384383) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 2 : ((((w[o + 0] >>> 10) & 1) === 1) ? 2 : 0)) << 22);
  out[0] = (out[0] & 4244635647) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((w[o + 0] >>> 10) & 1) === 1) ? ((w[o + 0] >>> 7) & 3) : 0)) << 24);
  out[0] = (out[0] & 3825205247) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 4 : ((((w[o + 0] >>> 10) & 1) === 1) ? 1 : 0)) << 26);
  out[1] = (out[1] & 4294967291) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 2) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 2) & 1) === 1) : (((w[o + 1] >>> 2) & 1) === 1))) ? 1 : 0) << 2);
  out[1] = (out[1] & 4294967287) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 3) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 3) & 1) === 1) : (((w[o + 1] >>> 3) & 1) === 1))) ? 1 : 0) << 3);
  out[1] = (out[1] & 4294967279) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 4) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 4) & 1) === 1) : (((w[o + 1] >>> 4) & 1) === 1))) ? 1 : 0) << 4);
  out[1] = (out[1] & 4294967263) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 5) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 5) & 1) === 1) : (((w[o + 1] >>> 5) & 1) === 1))) ? 1 : 0) << 5);
  out[1] = (out[1] & 4294934527) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 15) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 15) & 1) === 1) : (((w[o + 1] >>> 15) & 1) === 1))) ? 1 : 0) << 15);
  out[1] = (out[1] & 4294901759) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 16) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 16) & 1) === 1) : (((w[o + 1] >>> 16) & 1) === 1))) ? 1 : 0) << 16);
  out[1] = (out[1] & 4286578687) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 23) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 23) & 1) === 1) : (((w[o + 1] >>> 23) & 1) === 1))) ? 1 : 0) << 23);
  out[1] = (out[1] & 4278190079) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 24) & 1) === 1) : ((((w[o + 0] >>> 10) & 1) === 1) ? (((w[o + 1] >>> 24) & 1) === 1) : (((w[o + 1] >>> 24) & 1) === 1))) ? 1 : 0) << 24);
  return true;
}

/** ReadVolume */
function g14(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 17) & 3) === 1);
}

function a14(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294574079) | (2 << 17);
  return false;
  out[0] = (out[0] & 4292870143) | (((((w[o + 0] >>> 19) & 3) === 0) ? 0 : ((((w[o + 0] >>> 19) & 3) === 1) ? ((w[o + 0] >>> 1) & 1) : ((w[o + 0] >>> 2) & 1))) << 21);
  return true;
}

/** Recheck */
function g15(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] >>> 17) & 3) === 2);
}

function a15(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294966783) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 0] >>> 9) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 0] >>> 9) & 1) === 1) : (((w[o + 0] >>> 9) & 1) === 1))) ? 1 : 0) << 9);
  out[0] = (out[0] & 4294966271) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 0] >>> 10) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 0] >>> 10) & 1) === 1) : (((w[o + 0] >>> 10) & 1) === 1))) ? 1 : 0) << 10);
  out[0] = (out[0] & 4294574079) | (0 << 17);
  out[0] = (out[0] & 4293394431) | (0 << 19);
  out[0] = (out[0] & 4292870143) | (0 << 21);
  out[0] = (out[0] & 4282384383) | (((w[o + 0] >>> 19) & 3) << 22);
  return false;
  out[0] = (out[0] & 4244635647) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 0 : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? ((((w[o + 0] >>> 19) & 3) === 0) ? 0 : ((((w[o + 0] >>> 19) & 3) === 1) ? ((w[o + 0] >>> 5) & 3) : ((w[o + 0] >>> 7) & 3))) : (((w[o + 0] >>> 21) & 1) + 1))) << 24);
  out[0] = (out[0] & 3825205247) | ((!(((w[o + 0] >>> 11) & 1) === 1) ? 4 : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? 2 : 3)) << 26);
  out[1] = (out[1] & 4294967291) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 2) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 2) & 1) === 1) : (((w[o + 1] >>> 2) & 1) === 1))) ? 1 : 0) << 2);
  out[1] = (out[1] & 4294967287) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 3) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 3) & 1) === 1) : (((w[o + 1] >>> 3) & 1) === 1))) ? 1 : 0) << 3);
  out[1] = (out[1] & 4294967279) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 4) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 4) & 1) === 1) : (((w[o + 1] >>> 4) & 1) === 1))) ? 1 : 0) << 4);
  out[1] = (out[1] & 4294967263) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 5) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 5) & 1) === 1) : (((w[o + 1] >>> 5) & 1) === 1))) ? 1 : 0) << 5);
  out[1] = (out[1] & 4294934527) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 15) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 15) & 1) === 1) : (((w[o + 1] >>> 15) & 1) === 1))) ? 1 : 0) << 15);
  out[1] = (out[1] & 4294901759) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 16) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 16) & 1) === 1) : (((w[o + 1] >>> 16) & 1) === 1))) ? 1 : 0) << 16);
  out[1] = (out[1] & 4286578687) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 23) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 23) & 1) === 1) : (((w[o + 1] >>> 23) & 1) === 1))) ? 1 : 0) << 23);
  out[1] = (out[1] & 4278190079) | (((!(((w[o + 0] >>> 11) & 1) === 1) ? (((w[o + 1] >>> 24) & 1) === 1) : ((((((w[o + 0] >>> 19) & 3) === 1) && (((w[o + 0] >>> 9) & 1) === 1)) || ((((w[o + 0] >>> 19) & 3) === 2) && (((w[o + 0] >>> 10) & 1) === 1))) ? (((w[o + 1] >>> 24) & 1) === 1) : (((w[o + 1] >>> 24) & 1) === 1))) ? 1 : 0) << 24);
  return true;
}

/** ReaderCrash */
function g16(w: Uint32Array, o: number): boolean {
  return ((((w[o + 1] >>> 26) & 3) < 2) && !(((w[o + 0] >>> 17) & 3) === 0));
}

function a16(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294574079) | (0 << 17);
  out[0] = (out[0] & 4293394431) | (0 << 19);
  out[0] = (out[0] & 4292870143) | (0 << 21);
  const t0 = (((w[o + 1] >>> 26) & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[1] = (out[1] & 4093640703) | (t0 << 26);
  return true;
}

/** Issue(n=n1, b=b1) */
function g17(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && !(((w[o + 1] >>> 10) & 7) === 6)) && (((w[o + 0] >>> 29) & 3) === 0));
}

function a17(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 2684354559) | (1 << 29);
  return true;
}

/** Issue(n=n1, b=b2) */
function g18(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && !(((w[o + 1] >>> 10) & 7) === 6)) && (((w[o + 0] >>> 29) & 3) === 0));
}

function a18(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 2684354559) | (2 << 29);
  return true;
}

/** Issue(n=n2, b=b1) */
function g19(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && !(((w[o + 1] >>> 10) & 7) === 6)) && ((w[o + 1] & 3) === 0));
}

function a19(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[1] = (out[1] & 4294967292) | 1;
  return true;
}

/** Issue(n=n2, b=b2) */
function g20(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] & 1) === 1) && !(((w[o + 1] >>> 10) & 7) === 6)) && ((w[o + 1] & 3) === 0));
}

function a20(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[1] = (out[1] & 4294967292) | 2;
  return true;
}

/** Snap1 */
function g23(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 10) & 7) === 0));
}

function a23(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294967287) | (((w[o + 0] >>> 1) & 1) << 3);
  out[0] = (out[0] & 4294967279) | (((w[o + 0] >>> 2) & 1) << 4);
  out[1] = (out[1] & 4294967291) | (0 << 2);
  out[1] = (out[1] & 4294967287) | (0 << 3);
  out[1] = (out[1] & 4294966527) | (((w[o + 1] >>> 6) & 3) << 8);
  out[1] = (out[1] & 4294960127) | (1 << 10);
  return true;
}

/** FullBackup */
function g24(w: Uint32Array, o: number): boolean {
  return (((w[o + 1] >>> 10) & 7) === 1);
}

function a24(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[1] = (out[1] & 4294960127) | (2 << 10);
  out[1] = (out[1] & 4294180863) | ((((w[o + 0] >>> 3) & 1) + 1) << 18);
  out[1] = (out[1] & 4291821567) | ((((w[o + 0] >>> 4) & 1) + 1) << 20);
  return true;
}

/** Snap2 */
function g25(w: Uint32Array, o: number): boolean {
  return (((w[o + 1] >>> 10) & 7) === 2);
}

function a25(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[1] = (out[1] & 4294967291) | (0 << 2);
  out[1] = (out[1] & 4294967287) | (0 << 3);
  out[1] = (out[1] & 4294967279) | (((w[o + 1] >>> 2) & 1) << 4);
  out[1] = (out[1] & 4294967263) | (((w[o + 1] >>> 3) & 1) << 5);
  out[1] = (out[1] & 4294960127) | (3 << 10);
  out[1] = (out[1] & 4294959103) | (((w[o + 0] >>> 1) & 1) << 13);
  out[1] = (out[1] & 4294950911) | (((w[o + 0] >>> 2) & 1) << 14);
  return true;
}

/** Query */
function g26(w: Uint32Array, o: number): boolean {
  return (((w[o + 1] >>> 10) & 7) === 3);
}

function a26(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[0] = (out[0] & 4294966783) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 0] >>> 9) & 1) === 1) : (((w[o + 0] >>> 9) & 1) === 1)) ? 1 : 0) << 9);
  out[0] = (out[0] & 4294966271) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 0] >>> 10) & 1) === 1) : (((w[o + 0] >>> 10) & 1) === 1)) ? 1 : 0) << 10);
  out[1] = (out[1] & 4294967291) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 2) & 1) === 1) : (((w[o + 1] >>> 2) & 1) === 1)) ? 1 : 0) << 2);
  out[1] = (out[1] & 4294967287) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 3) & 1) === 1) : (((w[o + 1] >>> 3) & 1) === 1)) ? 1 : 0) << 3);
  out[1] = (out[1] & 4294967279) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 4) & 1) === 1) : (((w[o + 1] >>> 4) & 1) === 1)) ? 1 : 0) << 4);
  out[1] = (out[1] & 4294967263) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 5) & 1) === 1) : (((w[o + 1] >>> 5) & 1) === 1)) ? 1 : 0) << 5);
  out[1] = (out[1] & 4294960127) | (((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? 4 : 5) << 10);
  out[1] = (out[1] & 4294934527) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 4) & 1) === 1) : (((w[o + 1] >>> 15) & 1) === 1)) ? 1 : 0) << 15);
  out[1] = (out[1] & 4294901759) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 5) & 1) === 1) : (((w[o + 1] >>> 16) & 1) === 1)) ? 1 : 0) << 16);
  out[1] = (out[1] & 4294836223) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? true : false) ? 1 : 0) << 17);
  out[1] = (out[1] & 4286578687) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 23) & 1) === 1) : (((w[o + 1] >>> 23) & 1) === 1)) ? 1 : 0) << 23);
  out[1] = (out[1] & 4278190079) | ((((((w[o + 1] >>> 8) & 3) === ((w[o + 1] >>> 6) & 3)) ? (((w[o + 1] >>> 24) & 1) === 1) : (((w[o + 1] >>> 24) & 1) === 1)) ? 1 : 0) << 24);
  return true;
}

/** FullBackup2 */
function g28(w: Uint32Array, o: number): boolean {
  return (((w[o + 1] >>> 10) & 7) === 5);
}

function a28(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[1] = (out[1] & 4294960127) | (6 << 10);
  out[1] = (out[1] & 4294180863) | ((((w[o + 1] >>> 13) & 1) + 1) << 18);
  out[1] = (out[1] & 4291821567) | ((((w[o + 1] >>> 14) & 1) + 1) << 20);
  return true;
}

/** TrackerReset */
function g29(w: Uint32Array, o: number): boolean {
  return (((((w[o + 1] >>> 26) & 3) < 2) && ((w[o + 0] & 1) === 1)) && !(((w[o + 1] >>> 10) & 7) === 6));
}

function a29(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[1] = (out[1] & 4294967291) | (0 << 2);
  out[1] = (out[1] & 4294967287) | (0 << 3);
  out[1] = (out[1] & 4294967279) | (0 << 4);
  out[1] = (out[1] & 4294967263) | (0 << 5);
  const t0 = (((w[o + 1] >>> 6) & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[1] = (out[1] & 4294967103) | (t0 << 6);
  out[1] = (out[1] & 4261412863) | ((((((((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 10) & 7) === 1)) || (((w[o + 1] >>> 10) & 7) === 2)) || (((w[o + 1] >>> 10) & 7) === 3)) ? 1 : 0) << 25);
  const t1 = (((w[o + 1] >>> 26) & 3) + 1) - 0;
  if (t1 >>> 0 > 2) return false;
  out[1] = (out[1] & 4093640703) | (t1 << 26);
  return true;
}

/** SC1 */
function i0(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 22) & 3) === 0) || (((w[o + 0] >>> 24) & 3) === 0)) || ((((w[o + 0] >>> 22) & 3) === 0) ? false : (((w[o + 0] >>> 24) & 3) === ((((w[o + 0] >>> 22) & 3) === 1) ? ((w[o + 0] >>> 3) & 1) : ((w[o + 0] >>> 4) & 1)) + 1)));
}

/** SC2 */
function i1(w: Uint32Array, o: number): boolean {
  return (((!(((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 5) & 3) === 0)) && !(((w[o + 0] >>> 1) & 1) === ((w[o + 0] >>> 3) & 1))) || (((w[o + 0] >>> 9) & 1) === 1)) && (!(((((w[o + 0] >>> 11) & 1) === 1) && !(((w[o + 0] >>> 7) & 3) === 0)) && !(((w[o + 0] >>> 2) & 1) === ((w[o + 0] >>> 4) & 1))) || (((w[o + 0] >>> 10) & 1) === 1))) && ((!(((w[o + 0] >>> 9) & 1) === 1) || (((w[o + 0] >>> 5) & 3) === ((w[o + 0] >>> 3) & 1) + 1)) && (!(((w[o + 0] >>> 10) & 1) === 1) || (((w[o + 0] >>> 7) & 3) === ((w[o + 0] >>> 4) & 1) + 1))));
}

/** SC3 */
function i2(w: Uint32Array, o: number): boolean {
  return (!((w[o + 0] & 1) === 0) || ((!((((w[o + 0] >>> 5) & 3) === 0) && !(((w[o + 0] >>> 1) & 1) === ((w[o + 0] >>> 3) & 1))) || !(((w[o + 0] >>> 11) & 1) === 1)) && (!((((w[o + 0] >>> 7) & 3) === 0) && !(((w[o + 0] >>> 2) & 1) === ((w[o + 0] >>> 4) & 1))) || !(((w[o + 0] >>> 11) & 1) === 1))));
}

/** SC4 */
function i3(w: Uint32Array, o: number): boolean {
  return (!((((w[o + 1] >>> 17) & 1) === 1) && !(((w[o + 1] >>> 25) & 1) === 1)) || ((!(((w[o + 1] >>> 23) & 1) === 1) || (((w[o + 1] >>> 15) & 1) === 1)) && (!(((w[o + 1] >>> 24) & 1) === 1) || (((w[o + 1] >>> 16) & 1) === 1))));
}

/** SC5 */
function i4(w: Uint32Array, o: number): boolean {
  return (!(((w[o + 1] >>> 10) & 7) === 6) || ((((w[o + 1] >>> 18) & 3) === ((w[o + 1] >>> 13) & 1) + 1) && (((w[o + 1] >>> 20) & 3) === ((w[o + 1] >>> 14) & 1) + 1)));
}

/** SC6 */
function i5(w: Uint32Array, o: number): boolean {
  return !((((w[o + 1] >>> 17) & 1) === 1) && (((w[o + 1] >>> 25) & 1) === 1));
}

/** Every successor of the state at `w[o..]`, in instance order, handed to `sink`; the number of enabled instances, or -1 when the sink stopped. */
function expandAll(w: Uint32Array, o: number, out: Uint32Array, sink: SuccessorSink): number {
  let n = 0;
  if (g0(w, o)) { n++; if (a0(w, o, out) ? sink.emit(0) : sink.slow(0, true) === 2) return -1; }

  if (g1(w, o)) { n++; if (a1(w, o, out) ? sink.emit(1) : sink.slow(1, true) === 2) return -1; }

  if (g2(w, o)) { n++; if (a2(w, o, out) ? sink.emit(2) : sink.slow(2, true) === 2) return -1; }

  if (g3(w, o)) { n++; if (a3(w, o, out) ? sink.emit(3) : sink.slow(3, true) === 2) return -1; }

  if (g4(w, o)) { n++; if (a4(w, o, out) ? sink.emit(4) : sink.slow(4, true) === 2) return -1; }

  { const r = sink.slow(5, false); if (r === 2) return -1; n += r; }

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

  { const r = sink.slow(21, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(22, false); if (r === 2) return -1; n += r; }

  if (g23(w, o)) { n++; if (a23(w, o, out) ? sink.emit(23) : sink.slow(23, true) === 2) return -1; }

  if (g24(w, o)) { n++; if (a24(w, o, out) ? sink.emit(24) : sink.slow(24, true) === 2) return -1; }

  if (g25(w, o)) { n++; if (a25(w, o, out) ? sink.emit(25) : sink.slow(25, true) === 2) return -1; }

  if (g26(w, o)) { n++; if (a26(w, o, out) ? sink.emit(26) : sink.slow(26, true) === 2) return -1; }

  { const r = sink.slow(27, false); if (r === 2) return -1; n += r; }

  if (g28(w, o)) { n++; if (a28(w, o, out) ? sink.emit(28) : sink.slow(28, true) === 2) return -1; }

  if (g29(w, o)) { n++; if (a29(w, o, out) ? sink.emit(29) : sink.slow(29, true) === 2) return -1; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  if (!i1(w, o)) return 1;
  if (!i2(w, o)) return 2;
  if (!i3(w, o)) return 3;
  if (!i4(w, o)) return 4;
  if (!i5(w, o)) return 5;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, g4, null, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20, null, null, g23, g24, g25, g26, null, g28, g29];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, a4, null, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, null, null, a23, a24, a25, a26, null, a28, a29];
const wordInvariants: readonly (WordCheck | null)[] = [i0, i1, i2, i3, i4, i5];
const guardTexts: Readonly<Record<string, string>> = { "Write": "(s: ScState, { b }: B) => writerIdle(s) && !needsCow(s, b)", "Copy": "(s: ScState, { b }: B, ctx: Ctx) => writerIdle(s) && needsCow(s, b) && hasSlot(s, b, ctx)", "Publish": "(s: ScState) => s.writerUp && s.wb !== null && !s.wPub", "Overwrite": "(s: ScState) => s.writerUp && overwriteReady(s)", "Overflow": "(s: ScState, { b }: B, ctx: Ctx) => writerIdle(s) && needsCow(s, b) && !hasSlot(s, b, ctx)", "CopyError": "(s: ScState, { b }: B, ctx: Ctx) => faultOk(s, ctx) && writerIdle(s) && needsCow(s, b) && hasSlot(s, b, ctx)", "WriterCrash": "(s: ScState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && s.part === \"shadow\" && s.writerUp", "WriterRestart": "(s: ScState) => !s.writerUp", "ReadStart": "(s: ScState) => s.part === \"shadow\" && s.rPhase === \"idle\"", "ReadVolume": "(s: ScState) => s.rPhase === \"missed\"", "Recheck": "(s: ScState) => s.rPhase === \"volRead\"", "ReaderCrash": "(s: ScState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && s.rPhase !== \"idle\"", "Issue": "(s: ScState, { n }: Nb) => cbt(s) && s.phase !== \"done\" && s.inflight[n] === null", "Complete": "(s: ScState, { n }: N) => s.inflight[n] !== null", "Snap1": "(s: ScState) => cbt(s) && s.phase === \"start\"", "FullBackup": "(s: ScState) => s.phase === \"s1\"", "Snap2": "(s: ScState) => s.phase === \"full\"", "Query": "(s: ScState) => s.phase === \"s2\"", "Transfer": "(s: ScState) => s.phase === \"queried\"", "FullBackup2": "(s: ScState) => s.phase === \"rejected\"", "TrackerReset": "(s: ScState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && cbt(s) && s.phase !== \"done\"" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "Write", "status": "compiled" }, { "name": "Copy", "status": "compiled" }, { "name": "Publish", "status": "compiled" }, { "name": "Overwrite", "status": "fallback", "reason": "an object key computed at run time" }, { "name": "Overflow", "status": "compiled" }, { "name": "CopyError", "status": "compiled" }, { "name": "WriterCrash", "status": "compiled" }, { "name": "WriterRestart", "status": "compiled" }, { "name": "ReadStart", "status": "compiled" }, { "name": "ReadVolume", "status": "compiled" }, { "name": "Recheck", "status": "compiled" }, { "name": "ReaderCrash", "status": "compiled" }, { "name": "Issue", "status": "compiled" }, { "name": "Complete", "status": "fallback", "reason": "an object key computed at run time" }, { "name": "Snap1", "status": "compiled" }, { "name": "FullBackup", "status": "compiled" }, { "name": "Snap2", "status": "compiled" }, { "name": "Query", "status": "compiled" }, { "name": "Transfer", "status": "fallback", "reason": "a ForOfStatement" }, { "name": "FullBackup2", "status": "compiled" }, { "name": "TrackerReset", "status": "compiled" }], "invariants": [{ "name": "SC1", "status": "compiled" }, { "name": "SC2", "status": "compiled" }, { "name": "SC3", "status": "compiled" }, { "name": "SC4", "status": "compiled" }, { "name": "SC5", "status": "compiled" }, { "name": "SC6", "status": "compiled" }] } as const;

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
