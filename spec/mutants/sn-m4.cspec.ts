/**
 * SN-M4 — only the snapshotting node tracks changes; remote direct I/O is missed (DOMAIN.md §5.4; the class of
 * VMware's consolidation-window loss).
 * Breaks SC-4: N1 takes S1 and a full backup; N2 writes b by direct I/O; N1 takes S2 and the query returns C={}.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type NodeId, type ScState } from "../snapshot-consistency.cspec.ts";

export default extendSpec(base, {
  name: "sn-m4",
  description: "SN-M4: the change tracker runs on the snapshotting node n1 only; n2's direct writes are not recorded.",
  // n1 is now special, so nodes are no longer interchangeable.
  symmetry: ["Block"],
  actions: {
    Complete: {
      apply: (s: ScState, { n }: { n: NodeId }) => {
        const b = s.inflight[n]!;
        const between = s.phase === "s1" || s.phase === "full";
        return {
          ...s,
          vol: { ...s.vol, [b]: 1 - s.vol[b] },
          inflight: { ...s.inflight, [n]: null },
          changed: n === "n1" ? new Set([...s.changed, b]) : s.changed, // base: every node's write is tracked
          dirty: between ? new Set([...s.dirty, b]) : s.dirty,
        };
      },
    },
  },
});
