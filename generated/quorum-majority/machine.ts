// generated from spec/quorum-majority.cspec.ts (E=3, F=2, U=1, CONFIG=all) by clusterspec generate — do not edit
/**
 * The quorum-majority spec as a typed, executable state machine (see README "Generated machines").
 * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant
 * fell back), and the checker's codec and fingerprint so packed states are the checker's own.
 */
import spec from "../../spec/quorum-majority.cspec.ts";
import { compileModel } from "../../src/checker/model.ts";
import { fingerprint as fingerprintWords, fpHigh } from "../../src/checker/fingerprint.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import type { MachineDescriptor, SuccessorSink, WordApply, WordCheck, WordGuard } from "../../src/checker/machine.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
/** Elements of set Node. */
export type Node = "n1" | "n2";
/** Elements of set Member. */
export type Member = "r1" | "r2" | "r3" | "r4";
/** Elements of set Update. */
export type Update = 1;
/** A state of the spec, as the spec's functions see it. */
export type State = { readonly conf: ReadonlySet<Member>; readonly twoNode: boolean; readonly up: { readonly [K in Node]: boolean }; readonly paused: { readonly [K in Node]: boolean }; readonly link: boolean; readonly claim: { readonly [K in Node]: boolean }; readonly ep: { readonly [K in Node]: 0 | 1 | 2 | 3 }; readonly owned: { readonly [K in Node]: ReadonlySet<Member> }; readonly rec: { readonly [K in Node]: ReadonlySet<Member> }; readonly auth: { readonly [K in Node]: ReadonlySet<Update> }; readonly cached: { readonly [K in Node]: boolean }; readonly grantee: Node | null; readonly devEpoch: 0 | 1 | 2 | 3; readonly avail: { readonly [K in Member]: boolean }; readonly mep: { readonly [K in Member]: 0 | 1 | 2 | 3 }; readonly log: { readonly [K in Member]: ReadonlySet<Update> }; readonly issued: 0 | 1; readonly acked: ReadonlySet<Update>; readonly prevFormed: 0 | 1 | 2 | 3; readonly lastFormed: 0 | 1 | 2 | 3; readonly staleUse: boolean; readonly faults: 0 | 1 | 2; };
/** One member per action, with its typed arguments. */
export type Action = { readonly type: "Acquire"; readonly n: Node; readonly r: Member; } | { readonly type: "Release"; readonly n: Node; } | { readonly type: "Grant"; readonly n: Node; } | { readonly type: "Revoke"; } | { readonly type: "Form"; readonly n: Node; readonly src: "r1" | "r2" | "r3" | "r4" | "none"; } | { readonly type: "Commit"; readonly n: Node; } | { readonly type: "Read"; readonly n: Node; readonly r: Member; } | { readonly type: "Reconcile"; readonly n: Node; readonly r: Member; } | { readonly type: "Crash"; readonly n: Node; } | { readonly type: "Restart"; readonly n: Node; } | { readonly type: "Pause"; readonly n: Node; } | { readonly type: "Resume"; readonly n: Node; } | { readonly type: "Partition"; } | { readonly type: "Heal"; } | { readonly type: "MemberDown"; readonly r: Member; } | { readonly type: "MemberUp"; readonly r: Member; } | { readonly type: "ArbiterLost"; readonly n: Node; };
export type StepResult = { readonly status: "ok"; readonly state: State; } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string; };
/** The configuration this machine was generated for. */
export const config = { spec: "quorum-majority", file: "spec/quorum-majority.cspec.ts", params: { "E": 3, "F": 2, "U": 1, "CONFIG": "all" }, sets: { "Node": ["n1", "n2"], "Member": ["r1", "r2", "r3", "r4"], "Update": [1] } } as const;
const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });
/** 32-bit words per packed state (the checker's layout). */
export const words = 3;

/** Acquire(n=n1, r=r1) */
function g0(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && ((w[o + 0] & 1) === 1)) && (((w[o + 1] >>> 8) & 1) === 1)) && !(((w[o + 0] >>> 16) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 8) & 1) === 1))) && !(((w[o + 0] >>> 20) & 1) === 1));
}

function a0(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294901759) | (1 << 16);
  return true;
}

