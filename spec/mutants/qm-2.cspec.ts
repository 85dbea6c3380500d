/**
 * QM-2 — formation reconciles from the first member it reads, not the newest `(epoch, seq)` (DOMAIN.md §3.3).
 * Breaks Q-3: u commits on r1 and r2 while r3 is down; the leader loses r1 and steps down; r3 returns; the
 * other node forms on r2 and r3, copies stale r3 over r2, and u is lost.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { canForm, FORM_RULE } from "../quorum-majority.cspec.ts";

export default extendSpec(base, {
  name: "qm-2",
  description: "QM-2: formation copies from any owned member (the first read) instead of the newest.",
  actions: {
    Form: {
      // The base also requires isNewest(s, n, src).
      guard: (s, a, ctx) => canForm(s, a, ctx, { ...FORM_RULE, newestSource: false }),
    },
  },
});
