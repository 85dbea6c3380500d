/**
 * SO-M3 — the destination onlines on map receipt, before the source's drain ends (DOMAIN.md §2.6).
 * Breaks SO-1: during S→D both S (still draining) and D have o online.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type NodeId, type SoState } from "../single-owner.cspec.ts";

export default extendSpec(base, {
  name: "so-m3",
  description: "SO-M3: migOnline does not wait for the source's offline to complete.",
  actions: {
    migOnline: {
      // Base (migOnlineGuard) also requires s.obj[s.migSrc] === "offline" and nvSynced(s, n).
      guard: (s: SoState, { n }: { n: NodeId }) => s.up[n] && s.mig === "mapUpdated" && s.mapOwner === n && s.cache[n] === n && !s.chal[n],
    },
  },
});