/** Acquire(n=n1, r=r2) */
function g1(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 1) & 1) === 1)) && (((w[o + 1] >>> 9) & 1) === 1)) && !(((w[o + 0] >>> 17) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 8) & 1) === 1))) && !(((w[o + 0] >>> 21) & 1) === 1));
}

function a1(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294836223) | (1 << 17);
  return true;
}

/** Acquire(n=n1, r=r3) */
function g2(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 2) & 1) === 1)) && (((w[o + 1] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 18) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 8) & 1) === 1))) && !(((w[o + 0] >>> 22) & 1) === 1));
}

function a2(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294705151) | (1 << 18);
  return true;
}

/** Acquire(n=n1, r=r4) */
function g3(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 1] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 19) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 8) & 1) === 1))) && !(((w[o + 0] >>> 23) & 1) === 1));
}

function a3(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294443007) | (1 << 19);
  return true;
}

/** Acquire(n=n2, r=r1) */
function g4(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && ((w[o + 0] & 1) === 1)) && (((w[o + 1] >>> 8) & 1) === 1)) && !(((w[o + 0] >>> 20) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 7) & 1) === 1))) && !(((w[o + 0] >>> 16) & 1) === 1));
}

function a4(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4293918719) | (1 << 20);
  return true;
}

/** Acquire(n=n2, r=r2) */
function g5(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 1) & 1) === 1)) && (((w[o + 1] >>> 9) & 1) === 1)) && !(((w[o + 0] >>> 21) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 7) & 1) === 1))) && !(((w[o + 0] >>> 17) & 1) === 1));
}

function a5(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4292870143) | (1 << 21);
  return true;
}

/** Acquire(n=n2, r=r3) */
function g6(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 2) & 1) === 1)) && (((w[o + 1] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 22) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 7) & 1) === 1))) && !(((w[o + 0] >>> 18) & 1) === 1));
}

function a6(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4290772991) | (1 << 22);
  return true;
}

/** Acquire(n=n2, r=r4) */
function g7(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 1] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 23) & 1) === 1)) && !((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 7) & 1) === 1))) && !(((w[o + 0] >>> 19) & 1) === 1));
}

function a7(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4286578687) | (1 << 23);
  return true;
}

/** Release(n=n1) */
function g8(w: Uint32Array, o: number): boolean {
  return (((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && !(((w[o + 0] >>> 10) & 1) === 1)) && ((0 + ((((w[o + 0] >>> 16) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 17) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 18) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 19) & 1) === 1) ? 1 : 0)) > 0)) && ((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && !(((w[o + 0] >>> 8) & 1) === 1)));
}

function a8(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294901759) | (0 << 16);
  out[0] = (out[0] & 4294836223) | (0 << 17);
  out[0] = (out[0] & 4294705151) | (0 << 18);
  out[0] = (out[0] & 4294443007) | (0 << 19);
  return true;
}

/** Release(n=n2) */
function g9(w: Uint32Array, o: number): boolean {
  return (((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && !(((w[o + 0] >>> 11) & 1) === 1)) && ((0 + ((((w[o + 0] >>> 20) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 21) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 22) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 23) & 1) === 1) ? 1 : 0)) > 0)) && ((((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && !(((w[o + 0] >>> 7) & 1) === 1)));
}

function a9(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4293918719) | (0 << 20);
  out[0] = (out[0] & 4292870143) | (0 << 21);
  out[0] = (out[0] & 4290772991) | (0 << 22);
  out[0] = (out[0] & 4286578687) | (0 << 23);
  return true;
}

/** Grant(n=n1) */
function g10(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 4) & 1) === 1) && ((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1))) && (((w[o + 1] >>> 4) & 3) === 0));
}

function a10(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294967291) | (1 << 2);
  out[1] = (out[1] & 4294967247) | (1 << 4);
  return true;
}

/** Grant(n=n2) */
function g11(w: Uint32Array, o: number): boolean {
  return (((((w[o + 0] >>> 4) & 1) === 1) && ((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1))) && (((w[o + 1] >>> 4) & 3) === 0));
}

function a11(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294967287) | (1 << 3);
  out[1] = (out[1] & 4294967247) | (2 << 4);
  return true;
}

