/**
 * SN-M3 — the diff area is full, but the overwrite proceeds and the snapshot stays valid (DOMAIN.md §5.4).
 * Breaks SC-3: the DA has one slot; b1 is copied, published and overwritten; b2's overwrite finds no slot and
 * goes ahead without COW, so a read of S at b2 would return new data.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { flip, type BlockId, type ScState } from "../snapshot-consistency.cspec.ts";

export default extendSpec(base, {
  name: "sn-m3",
  description: "SN-M3: on a full DA the writer overwrites without COW and keeps the snapshot valid.",
  actions: {
    Overflow: {
      // The base also sets snapValid: false first.
      apply: (s: ScState, { b }: { b: BlockId }) => ({ ...s, vol: flip(s, b) }),
    },
  },
});
