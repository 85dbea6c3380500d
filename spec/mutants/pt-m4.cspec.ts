/**
 * PT-M4 — rejoin sync direction set by boot order, not epoch (DOMAIN.md §4.3).
 * Breaks PT-1: A (e, FALSE) boots first and waits; B (e+1, TRUE) joins it and is overwritten with e.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { joinWith } from "../partition-in-time.cspec.ts";

export default extendSpec(base, {
  name: "pt-m4",
  description: "PT-M4: the joiner always syncs from the node it joins (the one booted first).",
  // Base: joinWith(higherEpoch).
  actions: { join: { apply: joinWith((_s, _joiner, peer) => peer) } },
});
