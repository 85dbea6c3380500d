/**
 * PT-M2 — the survivor never clears its flag when the peer rejoins (DOMAIN.md §4.3).
 * Breaks PT-2 (and PT-3 in the same state): B crashes; A runs solo with TRUE; B rejoins; A crashes;
 * B becomes sole survivor at a newer epoch while A's durable TRUE now names a stale one.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { pairUpWith } from "../partition-in-time.cspec.ts";

export default extendSpec(base, {
  name: "pt-m2",
  description: "PT-M2: pairUp leaves the survivor's last-surviving flag TRUE.",
  actions: { pairUp: { apply: pairUpWith((s) => s) } },
});
