/**
 * SO-M2 — the owner's scrub validates keys against the previous epoch (DOMAIN.md §2.6). Breaks SO-3:
 * N2 loses the LAN but keeps the SAN and has not noticed; epoch e+1 = {N1}; N1's defend pass keeps N2's
 * key (valid in epoch e), so N2's direct write lands after the scrub.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { defendWith } from "../single-owner.cspec.ts";

export default extendSpec(base, {
  name: "so-m2",
  description: "SO-M2: defend scrubs keys against the previous epoch's members.",
  // Base: defendWith(currentEpochMembers).
  actions: { defend: { apply: defendWith((s) => s.prevMembers) } },
});