/** Revoke */
function g12(w: Uint32Array, o: number): boolean {
  return (!(((w[o + 1] >>> 4) & 3) === 0) && !((((w[o + 1] >>> 4) & 3) === 0) ? false : (((((w[o + 1] >>> 4) & 3) === 1) ? ((w[o + 1] >>> 2) & 1) : ((w[o + 1] >>> 3) & 1)) === 1)));
}

function a12(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294967247) | (0 << 4);
  return true;
}

/** Read(n=n1, r=r1) */
function g25(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 24) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 25) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 26) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 27) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 2) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && ((w[o + 0] & 1) === 1)) && (((w[o + 1] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 24) & 1) === 1));
}

function a25(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 20) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n1, r=r2) */
function g26(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 24) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 25) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 26) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 27) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 2) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && (((w[o + 0] >>> 1) & 1) === 1)) && (((w[o + 1] >>> 9) & 1) === 1)) && (((w[o + 0] >>> 25) & 1) === 1));
}

function a26(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 21) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n1, r=r3) */
function g27(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 24) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 25) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 26) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 27) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 2) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && (((w[o + 0] >>> 2) & 1) === 1)) && (((w[o + 1] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 26) & 1) === 1));
}

function a27(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 22) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n1, r=r4) */
function g28(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 24) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 25) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 26) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 27) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 6) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 2) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 1] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 27) & 1) === 1));
}

function a28(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 23) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n2, r=r1) */
function g29(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 28) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 29) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 30) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 31) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 3) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && ((w[o + 0] & 1) === 1)) && (((w[o + 1] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 28) & 1) === 1));
}

function a29(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 20) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n2, r=r2) */
function g30(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 28) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 29) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 30) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 31) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 3) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && (((w[o + 0] >>> 1) & 1) === 1)) && (((w[o + 1] >>> 9) & 1) === 1)) && (((w[o + 0] >>> 29) & 1) === 1));
}

function a30(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 21) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n2, r=r3) */
function g31(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 28) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 29) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 30) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 31) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 3) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && (((w[o + 0] >>> 2) & 1) === 1)) && (((w[o + 1] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 30) & 1) === 1));
}

function a31(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 22) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Read(n=n2, r=r4) */
function g32(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && ((2 * ((0 + (((((w[o + 0] >>> 28) & 1) === 1) && (((w[o + 0] & 1) === 1) && (((w[o + 1] >>> 8) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 29) & 1) === 1) && ((((w[o + 0] >>> 1) & 1) === 1) && (((w[o + 1] >>> 9) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 30) & 1) === 1) && ((((w[o + 0] >>> 2) & 1) === 1) && (((w[o + 1] >>> 10) & 1) === 1))) ? 1 : 0) + (((((w[o + 0] >>> 31) & 1) === 1) && ((((w[o + 0] >>> 3) & 1) === 1) && (((w[o + 1] >>> 11) & 1) === 1))) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? ((1 + (((((w[o + 0] >>> 9) & 1) === 1) && (((w[o + 0] >>> 5) & 1) === 1)) ? 1 : 0)) + ((((w[o + 1] >>> 3) & 1) === 1) ? 1 : 0)) : 0))) > ((0 + (((w[o + 0] & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 1) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 2) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 3) & 1) === 1) ? 1 : 0)) + ((((w[o + 0] >>> 4) & 1) === 1) ? 3 : 0)))) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 1] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 31) & 1) === 1));
}

function a32(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 3221225471) | ((((((w[o + 1] >>> 30) & 1) === 1) || !(!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 23) & 1) === 1))) ? 1 : 0) << 30);
  return true;
}

/** Reconcile(n=n1, r=r1) */
function g33(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && ((w[o + 0] & 1) === 1)) && (((w[o + 1] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 16) & 1) === 1)) && !(((w[o + 0] >>> 24) & 1) === 1));
}

function a33(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4278190079) | (1 << 24);
  out[1] = (out[1] & 4294955007) | (((w[o + 0] >>> 12) & 3) << 12);
  out[1] = (out[1] & 4293918719) | ((w[o + 1] & 1) << 20);
  return true;
}

