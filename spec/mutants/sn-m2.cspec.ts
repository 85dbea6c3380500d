/**
 * SN-M2 — the writer publishes the DA map entry after the overwrite, not before (DOMAIN.md §5.4).
 * Breaks SC-2: the writer copies b and overwrites it before publishing; a passive reader that misses twice
 * would return the new value.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type ScState } from "../snapshot-consistency.cspec.ts";

export default extendSpec(base, {
  name: "sn-m2",
  description: "SN-M2: COW overwrites as soon as the old value is copied, publishing the map entry afterwards.",
  actions: {
    Overwrite: {
      // The base requires the entry to be published first (overwriteReady: s.wPub).
      guard: (s: ScState) => s.writerUp && s.wb !== null && !s.wOver,
    },
  },
});
