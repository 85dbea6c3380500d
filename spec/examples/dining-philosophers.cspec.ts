/**
 * DiningPhilosophers — the Chandy–Misra solution to the dining philosophers problem (PlusCal
 * translation): forks are dirty or clean, a philosopher hands a dirty fork it holds to its
 * neighbour (cleaning it) and eats when it holds both forks clean, which dirties them.
 *
 * Source: tlaplus/Examples, specifications/DiningPhilosophers/DiningPhilosophers.tla with
 * DiningPhilosophers.cfg (manifest: 67 distinct / 336 generated, depth 29, liveness).
 * Constants: NP = 5. Invariants: TypeOK (implied by the schema), ExclusiveAccess. Property:
 * NobodyStarves == \A p \in 1..NP : []<>(~hungry[p]).
 *
 * Spec == Init /\ [][Next]_vars /\ \A self \in 1..NP : WF_vars(Philosopher(self)), with
 * Philosopher(self) == Loop(self) \/ Think(self) \/ Eat(self). The DSL's weak fairness is per action
 * name, so each philosopher's process is one DSL action (`Philosopher1` … `Philosopher5`) whose
 * instances are the three labels; all five are fair. Loop's IF/THEN/ELSE branches are one successor.
 * []<>Q is expressed as `true ~> Q` (leadsTo from every state), one property per philosopher.
 */
import { defineSpec, range, t, type LivenessDef } from "../../src/dsl/index.ts";

const NP = 5;
const Phil = range(1, NP);
const LeftFork = (p: number) => p;
const RightFork = (p: number) => (p === NP ? 1 : p + 1);
const LeftPhilosopher = (p: number) => (p === 1 ? NP : p - 1);
const RightPhilosopher = (p: number) => (p === NP ? 1 : p + 1);

type Fork = { readonly holder: number; readonly clean: boolean };
type Label = "Loop" | "Eat" | "Think";
type State = { readonly forks: Record<number, Fork>; readonly pc: Record<number, Label>; readonly hungry: Record<number, boolean> };

const CanEat = (s: State, p: number) =>
  s.forks[LeftFork(p)]!.holder === p && s.forks[RightFork(p)]!.holder === p && s.forks[LeftFork(p)]!.clean && s.forks[RightFork(p)]!.clean;

function step(s: State, self: number, label: Label): State {
  switch (label) {
    case "Loop": {
      let forks = s.forks;
      const l = s.forks[LeftFork(self)]!;
      const r = s.forks[RightFork(self)]!;
      if (l.holder === self && !l.clean) forks = { ...forks, [LeftFork(self)]: { holder: LeftPhilosopher(self), clean: true } };
      else if (r.holder === self && !r.clean) forks = { ...forks, [RightFork(self)]: { holder: RightPhilosopher(self), clean: true } };
      // Note: CanEat is evaluated on the state before this step (unprimed forks), as in the translation.
      const next: Label = s.hungry[self] ? (CanEat(s, self) ? "Eat" : "Loop") : "Think";
      return { ...s, forks, pc: { ...s.pc, [self]: next } };
    }
    case "Think":
      return { ...s, hungry: { ...s.hungry, [self]: true }, pc: { ...s.pc, [self]: "Loop" } };
    case "Eat":
      return {
        hungry: { ...s.hungry, [self]: false },
        forks: {
          ...s.forks,
          [LeftFork(self)]: { ...s.forks[LeftFork(self)]!, clean: false },
          [RightFork(self)]: { ...s.forks[RightFork(self)]!, clean: false },
        },
        pc: { ...s.pc, [self]: "Loop" },
      };
  }
}

const philosopher = (self: number) => ({
  over: { label: ["Loop", "Think", "Eat"] },
  doc: `Philosopher(${self}) == Loop(${self}) \\/ Think(${self}) \\/ Eat(${self})`,
  guard: (s: State, { label }: { label: Label }) => s.pc[self] === label,
  apply: (s: State, { label }: { label: Label }) => step(s, self, label),
});

const ShareFork = (p: number, q: number) => [LeftFork(p), RightFork(p)].some((f) => f === LeftFork(q) || f === RightFork(q));

export default defineSpec({
  name: "dining-philosophers",
  description: "Dining philosophers, Chandy–Misra solution with dirty and clean forks.",
  sets: () => ({ Phil }),
  // TypeOK (forks \in [1..NP -> [holder: 1..NP, clean: BOOLEAN]], hungry, pc) is implied by the schema.
  state: ({ sets }) =>
    t.struct({
      forks: t.record(sets.Phil, t.struct({ holder: t.id(sets.Phil), clean: t.boolean })),
      pc: t.record(sets.Phil, t.enum("Loop", "Eat", "Think")),
      hungry: t.record(sets.Phil, t.boolean),
    }),
  init: (): State => ({
    forks: Object.fromEntries(Phil.map((f) => [f, { holder: f === 2 ? 1 : f, clean: false }])),
    pc: Object.fromEntries(Phil.map((p) => [p, "Loop"])),
    hungry: Object.fromEntries(Phil.map((p) => [p, true])),
  }),
  actions: Object.fromEntries(Phil.map((p) => [`Philosopher${p}`, philosopher(p)])),
  invariants: {
    ExclusiveAccess: {
      statement: "Two philosophers who share a fork never eat at the same time.",
      check: (s: State) => Phil.every((p) => Phil.every((q) => p === q || !ShareFork(p, q) || !(s.pc[p] === "Eat" && s.pc[q] === "Eat"))),
    },
  },
  liveness: Object.fromEntries(
    Phil.map((p): [string, LivenessDef<State, any>] => [
      `NobodyStarves_${p}`,
      { kind: "leadsTo", statement: `Philosopher ${p} eats infinitely often ([]<>~hungry[${p}]).`, from: () => true, to: (s) => !s.hungry[p] },
    ]),
  ),
  fairness: Phil.map((p) => `Philosopher${p}`),
});
