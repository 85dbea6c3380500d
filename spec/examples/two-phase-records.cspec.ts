/**
 * TwoPhase with messages as records — the Two-Phase Commit protocol (Gray & Lamport) written as TwoPhase.tla
 * writes it: `msgs` is a set of records, `[type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]`,
 * here `t.set(t.struct({ type, rm: t.option(t.id(sets.RM)) }))` (rm is null in Commit and Abort). The same model
 * as two-phase.cspec.ts, which encodes messages as strings; here symmetry can see the ids inside messages.
 *
 * Source: tlaplus/Examples, specifications/transaction_commit/TwoPhase.tla with TwoPhase.cfg
 * (manifest: 288 distinct / 1,146 generated, depth 11). Constants: RM = {r1, r2, r3}.
 */
import { defineSpec, ids, t } from "../../src/dsl/index.ts";

const RmState = ["working", "prepared", "committed", "aborted"] as const;
type Rm = (typeof RmState)[number];
type Message = { readonly type: "Prepared" | "Commit" | "Abort"; readonly rm: string | null };
type State = {
  readonly rmState: Readonly<Record<string, Rm>>;
  readonly tmState: "init" | "committed" | "aborted";
  readonly tmPrepared: ReadonlySet<string>;
  readonly msgs: ReadonlySet<Message>;
};

const add = <T>(set: ReadonlySet<T>, x: T): ReadonlySet<T> => new Set([...set, x]);
/** `m \in msgs` for a record: set members are compared by value, so look for an equal one. */
const sent = (s: State, type: Message["type"], rm: string | null): boolean => [...s.msgs].some((m) => m.type === type && m.rm === rm);

export default defineSpec({
  name: "two-phase-records",
  description: "Two-Phase Commit with messages as a set of records, as TwoPhase.tla has them.",
  params: {},
  sets: () => ({ RM: ids("r", 3) }),
  state: ({ sets }) =>
    t.struct({
      rmState: t.record(sets.RM, t.enum(...RmState)),
      tmState: t.enum("init", "committed", "aborted"),
      tmPrepared: t.set(sets.RM),
      msgs: t.set(t.struct({ type: t.enum("Prepared", "Commit", "Abort"), rm: t.option(t.id(sets.RM)) })),
    }),
  init: ({ sets }): State => ({
    rmState: Object.fromEntries(sets.RM.map((r) => [r, "working"])),
    tmState: "init",
    tmPrepared: new Set(),
    msgs: new Set(),
  }),
  actions: {
    TMCommit: {
      guard: (s, _a, { sets }) => s.tmState === "init" && sets.RM.every((r) => s.tmPrepared.has(r)),
      apply: (s): State => ({ ...s, tmState: "committed", msgs: add(s.msgs, { type: "Commit", rm: null }) }),
    },
    TMAbort: {
      guard: (s) => s.tmState === "init",
      apply: (s): State => ({ ...s, tmState: "aborted", msgs: add(s.msgs, { type: "Abort", rm: null }) }),
    },
    TMRcvPrepared: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.tmState === "init" && sent(s, "Prepared", rm),
      apply: (s, { rm }) => ({ ...s, tmPrepared: add(s.tmPrepared, rm) }),
    },
    RMPrepare: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.rmState[rm] === "working",
      apply: (s, { rm }): State => ({ ...s, rmState: { ...s.rmState, [rm]: "prepared" }, msgs: add(s.msgs, { type: "Prepared", rm }) }),
    },
    RMChooseToAbort: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.rmState[rm] === "working",
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "aborted" } }),
    },
    RMRcvCommitMsg: {
      over: { rm: "RM" },
      guard: (s) => sent(s, "Commit", null),
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "committed" } }),
    },
    RMRcvAbortMsg: {
      over: { rm: "RM" },
      guard: (s) => sent(s, "Abort", null),
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "aborted" } }),
    },
  },
  invariants: {
    TCConsistent: {
      statement: "No resource manager has aborted while another has committed.",
      check: (s, { sets }) => !(sets.RM.some((r) => s.rmState[r] === "aborted") && sets.RM.some((r) => s.rmState[r] === "committed")),
    },
  },
});
