/**
 * SimpleAllocator — Stephan Merz's high-level resource allocator: clients request sets of
 * resources when they hold none and have no pending request; the allocator grants any available
 * part of a pending request; clients may return any part of what they hold.
 *
 * Source: tlaplus/Examples, specifications/allocator/SimpleAllocator.tla with SimpleAllocator.cfg
 * (manifest: 400 distinct / 1,633 generated, depth 6). Constants: Clients = {c1, c2, c3},
 * Resources = {r1, r2} (model values); no symmetry.
 * Invariants: TypeInvariant (implied by the schema), ResourceMutex.
 *
 * Next == \E c \in Clients, S \in SUBSET Resources : Request(c,S) \/ Allocate(c,S) \/ Return(c,S):
 * one DSL instance per (disjunct, c, S), S ranging over every subset (S = {} is never enabled).
 *
 * Liveness. SimpleAllocator == Init /\ [][Next]_vars /\ \A c : WF_vars(Return(c, alloc[c]))
 * /\ \A c : SF_vars(\E S : Allocate(c,S)). The DSL has weak fairness per action name only, so:
 *  - Return is one DSL action per client (`Return_<c>`), each weakly fair. WF(\E S : Return(c,S)) is
 *    implied by WF(Return(c, alloc[c])) (same enabling condition, more steps discharge it), so a
 *    property proved under it also holds for the original spec. ClientsWillReturn is checked so.
 *  - Strong fairness of Allocate cannot be expressed, so ClientsWillObtain and InfOftenSatisfied
 *    (which need it) are not checked here.
 */
import { defineSpec, t } from "../../src/dsl/index.ts";

const Clients = ["c1", "c2", "c3"];
const Resources = ["r1", "r2"];
type State = { readonly unsat: Record<string, ReadonlySet<string>>; readonly alloc: Record<string, ReadonlySet<string>> };

/** SUBSET Resources, as arrays. */
const Subsets: string[][] = [];
for (let m = 0; m < 1 << Resources.length; m++) Subsets.push(Resources.filter((_, i) => m & (1 << i)));
const subsetArgs = (c: string) => Subsets.map((S) => ({ c, S: S.join(",") }));
const setOf = (S: string): string[] => (S === "" ? [] : S.split(","));

const available = (s: State) => Resources.filter((r) => Clients.every((c) => !s.alloc[c]!.has(r)));
const without = (set: ReadonlySet<string>, S: readonly string[]) => new Set([...set].filter((x) => !S.includes(x)));

const returnAction = (client: string) => ({
  over: () => subsetArgs(client),
  doc: `Return(${client}, S): return a non-empty set S of held resources.`,
  guard: (s: State, { c, S }: { c: string; S: string }) => {
    const set = setOf(S);
    return set.length > 0 && set.every((r) => s.alloc[c]!.has(r));
  },
  apply: (s: State, { c, S }: { c: string; S: string }): State => ({ ...s, alloc: { ...s.alloc, [c]: without(s.alloc[c]!, setOf(S)) } }),
});

export default defineSpec({
  name: "simple-allocator",
  description: "Simple resource allocator: request, allocate any available part, return any part.",
  sets: () => ({ Clients, Resources }),
  // TypeInvariant (unsat, alloc \in [Clients -> SUBSET Resources]) is implied by the schema.
  state: ({ sets }) => t.struct({ unsat: t.record(sets.Clients, t.set(sets.Resources)), alloc: t.record(sets.Clients, t.set(sets.Resources)) }),
  init: (): State => ({
    unsat: Object.fromEntries(Clients.map((c) => [c, new Set<string>()])),
    alloc: Object.fromEntries(Clients.map((c) => [c, new Set<string>()])),
  }),
  actions: {
    Request: {
      over: () => Clients.flatMap(subsetArgs),
      guard: (s: State, { c, S }) => s.unsat[c]!.size === 0 && s.alloc[c]!.size === 0 && S !== "",
      apply: (s: State, { c, S }): State => ({ ...s, unsat: { ...s.unsat, [c]: new Set(setOf(S)) } }),
    },
    Allocate: {
      over: () => Clients.flatMap(subsetArgs),
      guard: (s: State, { c, S }) => {
        const set = setOf(S);
        const avail = available(s);
        return set.length > 0 && set.every((r) => avail.includes(r) && s.unsat[c]!.has(r));
      },
      apply: (s: State, { c, S }): State => ({
        alloc: { ...s.alloc, [c]: new Set([...s.alloc[c]!, ...setOf(S)]) },
        unsat: { ...s.unsat, [c]: without(s.unsat[c]!, setOf(S)) },
      }),
    },
    ...Object.fromEntries(Clients.map((c) => [`Return_${c}`, returnAction(c)])),
  },
  invariants: {
    ResourceMutex: {
      statement: "No resource is allocated to two clients.",
      check: (s: State) => Clients.every((c1) => Clients.every((c2) => c1 === c2 || [...s.alloc[c1]!].every((r) => !s.alloc[c2]!.has(r)))),
    },
  },
  liveness: Object.fromEntries(
    Clients.map((c) => [
      `ClientsWillReturn_${c}`,
      { kind: "leadsTo" as const, statement: `Once ${c}'s request is satisfied, ${c} eventually holds nothing.`, from: (s: State) => s.unsat[c]!.size === 0, to: (s: State) => s.alloc[c]!.size === 0 },
    ]),
  ),
  fairness: Clients.map((c) => `Return_${c}`),
});
