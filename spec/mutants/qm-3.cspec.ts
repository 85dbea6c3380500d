/**
 * QM-3 — the challenger's wait does not cover a stalled defender: W ≤ D + Pmax (DOMAIN.md §3.3; the ZFS MMP
 * `mmp_delay` class, OpenZFS PR #7330).
 * Breaks Q-2: N1 owns r1 and stalls for Pmax; N2 hears no heartbeat, waits W, sees no renewal and takes r1;
 * N1 resumes still owning r1, so both write it.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { challengeSucceeds, hearsLeader, MSCS_TIMING, type MemberId, type NodeId, type QmState } from "../quorum-majority.cspec.ts";

/** Same renewal period and wait as the base, but stalls up to 5 ticks: 7 ≤ 3 + 5. */
const LONG_STALLS = { ...MSCS_TIMING, PMAX: 5 };

export default extendSpec(base, {
  name: "qm-3",
  description: "QM-3: W ≤ D + Pmax on a non-enforcing member, so a stalled defender loses its member while still owning it.",
  actions: {
    Acquire: {
      guard: (s: QmState, { n, r }: { n: NodeId; r: MemberId }) =>
        s.up[n] && !s.paused[n] && s.conf.has(r) && s.avail[r] && !s.owned[n].has(r) &&
        !hearsLeader(s, n) &&
        challengeSucceeds(s, n, r, LONG_STALLS), // base: MSCS_TIMING
    },
  },
});
