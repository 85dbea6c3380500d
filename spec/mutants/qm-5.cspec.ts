/**
 * QM-5 — a returning member is used before reconciliation (DOMAIN.md §3.3).
 * Breaks Q-5: u is on r1 and r2 while r3 is down; r3 returns stale and its owner puts it straight back into
 * its reconciled set, counts it, and reads r3.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { Nodes, type MemberId, type QmState } from "../quorum-majority.cspec.ts";

export default extendSpec(base, {
  name: "qm-5",
  description: "QM-5: a member that comes back is trusted by its owner without reconciliation.",
  actions: {
    MemberUp: {
      // The base only marks the member available; it rejoins `rec` through Reconcile.
      apply: (s: QmState, { r }: { r: MemberId }) => {
        const rec = { ...s.rec };
        for (const n of Nodes) if (s.claim[n] && s.owned[n].has(r)) rec[n] = new Set([...s.rec[n], r]);
        return { ...s, avail: { ...s.avail, [r]: true }, rec };
      },
    },
  },
});
