/**
 * QM-4 — the device vote is not exclusive: the device re-grants on its own timeout while the old holder
 * still counts its cached grant (DOMAIN.md §3.3).
 * Breaks Q-1: two nodes plus the device; N1 runs with the device vote; partition; the device re-grants to
 * N2 while N1 still counts its cached grant; both reach 2/3.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { type QmState } from "../quorum-majority.cspec.ts";

export default extendSpec(base, {
  name: "qm-4",
  description: "QM-4: the device revokes a grant without waiting for the holder's cached grant to expire.",
  actions: {
    Revoke: {
      // The base also requires !s.cached[s.grantee] (the node-side lease expires first).
      guard: (s: QmState) => s.grantee !== null,
    },
  },
});
