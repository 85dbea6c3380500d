/**
 * DieHard — the water-jug puzzle from Die Hard 3: with a 5-gallon and a 3-gallon jug and a faucet,
 * measure exactly 4 gallons. Checking the invariant NotSolved (big # 4) makes the checker print a
 * solution as the counterexample (BFS: a shortest one, 6 steps).
 *
 * Source: tlaplus/Examples, specifications/DieHard/DieHard.tla (manifest: DieHard.cfg → safety
 * failure). Constants: none (jug sizes 5 and 3 are literals). Invariants: TypeOK, NotSolved.
 * Without NotSolved the reachable state space has 16 distinct states.
 *
 * Next is the disjunction of six actions, one DSL action each; none has an enabling condition, so
 * every action is enabled in every state (some produce the same state, which TLC counts as generated).
 */
import { defineSpec, t } from "../../src/dsl/index.ts";

const min = (m: number, n: number) => (m < n ? m : n);

export default defineSpec({
  name: "die-hard",
  description: "Die Hard water jugs: get exactly 4 gallons into the 5-gallon jug.",
  // TypeOK (small \in 0..3, big \in 0..5) is implied by the schema.
  state: () => t.struct({ big: t.int(0, 5), small: t.int(0, 3) }),
  init: () => ({ big: 0, small: 0 }),
  actions: {
    FillSmallJug: { apply: (s) => ({ ...s, small: 3 }) },
    FillBigJug: { apply: (s) => ({ ...s, big: 5 }) },
    EmptySmallJug: { apply: (s) => ({ ...s, small: 0 }) },
    EmptyBigJug: { apply: (s) => ({ ...s, big: 0 }) },
    SmallToBig: {
      apply: (s) => {
        const big = min(s.big + s.small, 5);
        return { big, small: s.small - (big - s.big) };
      },
    },
    BigToSmall: {
      apply: (s) => {
        const small = min(s.big + s.small, 3);
        return { small, big: s.big - (small - s.small) };
      },
    },
  },
  invariants: {
    NotSolved: { statement: "The big jug does not hold exactly 4 gallons (a violation is a solution).", check: (s) => s.big !== 4 },
  },
});
