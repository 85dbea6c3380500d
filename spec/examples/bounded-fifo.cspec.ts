/**
 * BoundedFIFO — a bounded first-in first-out channel (Lamport, Specifying Systems §4.3, BoundedFIFO.tla: the
 * channel is a sequence of at most N messages). Here two senders put tagged messages `<<p, v>>` on one channel
 * (`t.seq(t.tuple(t.id(sets.Proc), t.int(0, 1)), N)`): Send appends (`Append(q, m)`), Rcv takes the head
 * (`Head(q)`, `Tail(q)`) into `last`; `got` remembers every message received (a set of tuples).
 *
 * Counts are computed independently in test/examples/sequences.test.ts (a brute-force enumeration).
 */
import { defineSpec, param, t } from "../../src/dsl/index.ts";

type Msg = readonly [string, number];
type State = { readonly q: readonly Msg[]; readonly last: Msg | null; readonly got: ReadonlySet<Msg> };

export default defineSpec({
  name: "bounded-fifo",
  description: "Two senders and a receiver on a bounded FIFO channel (a sequence of at most N messages).",
  params: { N: param.int(2, { min: 0, max: 4, doc: "channel capacity" }) },
  sets: () => ({ Proc: ["p1", "p2"] as const }),
  state: ({ params, sets }) => {
    const msg = t.tuple(t.id(sets.Proc), t.int(0, 1));
    return t.struct({ q: t.seq(msg, params.N), last: t.option(msg), got: t.set(msg) });
  },
  init: (): State => ({ q: [], last: null, got: new Set() }),
  actions: {
    Send: {
      over: { p: "Proc", v: [0, 1] },
      guard: (s, _a, { params }) => s.q.length < params.N,
      apply: (s, { p, v }): State => ({ ...s, q: [...s.q, [p, v]] }),
    },
    Rcv: {
      guard: (s) => s.q.length > 0,
      apply: (s): State => ({ q: s.q.slice(1), last: s.q[0]!, got: new Set([...s.got, s.q[0]!]) }),
    },
  },
  invariants: {
    lastWasGot: { statement: "The last message received is among those received.", check: (s) => s.last === null || [...s.got].some((m) => m[0] === s.last![0] && m[1] === s.last![1]) },
  },
  symmetry: ["Proc"],
});
