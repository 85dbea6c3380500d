/**
 * SN-M1 — the passive reader skips the re-check of the diff-area map (DOMAIN.md §5.4).
 * Breaks SC-1: P misses on b and starts a slow read; the writer copies, publishes and overwrites; P's volume
 * read returns the new value.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type ScState } from "../snapshot-consistency.cspec.ts";

export default extendSpec(base, {
  name: "sn-m1",
  description: "SN-M1: a passive read returns the volume value without re-checking the DA map.",
  actions: {
    ReadVolume: {
      // The base stores the value and goes on to Recheck.
      apply: (s: ScState): ScState => ({ ...s, rPhase: "idle", rb: null, rv: 0, retB: s.rb, retV: s.snapValid ? s.vol[s.rb!] : null, retVia: "volume" }),
    },
  },
});
