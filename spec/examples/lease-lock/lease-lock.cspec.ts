/**
 * lease-lock — what a lease lock with fencing tokens must guarantee (the system is ./lease-lock.ts). A lock server
 * grants one lease at a time with a strictly increasing token; leases expire on their own; clients write to a storage
 * service with the token they believe they hold, and the storage accepts a write only if its token is at least the
 * newest it has accepted. A client may keep a token after its lease expired (it does not know): fencing, not the
 * lease, is what keeps its late writes out.
 *
 * Written as a user would: one spec file beside the system, checked with `clusterspec check`, generated into a
 * machine and a conformance suite with `clusterspec generate`, run against the system through ./lease-lock.adapter.ts.
 * Parameters: T (tokens the server may issue: bounds the state space). Symmetry: Client.
 */
import { defineSpec, param, t } from "../../../src/index.ts"; // in your project: from "clusterspec"

export const Clients = ["c1", "c2"] as const;
export type Client = (typeof Clients)[number];

export interface LockState {
  /** The server's current lease holder (null: free or expired). */
  readonly holder: Client | null;
  /** The last token the server issued. */
  readonly token: number;
  /** The token each client believes it holds. */
  readonly held: Readonly<Record<Client, number | null>>;
  /** Storage: the newest token it accepted, and the token of the write that produced its value. */
  readonly highest: number;
  readonly valueToken: number;
  /** Ghosts: a write older than an accepted one was accepted / was rejected. */
  readonly regressed: boolean;
  readonly rejectedStale: boolean;
}
type C = { c: Client };

export default defineSpec({
  name: "lease-lock",
  description: "A lease lock with fencing tokens: one holder at a time, expiring leases, storage that rejects stale tokens.",
  params: { T: param.int(4, { min: 1, max: 8, doc: "tokens the server may issue" }) },
  sets: () => ({ Client: Clients as unknown as readonly Client[] }),
  state: ({ params, sets }) =>
    t.struct({
      holder: t.option(t.id(sets.Client)),
      token: t.int(0, params.T),
      held: t.record(sets.Client, t.option(t.int(1, params.T))),
      highest: t.int(0, params.T),
      valueToken: t.int(0, params.T),
      regressed: t.boolean,
      rejectedStale: t.boolean,
    }) as never,
  init: (): LockState => ({ holder: null, token: 0, held: { c1: null, c2: null }, highest: 0, valueToken: 0, regressed: false, rejectedStale: false }),
  actions: {
    Acquire: {
      doc: "The server grants the free lock to c with the next token; c remembers it.",
      over: { c: "Client" },
      guard: (s: LockState, _a: C, { params }: { params: { T: number } }) => s.holder === null && s.token < params.T,
      apply: (s: LockState, { c }: C) => ({ ...s, holder: c, token: s.token + 1, held: { ...s.held, [c]: s.token + 1 } }),
    },
    Release: {
      doc: "c gives its token back: the server frees the lock if c still holds it with that token; c drops the token.",
      over: { c: "Client" },
      guard: (s: LockState, { c }: C) => s.held[c] !== null,
      apply: (s: LockState, { c }: C) => ({ ...s, holder: s.holder === c && s.held[c] === s.token ? null : s.holder, held: { ...s.held, [c]: null } }),
    },
    Expire: {
      doc: "The lease runs out; the holder is not told.",
      guard: (s: LockState) => s.holder !== null,
      apply: (s: LockState) => ({ ...s, holder: null }),
    },
    Forget: {
      doc: "c decides its lease must have run out and drops its token.",
      over: { c: "Client" },
      guard: (s: LockState, { c }: C) => s.held[c] !== null && s.holder !== c,
      apply: (s: LockState, { c }: C) => ({ ...s, held: { ...s.held, [c]: null } }),
    },
    Write: {
      doc: "c writes with the token it holds; the storage accepts it only if the token is not older than the newest accepted.",
      over: { c: "Client" },
      guard: (s: LockState, { c }: C) => s.held[c] !== null,
      apply: (s: LockState, { c }: C) => {
        const tok = s.held[c]!;
        if (tok < s.highest) return { ...s, rejectedStale: true };
        return { ...s, highest: tok, valueToken: tok };
      },
    },
  },
  invariants: {
    NoStaleWrite: {
      id: "LL-1",
      statement: "The storage never accepts a write whose token is older than one it accepted before.",
      check: (s: LockState) => !s.regressed && s.valueToken === s.highest,
    },
    HolderHasNewestToken: {
      id: "LL-2",
      statement: "The lease holder, if any, holds the newest token (or has dropped it).",
      check: (s: LockState) => s.holder === null || s.held[s.holder] === null || s.held[s.holder] === s.token,
    },
  },
  sometimes: {
    staleWriteRejected: {
      statement: "A client that lost its lease wrote with its old token, and the storage rejected it.",
      check: (s: LockState) => s.rejectedStale,
    },
    twoTokensOut: {
      statement: "Both clients hold a token at once (one of them stale).",
      check: (s: LockState) => s.held.c1 !== null && s.held.c2 !== null,
    },
  },
  symmetry: ["Client"],
  // Once every token is issued nothing more happens: the model's horizon, not a deadlock of the system.
  deadlock: false,
});