/** Reconcile(n=n1, r=r2) */
function g34(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 1) & 1) === 1)) && (((w[o + 1] >>> 9) & 1) === 1)) && (((w[o + 0] >>> 17) & 1) === 1)) && !(((w[o + 0] >>> 25) & 1) === 1));
}

function a34(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4261412863) | (1 << 25);
  out[1] = (out[1] & 4294918143) | (((w[o + 0] >>> 12) & 3) << 14);
  out[1] = (out[1] & 4292870143) | ((w[o + 1] & 1) << 21);
  return true;
}

/** Reconcile(n=n1, r=r3) */
function g35(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 2) & 1) === 1)) && (((w[o + 1] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 18) & 1) === 1)) && !(((w[o + 0] >>> 26) & 1) === 1));
}

function a35(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4227858431) | (1 << 26);
  out[1] = (out[1] & 4294770687) | (((w[o + 0] >>> 12) & 3) << 16);
  out[1] = (out[1] & 4290772991) | ((w[o + 1] & 1) << 22);
  return true;
}

/** Reconcile(n=n1, r=r4) */
function g36(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)) && (((w[o + 0] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 1] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 19) & 1) === 1)) && !(((w[o + 0] >>> 27) & 1) === 1));
}

function a36(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4160749567) | (1 << 27);
  out[1] = (out[1] & 4294180863) | (((w[o + 0] >>> 12) & 3) << 18);
  out[1] = (out[1] & 4286578687) | ((w[o + 1] & 1) << 23);
  return true;
}

/** Reconcile(n=n2, r=r1) */
function g37(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && ((w[o + 0] & 1) === 1)) && (((w[o + 1] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 20) & 1) === 1)) && !(((w[o + 0] >>> 28) & 1) === 1));
}

function a37(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4026531839) | (1 << 28);
  out[1] = (out[1] & 4294955007) | (((w[o + 0] >>> 14) & 3) << 12);
  out[1] = (out[1] & 4293918719) | (((w[o + 1] >>> 1) & 1) << 20);
  return true;
}

/** Reconcile(n=n2, r=r2) */
function g38(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 1) & 1) === 1)) && (((w[o + 1] >>> 9) & 1) === 1)) && (((w[o + 0] >>> 21) & 1) === 1)) && !(((w[o + 0] >>> 29) & 1) === 1));
}

function a38(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 3758096383) | (1 << 29);
  out[1] = (out[1] & 4294918143) | (((w[o + 0] >>> 14) & 3) << 14);
  out[1] = (out[1] & 4292870143) | (((w[o + 1] >>> 1) & 1) << 21);
  return true;
}

/** Reconcile(n=n2, r=r3) */
function g39(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 2) & 1) === 1)) && (((w[o + 1] >>> 10) & 1) === 1)) && (((w[o + 0] >>> 22) & 1) === 1)) && !(((w[o + 0] >>> 30) & 1) === 1));
}

function a39(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 3221225471) | (1 << 30);
  out[1] = (out[1] & 4294770687) | (((w[o + 0] >>> 14) & 3) << 16);
  out[1] = (out[1] & 4290772991) | (((w[o + 1] >>> 1) & 1) << 22);
  return true;
}

/** Reconcile(n=n2, r=r4) */
function g40(w: Uint32Array, o: number): boolean {
  return (((((((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)) && (((w[o + 0] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 3) & 1) === 1)) && (((w[o + 1] >>> 11) & 1) === 1)) && (((w[o + 0] >>> 23) & 1) === 1)) && !(((w[o + 0] >>> 31) & 1) === 1));
}

function a40(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 2147483647) | (1 << 31);
  out[1] = (out[1] & 4294180863) | (((w[o + 0] >>> 14) & 3) << 18);
  out[1] = (out[1] & 4286578687) | (((w[o + 1] >>> 1) & 1) << 23);
  return true;
}

/** Restart(n=n1) */
function g43(w: Uint32Array, o: number): boolean {
  return (((w[o + 2] & 3) < 2) && !(((w[o + 0] >>> 5) & 1) === 1));
}

