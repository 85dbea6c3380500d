/**
 * PR ownership benchmark model — exactly the model of issue 2, so counts compare with TLC and Spin.
 * Nodes register keys, reserve, crash, restart, preempt crashed victims, write blocks, and notice fencing.
 * N=3,B=2,V=2 → 928 distinct / 5,545 generated.
 */
import { defineSpec, param, range, t } from "../../src/dsl/index.ts";

export default defineSpec({
  name: "pr-ownership",
  description: "Persistent-reservation ownership: register, reserve, crash, restart, preempt, write, fence.",
  params: {
    N: param.int(3, { min: 1, max: 8, doc: "nodes" }),
    B: param.int(2, { min: 1, max: 12, doc: "blocks" }),
    V: param.int(2, { min: 1, max: 16, doc: "values per block" }),
  },
  sets: (p) => ({ Node: range(0, p.N - 1), Block: range(0, p.B - 1), Value: range(0, p.V - 1) }),
  state: ({ sets }) =>
    t.struct({
      up: t.record(sets.Node, t.boolean),
      owner: t.record(sets.Node, t.boolean),
      reg: t.set(sets.Node),
      holder: t.option(t.id(sets.Node)),
      disk: t.record(sets.Block, t.id(sets.Value)),
    }),
  init: ({ sets }) => ({
    up: Object.fromEntries(sets.Node.map((n) => [n, true])),
    owner: Object.fromEntries(sets.Node.map((n) => [n, false])),
    reg: new Set<number>(),
    holder: null,
    disk: Object.fromEntries(sets.Block.map((b) => [b, 0])),
  }),
  actions: {
    Register: {
      over: { n: "Node" },
      guard: (s, { n }) => s.up[n] && !s.reg.has(n) && !s.owner[n],
      apply: (s, { n }) => ({ ...s, reg: new Set([...s.reg, n]) }),
    },
    Reserve: {
      over: { n: "Node" },
      guard: (s, { n }) => s.up[n] && s.reg.has(n) && (s.holder === null || s.holder === n) && !s.owner[n],
      apply: (s, { n }) => ({ ...s, holder: n, owner: { ...s.owner, [n]: true } }),
    },
    Crash: {
      over: { n: "Node" },
      fault: true,
      guard: (s, { n }) => s.up[n],
      apply: (s, { n }) => ({ ...s, up: { ...s.up, [n]: false } }),
    },
    Restart: {
      over: { n: "Node" },
      guard: (s, { n }) => !s.up[n],
      apply: (s, { n }) => ({ ...s, up: { ...s.up, [n]: true } }),
    },
    Preempt: {
      over: { n: "Node", victim: "Node" },
      guard: (s, { n, victim }) => s.up[n] && s.reg.has(n) && victim !== n && s.reg.has(victim) && !s.up[victim],
      apply: (s, { n, victim }) => {
        const reg = new Set(s.reg);
        reg.delete(victim);
        return s.holder === victim ? { ...s, reg, holder: n, owner: { ...s.owner, [n]: true } } : { ...s, reg };
      },
    },
    Write: {
      over: { n: "Node", b: "Block", v: "Value" },
      guard: (s, { n }) => s.up[n] && s.owner[n] && s.reg.has(n),
      apply: (s, { b, v }) => ({ ...s, disk: { ...s.disk, [b]: v } }),
    },
    Fenced: {
      over: { n: "Node" },
      guard: (s, { n }) => s.up[n] && s.owner[n] && !s.reg.has(n),
      apply: (s, { n }) => ({ ...s, owner: { ...s.owner, [n]: false } }),
    },
  },
  invariants: {
    SingleWriter: {
      statement: "At most one node is up, owner and registered.",
      check: (s, { sets }) => sets.Node.filter((n) => s.up[n] && s.owner[n] && s.reg.has(n)).length <= 1,
    },
    WriterIsHolder: {
      statement: "Every node that is up, owner and registered is the reservation holder.",
      check: (s, { sets }) => sets.Node.every((n) => !(s.up[n] && s.owner[n] && s.reg.has(n)) || s.holder === n),
    },
    HolderRegistered: {
      statement: "A reservation holder is registered.",
      check: (s) => s.holder === null || s.reg.has(s.holder),
    },
  },
  symmetry: [],
});
