/**
 * PT-M1 — start on the device vote without checking the last-surviving flag (DOMAIN.md §4.3).
 * Breaks PT-1: A crashes; B becomes sole survivor at e+1 and crashes; A revives alone and runs at e.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { peerOf, type NodeId, type PtState } from "../partition-in-time.cspec.ts";

export default extendSpec(base, {
  name: "pt-m1",
  description: "PT-M1: a revived lone node takes the device vote and starts without checking its flag.",
  actions: {
    startSolo: {
      // The base also requires `s.node[n].flag`.
      guard: (s: PtState, { n }: { n: NodeId }) =>
        s.node[n].mode === "waiting" &&
        (s.node[peerOf(n)].mode === "down" || !s.connected) &&
        s.deviceUp &&
        (s.vote === null || s.vote === n || s.node[s.vote].mode === "down"),
    },
  },
});