function a43(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294967263) | (1 << 5);
  const t0 = ((w[o + 2] & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[2] = (out[2] & 4294967292) | t0;
  return true;
}

/** Restart(n=n2) */
function g44(w: Uint32Array, o: number): boolean {
  return (((w[o + 2] & 3) < 2) && !(((w[o + 0] >>> 6) & 1) === 1));
}

function a44(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294967231) | (1 << 6);
  const t0 = ((w[o + 2] & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[2] = (out[2] & 4294967292) | t0;
  return true;
}

/** Pause(n=n1) */
function g45(w: Uint32Array, o: number): boolean {
  return (((w[o + 2] & 3) < 2) && ((((w[o + 0] >>> 5) & 1) === 1) && !(((w[o + 0] >>> 7) & 1) === 1)));
}

function a45(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294967167) | (1 << 7);
  const t0 = ((w[o + 2] & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[2] = (out[2] & 4294967292) | t0;
  return true;
}

/** Pause(n=n2) */
function g46(w: Uint32Array, o: number): boolean {
  return (((w[o + 2] & 3) < 2) && ((((w[o + 0] >>> 6) & 1) === 1) && !(((w[o + 0] >>> 8) & 1) === 1)));
}

function a46(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294967039) | (1 << 8);
  const t0 = ((w[o + 2] & 3) + 1) - 0;
  if (t0 >>> 0 > 2) return false;
  out[2] = (out[2] & 4294967292) | t0;
  return true;
}

/** Resume(n=n1) */
function g47(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 5) & 1) === 1) && (((w[o + 0] >>> 7) & 1) === 1));
}

function a47(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294967167) | (0 << 7);
  return true;
}

/** Resume(n=n2) */
function g48(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 6) & 1) === 1) && (((w[o + 0] >>> 8) & 1) === 1));
}

function a48(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294967039) | (0 << 8);
  return true;
}

/** Heal */
function g50(w: Uint32Array, o: number): boolean {
  return !(((w[o + 0] >>> 9) & 1) === 1);
}

function a50(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[0] = (out[0] & 4294966783) | (1 << 9);
  return true;
}

/** MemberUp(r=r1) */
function g55(w: Uint32Array, o: number): boolean {
  return (((w[o + 0] & 1) === 1) && !(((w[o + 1] >>> 8) & 1) === 1));
}

function a55(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294967039) | (1 << 8);
  return true;
}

/** MemberUp(r=r2) */
function g56(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 1) & 1) === 1) && !(((w[o + 1] >>> 9) & 1) === 1));
}

function a56(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294966783) | (1 << 9);
  return true;
}

/** MemberUp(r=r3) */
function g57(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 2) & 1) === 1) && !(((w[o + 1] >>> 10) & 1) === 1));
}

function a57(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294966271) | (1 << 10);
  return true;
}

/** MemberUp(r=r4) */
function g58(w: Uint32Array, o: number): boolean {
  return ((((w[o + 0] >>> 3) & 1) === 1) && !(((w[o + 1] >>> 11) & 1) === 1));
}

function a58(w: Uint32Array, o: number, out: Uint32Array): boolean {
  out[0] = w[o + 0]!;
  out[1] = w[o + 1]!;
  out[2] = w[o + 2]!;
  out[1] = (out[1] & 4294965247) | (1 << 11);
  return true;
}

/** Q1 */
function i0(w: Uint32Array, o: number): boolean {
  return ((0 + ((((w[o + 0] >>> 10) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 11) & 1) === 1) ? 1 : 0)) <= 1);
}

/** Q2 */
function i1(w: Uint32Array, o: number): boolean {
  return (((((0 + ((((w[o + 0] >>> 16) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 20) & 1) === 1) ? 1 : 0)) <= 1) && ((0 + ((((w[o + 0] >>> 17) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 21) & 1) === 1) ? 1 : 0)) <= 1)) && ((0 + ((((w[o + 0] >>> 18) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 22) & 1) === 1) ? 1 : 0)) <= 1)) && ((0 + ((((w[o + 0] >>> 19) & 1) === 1) ? 1 : 0) + ((((w[o + 0] >>> 23) & 1) === 1) ? 1 : 0)) <= 1));
}

