/**
 * CigaretteSmokers — Patil's cigarette smokers problem (1971): a dealer offers two of the three
 * ingredients; the smoker holding the third one smokes, then the dealer offers again.
 *
 * Source: tlaplus/Examples, specifications/CigaretteSmokers/CigaretteSmokers.tla with
 * CigaretteSmokers.cfg (manifest: 6 distinct / 15 generated, depth 2).
 * Constants: Ingredients = {matches, paper, tobacco};
 *            Offers = {{matches, paper}, {matches, tobacco}, {paper, tobacco}}.
 * The cfg checks TypeOK and AtMostOne with SPECIFICATION Spec (no fairness), deadlock on.
 *
 * Init's `dealer \in Offers` is three initial states; stopSmoking's `dealer' \in Offers` is three
 * successors, so stopSmoking has one DSL instance per offer. `dealer` is a subset of Ingredients
 * (t.set); the empty set means "no offer on the table".
 */
import { defineSpec, t } from "../../src/dsl/index.ts";

const Ingredients = ["matches", "paper", "tobacco"] as const;
type Ingredient = (typeof Ingredients)[number];
const Offers: ReadonlyArray<readonly Ingredient[]> = [
  ["matches", "paper"],
  ["matches", "tobacco"],
  ["paper", "tobacco"],
];
const OfferNames = Offers.map((o) => o.join("+"));
const offer = (name: string): ReadonlySet<Ingredient> => new Set(Offers[OfferNames.indexOf(name)]);

type State = { readonly smokers: Readonly<Record<string, { readonly smoking: boolean }>>; readonly dealer: ReadonlySet<Ingredient> };
const nobodySmoking = Object.fromEntries(Ingredients.map((r) => [r, { smoking: false }])) as State["smokers"];

export default defineSpec({
  name: "cigarette-smokers",
  description: "Cigarette smokers: the dealer offers two ingredients, the smoker with the third smokes.",
  sets: () => ({ Ingredients: [...Ingredients], Offer: OfferNames }),
  // TypeOK's first conjunct (smokers \in [Ingredients -> [smoking: BOOLEAN]]) is implied by the schema;
  // the second (dealer \in Offers \/ dealer = {}) is checked below, since t.set allows any subset.
  state: ({ sets }) =>
    t.struct({
      smokers: t.record(sets.Ingredients, t.struct({ smoking: t.boolean })),
      dealer: t.set(sets.Ingredients),
    }),
  init: (): State[] => OfferNames.map((o) => ({ smokers: nobodySmoking, dealer: offer(o) })),
  actions: {
    startSmoking: {
      guard: (s: State) => s.dealer.size > 0,
      apply: (s: State): State => ({
        smokers: Object.fromEntries(
          Ingredients.map((r) => [r, { smoking: Ingredients.every((i) => i === r || s.dealer.has(i)) }]),
        ) as State["smokers"],
        dealer: new Set(),
      }),
    },
    stopSmoking: {
      over: { o: "Offer" },
      guard: (s: State) => s.dealer.size === 0,
      apply: (s: State, { o }): State => {
        // ChooseOne(Ingredients, LAMBDA x : smokers[x].smoking): the unique smoker (TLC fails if none).
        const smoking = Ingredients.filter((x) => s.smokers[x]!.smoking);
        if (smoking.length !== 1) throw new Error(`ChooseOne: ${smoking.length} smokers are smoking`);
        const r = smoking[0]!;
        return { smokers: { ...s.smokers, [r]: { smoking: false } }, dealer: offer(o) };
      },
    },
  },
  invariants: {
    TypeOK: {
      statement: "The dealer's table holds one of the Offers or nothing.",
      check: (s: State) => s.dealer.size === 0 || Offers.some((o) => o.length === s.dealer.size && o.every((i) => s.dealer.has(i))),
    },
    AtMostOne: {
      statement: "At most one smoker smokes at any moment.",
      check: (s: State) => Ingredients.filter((r) => s.smokers[r]!.smoking).length <= 1,
    },
  },
});
