/**
 * MissionariesAndCannibals — three missionaries and three cannibals cross a river in a boat that
 * holds one or two people; on neither bank may missionaries be outnumbered by cannibals. Checking
 * the invariant Solution (somebody is still on the east bank) makes the counterexample a solution
 * (BFS: a shortest one, 11 crossings).
 *
 * Source: tlaplus/Examples, specifications/MissionariesAndCannibals/MissionariesAndCannibals.tla
 * with MissionariesAndCannibals.cfg (INIT Init, NEXT Next, INVARIANTS TypeOK Solution; deadlock on).
 * Constants: Missionaries = {m1, m2, m3}, Cannibals = {c1, c2, c3} (model values).
 * Without Solution the reachable state space has 64 distinct states.
 *
 * Next == \E S \in SUBSET who_is_on_bank[bank_of_boat] : Move(S, bank_of_boat). The DSL's argument
 * domain is fixed, so S ranges over every subset of the six people, guarded by
 * S \subseteq who_is_on_bank[bank_of_boat]: the enabled instances are exactly TLC's choices of S.
 */
import { defineSpec, t } from "../../src/dsl/index.ts";

const Missionaries = ["m1", "m2", "m3"] as const;
const Cannibals = ["c1", "c2", "c3"] as const;
const People: readonly string[] = [...Missionaries, ...Cannibals];
const isCannibal = (p: string) => (Cannibals as readonly string[]).includes(p);

/** SUBSET People, as sorted arrays, smallest first. */
const subsets: string[][] = [];
for (let mask = 0; mask < 1 << People.length; mask++) subsets.push(People.filter((_, i) => mask & (1 << i)));
subsets.sort((a, b) => a.length - b.length);

type Bank = "E" | "W";
type State = { readonly bank_of_boat: Bank; readonly who_is_on_bank: Readonly<Record<string, ReadonlySet<string>>> };
const OtherBank = (b: Bank): Bank => (b === "E" ? "W" : "E");
const IsSafe = (S: ReadonlySet<string>) => {
  const c = [...S].filter(isCannibal).length;
  return c === S.size || c <= S.size - c;
};

export default defineSpec({
  name: "missionaries-and-cannibals",
  description: "Missionaries and cannibals cross a river without missionaries ever being outnumbered.",
  sets: () => ({ People, Bank: ["E", "W"] }),
  // TypeOK (bank_of_boat \in {"E","W"}, who_is_on_bank \in [{"E","W"} -> SUBSET People]) is implied by the schema.
  state: ({ sets }) =>
    t.struct({
      bank_of_boat: t.enum("E", "W"),
      who_is_on_bank: t.record(sets.Bank as readonly Bank[], t.set(sets.People)),
    }),
  init: (): State => ({ bank_of_boat: "E", who_is_on_bank: { E: new Set(People), W: new Set() } }),
  actions: {
    Move: {
      over: () => subsets.map((S) => ({ S: S.join(",") })),
      guard: (s: State, { S }: { S: string }) => {
        const set = S === "" ? [] : S.split(",");
        const b = s.bank_of_boat;
        if (!set.every((p) => s.who_is_on_bank[b]!.has(p))) return false; // S \in SUBSET who_is_on_bank[b]
        if (set.length !== 1 && set.length !== 2) return false; // Cardinality(S) \in {1,2}
        const newThisBank = new Set([...s.who_is_on_bank[b]!].filter((p) => !set.includes(p)));
        const newOtherBank = new Set([...s.who_is_on_bank[OtherBank(b)]!, ...set]);
        return IsSafe(newThisBank) && IsSafe(newOtherBank);
      },
      apply: (s: State, { S }: { S: string }): State => {
        const set = S === "" ? [] : S.split(",");
        const b = s.bank_of_boat;
        const newThisBank = new Set([...s.who_is_on_bank[b]!].filter((p) => !set.includes(p)));
        const newOtherBank = new Set([...s.who_is_on_bank[OtherBank(b)]!, ...set]);
        const who_is_on_bank = b === "E" ? { E: newThisBank, W: newOtherBank } : { E: newOtherBank, W: newThisBank };
        return { bank_of_boat: OtherBank(b), who_is_on_bank };
      },
    },
  },
  invariants: {
    Solution: {
      statement: "Somebody is still on the east bank (a violation is a solution).",
      check: (s: State) => s.who_is_on_bank.E!.size > 0,
    },
  },
});
