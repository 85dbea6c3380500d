/**
 * EWD840 — Dijkstra, Feijen and van Gasteren's termination detection on a ring (EWD 840): a token
 * travels from node N-1 down to node 0; nodes and the token are coloured black when a message may
 * have reactivated a node the token already passed, making the round inconclusive.
 *
 * Source: tlaplus/Examples, specifications/ewd840/EWD840.tla with EWD840.cfg (Stephan Merz;
 * manifest: 302 distinct / 2,001 generated, depth 10). Constants: N = 3 (see note below).
 * The cfg: CHECK_DEADLOCK FALSE (→ `deadlock: false`); INVARIANTS TypeOK (implied by the schema),
 * TerminationDetection, Inv; PROPERTIES Liveness and TDSpec. TDSpec (refinement of
 * SyncTerminationDetection) is a temporal formula over actions that the DSL cannot state, so it
 * is not checked here.
 *
 * Action structure (TLC makes every disjunct and every \E choice its own successor):
 *   System      == InitiateProbe \/ \E i \in Node \ {0} : PassToken(i)
 *   Environment == \E i \in Node : SendMsg(i) \/ Deactivate(i)
 * InitiateProbe's enabling condition `tcolor = "black" \/ color[0] = "black"` is a 2-way
 * disjunction and PassToken's `~active[i] \/ color[i] = "black" \/ tcolor = "black"` a 3-way one,
 * so each disjunct is its own instance (`why`). Spec has WF_vars(System): fairness in the DSL is per
 * action name, so InitiateProbe and PassToken are the instances of one DSL action `System`.
 * SendMsg's inner \E j \in Node \ {i} is one instance per (i, j).
 *
 * Note on N: the manifest's 302 / 2,001 are the counts for N = 3 (the constant of an earlier
 * EWD840.cfg, `N = 3`, INIT/NEXT, INVARIANT Inv); the EWD840.cfg revision with SPECIFICATION and
 * PROPERTIES sets N = 4, which gives 1,566 / 15,986 here — the manifest's figures for EWD840_json.
 * With N = 4 the initial states alone (1,024) exceed 302, so the manifest entry is an N = 3 run.
 * The default is N = 3; `--param N=4` reproduces the other figures.
 */
import { defineSpec, param, range, t } from "../../src/dsl/index.ts";

type Color = "white" | "black";
type State = {
  readonly active: Record<number, boolean>;
  readonly color: Record<number, Color>;
  readonly tpos: number;
  readonly tcolor: Color;
};
type SystemArgs = { readonly act: "InitiateProbe"; readonly why: "tcolor" | "color0" } | { readonly act: "PassToken"; readonly i: number; readonly why: "inactive" | "color" | "tcolor" };

const terminationDetected = (s: State) => s.tpos === 0 && s.tcolor === "white" && s.color[0] === "white" && !s.active[0];
const allInactive = (s: State, Node: readonly number[]) => Node.every((i) => !s.active[i]);

export default defineSpec({
  name: "ewd840",
  description: "EWD 840: Dijkstra's token-based termination detection on a ring.",
  params: { N: param.int(3, { min: 1, max: 6, doc: "nodes in the ring" }) },
  sets: (p) => ({ Node: range(0, p.N - 1) }),
  // TypeOK (active \in [Node -> BOOLEAN], color \in [Node -> Color], tpos \in Node, tcolor \in Color) is implied by the schema.
  state: ({ sets }) =>
    t.struct({
      active: t.record(sets.Node, t.boolean),
      color: t.record(sets.Node, t.enum("white", "black")),
      tpos: t.id(sets.Node),
      tcolor: t.enum("white", "black"),
    }),
  // Init: active \in [Node -> BOOLEAN], color \in [Node -> Color], tpos \in Node, tcolor = "black".
  init: ({ sets }): State[] => {
    const n = sets.Node.length;
    const out: State[] = [];
    for (let a = 0; a < 1 << n; a++)
      for (let c = 0; c < 1 << n; c++)
        for (const tpos of sets.Node)
          out.push({
            active: Object.fromEntries(sets.Node.map((i) => [i, (a & (1 << i)) !== 0])),
            color: Object.fromEntries(sets.Node.map((i) => [i, c & (1 << i) ? "black" : "white"])),
            tpos,
            tcolor: "black",
          });
    return out;
  },
  actions: {
    System: {
      over: ({ sets }): SystemArgs[] => [
        { act: "InitiateProbe", why: "tcolor" },
        { act: "InitiateProbe", why: "color0" },
        ...sets.Node.filter((i) => i !== 0).flatMap((i) => (["inactive", "color", "tcolor"] as const).map((why) => ({ act: "PassToken" as const, i, why }))),
      ],
      guard: (s: State, a: SystemArgs) => {
        if (a.act === "InitiateProbe") return s.tpos === 0 && (a.why === "tcolor" ? s.tcolor === "black" : s.color[0] === "black");
        return s.tpos === a.i && (a.why === "inactive" ? !s.active[a.i] : a.why === "color" ? s.color[a.i] === "black" : s.tcolor === "black");
      },
      apply: (s: State, a: SystemArgs, { params }): State => {
        if (a.act === "InitiateProbe") return { ...s, tpos: params.N - 1, tcolor: "white", color: { ...s.color, 0: "white" } };
        return { ...s, tpos: a.i - 1, tcolor: s.color[a.i] === "black" ? "black" : s.tcolor, color: { ...s.color, [a.i]: "white" } };
      },
    },
    SendMsg: {
      over: ({ sets }) => sets.Node.flatMap((i) => sets.Node.filter((j) => j !== i).map((j) => ({ i, j }))),
      guard: (s: State, { i }) => s.active[i]!,
      apply: (s: State, { i, j }): State => ({
        ...s,
        active: { ...s.active, [j]: true },
        color: { ...s.color, [i]: j > i ? "black" : s.color[i]! },
      }),
    },
    Deactivate: {
      over: { i: "Node" },
      guard: (s: State, { i }) => s.active[i]!,
      apply: (s: State, { i }): State => ({ ...s, active: { ...s.active, [i]: false } }),
    },
  },
  invariants: {
    TerminationDetection: {
      statement: "If a white token is at a white, passive node 0, every node is passive.",
      check: (s: State, { sets }) => !terminationDetected(s) || allInactive(s, sets.Node),
    },
    Inv: {
      statement: "Dijkstra's invariant: nodes beyond the token are passive, or some node up to the token is black, or the token is black.",
      check: (s: State, { sets }) =>
        sets.Node.every((i) => !(s.tpos < i) || !s.active[i]) || range(0, s.tpos).some((j) => s.color[j] === "black") || s.tcolor === "black",
    },
  },
  liveness: {
    Liveness: {
      kind: "leadsTo",
      statement: "Once every node is passive, termination is eventually detected.",
      from: (s: State, { sets }) => allInactive(s, sets.Node),
      to: (s: State) => terminationDetected(s),
    },
  },
  fairness: ["System"],
  deadlock: false,
});
