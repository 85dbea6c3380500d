/**
 * `init: { where }`: the initial states are the states of the typed state space satisfying a predicate
 * (TLA+'s `Init` as a formula, e.g. `pc \in [Proc -> {"a"}] /\ x \in 0..3`). The space is enumerated through
 * the packed layout — every combination of leaf values, in mixed radix — and a combination counts only when it
 * is the canonical packing of the state it decodes to (re-encoding gives the same words), so a state is seen
 * once even where the layout has slack (an absent option's zero-filled placeholder). Runs once per check, on
 * the main thread; the size is bounded up front with a clear error rather than a minutes-long loop.
 */
import { ClusterspecError } from "../core/errors.ts";
import type { Codec, Layout } from "./layout.ts";

/** Candidates beyond this are refused (CS275): a predicate over more is better written as a list. */
export const MAX_INIT_CANDIDATES = 2 ** 24;

export function statesWhere(
  layout: Layout,
  codec: Codec,
  where: (s: unknown) => boolean,
  at: { readonly spec: string; readonly where: Record<string, string> },
): unknown[] {
  const leaves = layout.leaves;
  let total = 1;
  for (const l of leaves) total *= l.card;
  if (total > MAX_INIT_CANDIDATES)
    throw new ClusterspecError({
      code: "CS275",
      message: `init of spec ${at.spec} is a predicate over a state space of ${total.toExponential(2)} candidate states, more than the ${MAX_INIT_CANDIDATES.toLocaleString("en-US")} it enumerates.`,
      where: { ...at.where, candidates: String(total) },
      hint: "List the initial states with a function (`init: (ctx) => [...]`), or narrow the state schema's ranges.",
    });
  const digits = new Int32Array(leaves.length);
  const w = new Uint32Array(layout.words);
  const back = new Uint32Array(layout.words);
  const out: unknown[] = [];
  for (let n = 0; n < total; n++) {
    codec.pack(digits, w, 0);
    const s = codec.decode(w, 0);
    codec.encode(s, back, 0);
    let canonical = true;
    for (let k = 0; k < w.length; k++) if (w[k] !== back[k]) canonical = false;
    if (canonical && where(s)) out.push(s);
    // Next combination: increment the first leaf, carrying into the following ones.
    for (let k = 0; k < digits.length; k++) {
      if (++digits[k]! < leaves[k]!.card) break;
      digits[k] = 0;
    }
  }
  return out;
}
