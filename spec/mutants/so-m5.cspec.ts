/**
 * SO-M5 — failover ignores nvSynced (DOMAIN.md §2.6). Breaks SO-7: the interconnect goes down; N1
 * acknowledges w held only in its own NV log; N1 crashes; N2 takes over without w.
 * Needs two faults, so the mutant defaults to F=2.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { other, type NodeId, type SoState } from "../single-owner.cspec.ts";

export default extendSpec(base, {
  name: "so-m5",
  description: "SO-M5: takeover does not require the partner's mirror to cover every acknowledged op.",
  paramDefaults: { F: 2 },
  actions: {
    takeover: {
      // Base: the same, plus nvSynced(s, n).
      guard: (s: SoState, { n }: { n: NodeId }) =>
        s.chal[n] && s.up[n] && s.quorate[n] && s.reg.has(n) && s.holder !== null && s.holder !== n && !s.members.has(s.holder) && s.obj[other(n)] === "offline",
    },
  },
});
