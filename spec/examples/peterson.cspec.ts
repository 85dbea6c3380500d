/**
 * Peterson — Peterson's mutual-exclusion algorithm for two processes (PlusCal translation with
 * labels a0, a1, a2, a3, cs, a4), from the ULiège "Parallel Programming" course.
 *
 * Source: tlaplus/Examples, specifications/locks_auxiliary_vars/Peterson.tla with Peterson.cfg
 * (manifest: 42 distinct / 77 generated, depth 11). Constants: none (ProcSet = 1..2).
 * The cfg checks TypeOK and Inv, and deadlock (TLC's default).
 *
 * Next == \E self \in 1..2 : a0(self) \/ a1(self) \/ a2(self) \/ a3(self) \/ cs(self) \/ a4(self).
 * a3's enabling condition is the disjunction `~c[Other(self)] \/ turn = self`; TLC evaluates each
 * disjunct of an action as its own successor (both when both hold), so a3 is two DSL actions.
 */
import { defineSpec, t } from "../../src/dsl/index.ts";

const ProcSet = [1, 2] as const;
const Label = ["a0", "a1", "a2", "a3", "cs", "a4"] as const;
type Pc = (typeof Label)[number];
type P = 1 | 2;
const Other = (p: P): P => (p === 1 ? 2 : 1);
type State = { readonly pc: Readonly<Record<string, Pc>>; readonly c: Readonly<Record<string, boolean>>; readonly turn: number };

export default defineSpec({
  name: "peterson",
  description: "Peterson's algorithm for mutual exclusion of two processes.",
  sets: () => ({ ProcSet: [...ProcSet] }),
  // TypeOK (c \in [ProcSet -> BOOLEAN], turn \in ProcSet, pc \in [ProcSet -> labels]) is implied by the schema.
  state: ({ sets }) =>
    t.struct({
      pc: t.record(sets.ProcSet, t.enum(...Label)),
      c: t.record(sets.ProcSet, t.boolean),
      turn: t.id(sets.ProcSet),
    }),
  init: (): State => ({ pc: { 1: "a0", 2: "a0" }, c: { 1: false, 2: false }, turn: 1 }),
  actions: {
    a0: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "a0",
      apply: (s: State, { self }): State => ({ ...s, pc: { ...s.pc, [self]: "a1" } }),
    },
    a1: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "a1",
      apply: (s: State, { self }): State => ({ ...s, c: { ...s.c, [self]: true }, pc: { ...s.pc, [self]: "a2" } }),
    },
    a2: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "a2",
      apply: (s: State, { self }): State => ({ ...s, turn: Other(self), pc: { ...s.pc, [self]: "a3" } }),
    },
    // a3, first disjunct of the await: ~c[Other(self)].
    a3_otherNotFlagged: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "a3" && !s.c[Other(self)],
      apply: (s: State, { self }): State => ({ ...s, pc: { ...s.pc, [self]: "cs" } }),
    },
    // a3, second disjunct of the await: turn = self.
    a3_myTurn: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "a3" && s.turn === self,
      apply: (s: State, { self }): State => ({ ...s, pc: { ...s.pc, [self]: "cs" } }),
    },
    cs: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "cs",
      apply: (s: State, { self }): State => ({ ...s, pc: { ...s.pc, [self]: "a4" } }),
    },
    a4: {
      over: { self: "ProcSet" },
      guard: (s: State, { self }) => s.pc[self as P] === "a4",
      apply: (s: State, { self }): State => ({ ...s, c: { ...s.c, [self]: false }, pc: { ...s.pc, [self]: "a0" } }),
    },
  },
  invariants: {
    Inv: {
      statement:
        "c[p] iff p is past a1; a process in cs/a4 has the turn or the other is at a0..a2; never both in cs/a4.",
      check: (s: State) => {
        const lockcs = (p: P) => s.pc[p] === "cs" || s.pc[p] === "a4";
        return ProcSet.every(
          (p) =>
            s.c[p] === ["a2", "a3", "cs", "a4"].includes(s.pc[p]) &&
            (!lockcs(p) || s.turn === p || ["a0", "a1", "a2"].includes(s.pc[Other(p)])),
        ) && !(lockcs(1) && lockcs(2));
      },
    },
  },
});
