/**
 * SN-M5 — the change tracker restarts empty after a crash or resize but keeps its gen (DOMAIN.md §5.4;
 * compare VMware KB 2090639, resize past 128 GB).
 * Breaks SC-6: a full backup at S1 gives c1; the tracker resets; query(S2, c1) is accepted with the lost record.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type BlockId, type ScState } from "../snapshot-consistency.cspec.ts";

export default extendSpec(base, {
  name: "sn-m5",
  description: "SN-M5: a tracker reset empties the change record without bumping gen.",
  actions: {
    TrackerReset: {
      apply: (s: ScState): ScState => ({
        ...s,
        faults: s.faults + 1,
        // base: gen: s.gen + 1
        changed: new Set<BlockId>(),
        frozen: new Set<BlockId>(),
        resetSince: s.resetSince || s.phase === "s1" || s.phase === "full" || s.phase === "s2",
      }),
    },
  },
});
