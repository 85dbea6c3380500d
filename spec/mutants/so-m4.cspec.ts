/**
 * SO-M4 — the old owner serves a stale forward (DOMAIN.md §2.6). Breaks SO-5: after S→D, N's map update
 * is delayed, N forwards to S, and S answers with pre-migration data instead of NOT_OWNER.
 */
import { extendSpec } from "../../src/dsl/index.ts";
import base, { serveGuard, type NodeId, type SoState } from "../single-owner.cspec.ts";

export default extendSpec(base, {
  name: "so-m4",
  description: "SO-M4: a node serves any request forwarded to it, trusting the sender's map.",
  actions: {
    // Base: serveGuard alone (o online here).
    serve: { guard: (s: SoState, a: { n: NodeId }) => serveGuard(s, a) || (s.req === a.n && s.up[a.n] && s.reqFwd) },
  },
});
