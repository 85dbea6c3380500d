/**
 * PT-M3 — clearing the flag is not durable: the write sits in the disk's write-back cache and the pair
 * runs on (DOMAIN.md §4.3). Breaks PT-2: as PT-M2, but A's clear is lost when A crashes before destaging.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { pairUpWith, type NodeId, type PtState } from "../partition-in-time.cspec.ts";

/** The base writes `{ flag: false }` with FUA; this one only caches it. */
const clearInCache = (s: PtState, n: NodeId): PtState => ({ ...s, node: { ...s.node, [n]: { ...s.node[n], flagCache: false } } });

export default extendSpec(base, {
  name: "pt-m3",
  description: "PT-M3: the flag clear at pairUp goes to a volatile write cache and can be lost in a crash.",
  actions: { pairUp: { apply: pairUpWith(clearInCache) } },
});
