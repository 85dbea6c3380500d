/**
 * QM-1 — the quorum test is `≥ m/2` instead of `> m/2` (DOMAIN.md §3.3).
 * Breaks Q-1: with m=4, a 2/2 split of the members (after a partition) lets both halves form.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { canForm, FORM_RULE } from "../quorum-majority.cspec.ts";

export default extendSpec(base, {
  name: "qm-1",
  description: "QM-1: formation accepts half of the votes (≥ m/2), so a 2/2 split forms twice.",
  actions: {
    Form: {
      // The base uses FORM_RULE.majority: 2·votes > total.
      guard: (s, a, ctx) => canForm(s, a, ctx, { ...FORM_RULE, majority: (votes, total) => 2 * votes >= total }),
    },
  },
});
