// Messages, operations and the family port shared by the single-owner node and its helpers.

import type { BugSwitches } from "../bugs.ts";
import type { SoDirectory } from "./so-directory.ts";

export type ObjState = "offline" | "onlining" | "online" | "offlining";

export interface SoOp {
  readonly id: number;
  readonly kind: "read" | "write" | "migrate";
  readonly object: string;
  readonly block: number;
  readonly value: number;
  /** Actor id of the node the client talks to. */
  readonly entry: string;
  /** Migration destination node, for kind "migrate". */
  readonly target?: string;
}

export interface NvEntry {
  readonly seq: number;
  readonly object: string;
  readonly block: number;
  readonly value: number;
}

export type SoMessage =
  | { readonly t: "fwd"; readonly op: SoOp; readonly hops: number }
  | { readonly t: "res"; readonly opId: number; readonly ok: boolean; readonly value?: number; readonly error?: string }
  | { readonly t: "not_owner"; readonly op: SoOp; readonly version: number; readonly hops: number }
  | { readonly t: "busy"; readonly op: SoOp; readonly hops: number }
  | { readonly t: "map"; readonly version: number; readonly owners: ReadonlyArray<readonly [string, string]> }
  | { readonly t: "lease_req"; readonly object: string }
  | { readonly t: "lease"; readonly object: string; readonly expiry: number }
  | { readonly t: "prepare"; readonly object: string; readonly version: number; readonly owner: string }
  | { readonly t: "handover"; readonly object: string; readonly version: number; readonly opId: number }
  | { readonly t: "reregister"; readonly object: string }
  | { readonly t: "migrated"; readonly object: string; readonly opId: number; readonly ok: boolean }
  /** An interconnect message, delivered through the same guarded path but never over the LAN. */
  | { readonly t: "ic"; readonly from: string; readonly message: InterconnectMessage };

export type InterconnectMessage =
  | { readonly t: "mirror"; readonly entry: NvEntry }
  | { readonly t: "mirror_ack"; readonly seq: number; readonly ok: boolean }
  | { readonly t: "retire"; readonly object: string; readonly seqs: readonly number[] }
  | { readonly t: "mirror_all"; readonly entries: readonly NvEntry[]; readonly link: number }
  | { readonly t: "mirror_all_ack"; readonly link: number };

export interface SoConfig {
  /** Defend period D. */
  readonly defendEvery: number;
  /** Challenger wait W (W > D + δ). */
  readonly challengeWait: number;
  /** Consistency point: NV log flushed to the device every this many ticks. */
  readonly flushEvery: number;
  /** Blocks [0, metaBlocks) are metadata (owner only, NV-logged); the rest are data (direct I/O allowed). */
  readonly metaBlocks: number;
  readonly leaseTicks: number;
  readonly mirrorTimeout: number;
  readonly maxHops: number;
}

/** What a node needs from its family: the directory, wiring, and the monitor's ground-truth hooks. */
export interface SoFamilyPort {
  readonly directory: SoDirectory;
  readonly config: SoConfig;
  readonly bugs: BugSwitches;
  readonly objects: readonly string[];
  actorOf(node: string): string;
  nodeIndex(node: string): number;
  partnerOf(node: string): string;
  deviceOf(object: string): string;
  interconnectUp(a: string, b: string): boolean;
  /** Bumped on every outage of the a~b interconnect: a resync started before an outage does not count. */
  interconnectGeneration(a: string, b: string): number;
  interconnectSend(from: string, toNode: string, message: InterconnectMessage): void;
  reply(opId: number, ok: boolean, extra?: { value?: number; error?: string }): void;
  cfgOK(dst: string, object: string): boolean;
  noteObjState(node: string, object: string, state: ObjState): void;
  noteServe(node: string, object: string): void;
  noteDefended(object: string, epoch: number): void;
  noteMetaAdmit(object: string, block: number, value: number): void;
  noteMetaAck(object: string, block: number, value: number): void;
  noteMounted(object: string, node: string, how: "takeover" | "migration" | "recovery"): void;
}
