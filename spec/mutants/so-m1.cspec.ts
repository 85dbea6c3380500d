/**
 * SO-M1 — fence with PREEMPT, not PREEMPT AND ABORT (DOMAIN.md §2.6). Breaks SO-2: N1's write is held
 * (slowIO); N1 is partitioned; N2 preempts N1 and takes over; N1's received write then lands.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { preempt, takeoverWith } from "../single-owner.cspec.ts";

export default extendSpec(base, {
  name: "so-m1",
  description: "SO-M1: takeover fences the old holder with plain PREEMPT, so its received writes still run.",
  // Base: takeoverWith(preemptAndAbort).
  actions: { takeover: { apply: takeoverWith(preempt) } },
});