/** Q3 */
function i2(w: Uint32Array, o: number): boolean {
  return ((!(((w[o + 0] >>> 10) & 1) === 1) || (!(((w[o + 1] >>> 25) & 1) === 1) || ((w[o + 1] & 1) === 1))) && (!(((w[o + 0] >>> 11) & 1) === 1) || (!(((w[o + 1] >>> 25) & 1) === 1) || (((w[o + 1] >>> 1) & 1) === 1))));
}

/** Q4 */
function i3(w: Uint32Array, o: number): boolean {
  return ((((w[o + 1] >>> 28) & 3) === 0) || (((w[o + 1] >>> 28) & 3) > ((w[o + 1] >>> 26) & 3)));
}

/** Q5 */
function i4(w: Uint32Array, o: number): boolean {
  return !(((w[o + 1] >>> 30) & 1) === 1);
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

  { const r = sink.slow(13, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(14, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(15, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(16, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(17, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(18, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(19, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(20, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(21, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(22, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(23, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(24, false); if (r === 2) return -1; n += r; }

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

  if (g36(w, o)) { n++; if (a36(w, o, out) ? sink.emit(36) : sink.slow(36, true) === 2) return -1; }

  if (g37(w, o)) { n++; if (a37(w, o, out) ? sink.emit(37) : sink.slow(37, true) === 2) return -1; }

  if (g38(w, o)) { n++; if (a38(w, o, out) ? sink.emit(38) : sink.slow(38, true) === 2) return -1; }

  if (g39(w, o)) { n++; if (a39(w, o, out) ? sink.emit(39) : sink.slow(39, true) === 2) return -1; }

  if (g40(w, o)) { n++; if (a40(w, o, out) ? sink.emit(40) : sink.slow(40, true) === 2) return -1; }

  { const r = sink.slow(41, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(42, false); if (r === 2) return -1; n += r; }

  if (g43(w, o)) { n++; if (a43(w, o, out) ? sink.emit(43) : sink.slow(43, true) === 2) return -1; }

  if (g44(w, o)) { n++; if (a44(w, o, out) ? sink.emit(44) : sink.slow(44, true) === 2) return -1; }

  if (g45(w, o)) { n++; if (a45(w, o, out) ? sink.emit(45) : sink.slow(45, true) === 2) return -1; }

  if (g46(w, o)) { n++; if (a46(w, o, out) ? sink.emit(46) : sink.slow(46, true) === 2) return -1; }

  if (g47(w, o)) { n++; if (a47(w, o, out) ? sink.emit(47) : sink.slow(47, true) === 2) return -1; }

  if (g48(w, o)) { n++; if (a48(w, o, out) ? sink.emit(48) : sink.slow(48, true) === 2) return -1; }

  { const r = sink.slow(49, false); if (r === 2) return -1; n += r; }

  if (g50(w, o)) { n++; if (a50(w, o, out) ? sink.emit(50) : sink.slow(50, true) === 2) return -1; }

  { const r = sink.slow(51, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(52, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(53, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(54, false); if (r === 2) return -1; n += r; }

  if (g55(w, o)) { n++; if (a55(w, o, out) ? sink.emit(55) : sink.slow(55, true) === 2) return -1; }

  if (g56(w, o)) { n++; if (a56(w, o, out) ? sink.emit(56) : sink.slow(56, true) === 2) return -1; }

  if (g57(w, o)) { n++; if (a57(w, o, out) ? sink.emit(57) : sink.slow(57, true) === 2) return -1; }

  if (g58(w, o)) { n++; if (a58(w, o, out) ? sink.emit(58) : sink.slow(58, true) === 2) return -1; }

  { const r = sink.slow(59, false); if (r === 2) return -1; n += r; }

  { const r = sink.slow(60, false); if (r === 2) return -1; n += r; }

  return n;
}

/** Index of the first compiled invariant the state at `w[o..]` violates, or -1. */
function checkAll(w: Uint32Array, o: number): number {
  if (!i0(w, o)) return 0;
  if (!i1(w, o)) return 1;
  if (!i2(w, o)) return 2;
  if (!i3(w, o)) return 3;
  if (!i4(w, o)) return 4;
  return -1;
}

const wordGuards: readonly (WordGuard | null)[] = [g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, null, null, null, null, null, null, null, null, null, null, null, null, g25, g26, g27, g28, g29, g30, g31, g32, g33, g34, g35, g36, g37, g38, g39, g40, null, null, g43, g44, g45, g46, g47, g48, null, g50, null, null, null, null, g55, g56, g57, g58, null, null];
const wordApplies: readonly (WordApply | null)[] = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, null, null, null, null, null, null, null, null, null, null, null, null, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, null, null, a43, a44, a45, a46, a47, a48, null, a50, null, null, null, null, a55, a56, a57, a58, null, null];
const wordInvariants: readonly (WordCheck | null)[] = [i0, i1, i2, i3, i4];
const guardTexts: Readonly<Record<string, string>> = { "Acquire": "(s: QmState, { n, r }: NR) =>\n        canAct(s, n) && s.conf.has(r) && s.avail[r] && !s.owned[n].has(r) && !hearsLeader(s, n) && challengeSucceeds(s, n, r, MSCS_TIMING)", "Release": "(s: QmState, { n }: N) => canAct(s, n) && !s.claim[n] && s.owned[n].size > 0 && hearsLeader(s, n)", "Grant": "(s: QmState, { n }: N) => s.twoNode && canAct(s, n) && s.grantee === null", "Revoke": "(s: QmState) => s.grantee !== null && !s.cached[s.grantee]", "Form": "(s: QmState, a: { n: NodeId; src: MemberId }, ctx: Ctx) => canForm(s, a, ctx, FORM_RULE)", "Commit": "(s: QmState, { n }: N, { params }: Ctx) => canAct(s, n) && s.claim[n] && quorate(s, n) && s.conf.size > 0 && s.issued < params.U", "Read": "(s: QmState, { n, r }: NR) => canAct(s, n) && s.claim[n] && quorate(s, n) && s.conf.has(r) && s.avail[r] && s.rec[n].has(r)", "Reconcile": "(s: QmState, { n, r }: NR) => canAct(s, n) && s.claim[n] && s.conf.has(r) && s.avail[r] && s.owned[n].has(r) && !s.rec[n].has(r)", "Crash": "(s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && s.up[n]", "Restart": "(s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && !s.up[n]", "Pause": "(s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && canAct(s, n)", "Resume": "(s: QmState, { n }: N) => s.up[n] && s.paused[n]", "Partition": "(s: QmState, _a: unknown, ctx: Ctx) => faultOk(s, ctx) && s.link", "Heal": "(s: QmState) => !s.link", "MemberDown": "(s: QmState, { r }: { r: MemberId }, ctx: Ctx) => faultOk(s, ctx) && s.conf.has(r) && s.avail[r]", "MemberUp": "(s: QmState, { r }: { r: MemberId }) => s.conf.has(r) && !s.avail[r]", "ArbiterLost": "(s: QmState, { n }: N, ctx: Ctx) => faultOk(s, ctx) && s.cached[n]" };
/** What was compiled to word code and what falls back to the spec's functions (and why). */
export const compilation = { "actions": [{ "name": "Acquire", "status": "compiled" }, { "name": "Release", "status": "compiled" }, { "name": "Grant", "status": "compiled" }, { "name": "Revoke", "status": "compiled" }, { "name": "Form", "status": "fallback", "reason": "uses a obj as a set" }, { "name": "Commit", "status": "fallback", "reason": "a ForOfStatement" }, { "name": "Read", "status": "compiled" }, { "name": "Reconcile", "status": "compiled" }, { "name": "Crash", "status": "fallback", "reason": "the method .reduce()" }, { "name": "Restart", "status": "compiled" }, { "name": "Pause", "status": "compiled" }, { "name": "Resume", "status": "compiled" }, { "name": "Partition", "status": "fallback", "reason": "the method .reduce()" }, { "name": "Heal", "status": "compiled" }, { "name": "MemberDown", "status": "fallback", "reason": "the method .reduce()" }, { "name": "MemberUp", "status": "compiled" }, { "name": "ArbiterLost", "status": "fallback", "reason": "the method .reduce()" }], "invariants": [{ "name": "Q1", "status": "compiled" }, { "name": "Q2", "status": "compiled" }, { "name": "Q3", "status": "compiled" }, { "name": "Q4", "status": "compiled" }, { "name": "Q5", "status": "compiled" }] } as const;

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
