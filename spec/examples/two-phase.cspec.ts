/**
 * TwoPhase — the Two-Phase Commit protocol (Gray & Lamport): a transaction manager collects
 * "Prepared" messages from resource managers and broadcasts Commit or Abort. Messages are a set
 * that only grows (receipt = existence of the message).
 *
 * Source: tlaplus/Examples, specifications/transaction_commit/TwoPhase.tla with TwoPhase.cfg
 * (manifest: 288 distinct / 1,146 generated, depth 11).
 * Constants: RM = {r1, r2, r3}. The cfg checks deadlock (TLC's default), so `deadlock` stays on.
 *
 * TPNext == TMCommit \/ TMAbort \/ \E rm \in RM : TMRcvPrepared(rm) \/ RMPrepare(rm) \/
 * RMChooseToAbort(rm) \/ RMRcvCommitMsg(rm) \/ RMRcvAbortMsg(rm): one DSL action per disjunct.
 * Message = [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}] is encoded as the
 * strings "Prepared:<rm>", "Commit" and "Abort"; msgs is a subset of that universe (t.set).
 */
import { defineSpec, ids, t } from "../../src/dsl/index.ts";

const RM = ids("r", 3);
const Message = [...RM.map((r) => `Prepared:${r}`), "Commit", "Abort"];
const RmState = ["working", "prepared", "committed", "aborted"] as const;
type Rm = (typeof RmState)[number];

type Tm = "init" | "committed" | "aborted";
type State = {
  readonly rmState: Record<string, Rm>;
  readonly tmState: Tm;
  readonly tmPrepared: ReadonlySet<string>;
  readonly msgs: ReadonlySet<string>;
};

const add = <T>(set: ReadonlySet<T>, x: T): ReadonlySet<T> => new Set([...set, x]);

export default defineSpec({
  name: "two-phase",
  description: "Two-Phase Commit: TM gathers Prepared messages and broadcasts Commit or Abort.",
  sets: () => ({ RM, Message }),
  // TPTypeOK (rmState, tmState, tmPrepared \subseteq RM, msgs \subseteq Message) is implied by this schema.
  state: ({ sets }) =>
    t.struct({
      rmState: t.record(sets.RM, t.enum(...RmState)),
      tmState: t.enum("init", "committed", "aborted"),
      tmPrepared: t.set(sets.RM),
      msgs: t.set(sets.Message),
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
      apply: (s): State => ({ ...s, tmState: "committed", msgs: add(s.msgs, "Commit") }),
    },
    TMAbort: {
      guard: (s) => s.tmState === "init",
      apply: (s): State => ({ ...s, tmState: "aborted", msgs: add(s.msgs, "Abort") }),
    },
    TMRcvPrepared: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.tmState === "init" && s.msgs.has(`Prepared:${rm}`),
      apply: (s, { rm }) => ({ ...s, tmPrepared: add(s.tmPrepared, rm) }),
    },
    RMPrepare: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.rmState[rm] === "working",
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "prepared" }, msgs: add(s.msgs, `Prepared:${rm}`) }),
    },
    RMChooseToAbort: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.rmState[rm] === "working",
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "aborted" } }),
    },
    RMRcvCommitMsg: {
      over: { rm: "RM" },
      guard: (s) => s.msgs.has("Commit"),
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "committed" } }),
    },
    RMRcvAbortMsg: {
      over: { rm: "RM" },
      guard: (s) => s.msgs.has("Abort"),
      apply: (s, { rm }) => ({ ...s, rmState: { ...s.rmState, [rm]: "aborted" } }),
    },
  },
  invariants: {
    // Not in TwoPhase.cfg (which checks only TPTypeOK), but TwoPhase implements TCommit, so
    // TC!TCConsistent holds; checking it costs nothing and does not change the counts.
    TCConsistent: {
      statement: "No resource manager has aborted while another has committed.",
      check: (s, { sets }) => !(sets.RM.some((r) => s.rmState[r] === "aborted") && sets.RM.some((r) => s.rmState[r] === "committed")),
    },
  },
});
