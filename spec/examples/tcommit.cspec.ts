/**
 * TCommit — Lamport & Gray's abstract Transaction Commit specification: resource managers prepare,
 * then all commit or all abort; the spec only states which decisions are consistent.
 *
 * Source: tlaplus/Examples, specifications/transaction_commit/TCommit.tla with TCommit.cfg
 * (manifest: 34 distinct / 94 generated, depth 7).
 * Constants: RM = {r1, r2, r3}. The cfg says CHECK_DEADLOCK FALSE (→ `deadlock: false`).
 *
 * Action structure mirrors TCNext == \E rm \in RM : Prepare(rm) \/ Decide(rm), where Decide is a
 * two-way disjunction (commit branch, abort branch): one DSL action per disjunct, one instance per rm.
 */
import { defineSpec, ids, t } from "../../src/dsl/index.ts";

const RM = ids("r", 3);
const RmState = ["working", "prepared", "committed", "aborted"] as const;

export default defineSpec({
  name: "tcommit",
  description: "Transaction Commit (TCommit): resource managers prepare, then all commit or all abort.",
  sets: () => ({ RM }),
  // TCTypeOK (rmState \in [RM -> {"working","prepared","committed","aborted"}]) is implied by this schema.
  state: ({ sets }) => t.struct({ rmState: t.record(sets.RM, t.enum(...RmState)) }),
  init: ({ sets }) => ({ rmState: Object.fromEntries(sets.RM.map((r) => [r, "working"])) as Record<string, (typeof RmState)[number]> }),
  actions: {
    Prepare: {
      over: { rm: "RM" },
      guard: (s, { rm }) => s.rmState[rm] === "working",
      apply: (s, { rm }) => ({ rmState: { ...s.rmState, [rm]: "prepared" } }),
    },
    // Decide(rm), first disjunct: rmState[rm] = "prepared" /\ canCommit.
    DecideCommit: {
      over: { rm: "RM" },
      guard: (s, { rm }, { sets }) =>
        s.rmState[rm] === "prepared" && sets.RM.every((r) => s.rmState[r] === "prepared" || s.rmState[r] === "committed"),
      apply: (s, { rm }) => ({ rmState: { ...s.rmState, [rm]: "committed" } }),
    },
    // Decide(rm), second disjunct: rmState[rm] \in {"working","prepared"} /\ notCommitted.
    DecideAbort: {
      over: { rm: "RM" },
      guard: (s, { rm }, { sets }) =>
        (s.rmState[rm] === "working" || s.rmState[rm] === "prepared") && sets.RM.every((r) => s.rmState[r] !== "committed"),
      apply: (s, { rm }) => ({ rmState: { ...s.rmState, [rm]: "aborted" } }),
    },
  },
  invariants: {
    TCConsistent: {
      statement: "No resource manager has aborted while another has committed.",
      check: (s, { sets }) => !(sets.RM.some((r) => s.rmState[r] === "aborted") && sets.RM.some((r) => s.rmState[r] === "committed")),
    },
  },
  deadlock: false,
});
