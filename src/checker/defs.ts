/**
 * Per-state definitions (`defs: { terminated: (s, ctx) => … }`), called as `ctx.defs.terminated(s)` from
 * guards, applies and properties: each is computed once per state, not once per caller. The cache is two
 * slots per definition keyed by the state object's identity (states are immutable, CS288): expanding a
 * state interleaves its guards with the successors' invariants, so the source keeps its slot while
 * successors take the other. No allocation per state.
 */
type Def = (s: unknown, ctx: unknown) => unknown;

export function bindDefs(defs: Readonly<Record<string, Def>> | undefined, target: Record<string, (s: unknown) => unknown>, ctx: unknown): void {
  for (const [name, def] of Object.entries(defs ?? {})) {
    let k0: unknown = undefined;
    let v0: unknown = undefined;
    let k1: unknown = undefined;
    let v1: unknown = undefined;
    let newer = 0; // which slot was used last; a miss replaces the other one
    target[name] = (s: unknown): unknown => {
      if (s === k0 && k0 !== undefined) return (newer = 0), v0;
      if (s === k1 && k1 !== undefined) return (newer = 1), v1;
      const v = def(s, ctx);
      if (newer === 0) (k1 = s), (v1 = v), (newer = 1);
      else (k0 = s), (v0 = v), (newer = 0);
      return v;
    };
  }
  Object.freeze(target);
}
