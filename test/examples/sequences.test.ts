/**
 * Sequences, tuples and sets of records on small models, against counts found independently: TLC's for
 * TwoPhase (tlaplus/Examples manifest), and a brute-force enumeration over the spec's own functions here, keyed
 * by a value text of the test's own (not the checker's encoding), with symmetry classes computed by renaming.
 */
import { describe, expect, it } from "vitest";
import { checkSpec, compileModel } from "../../src/checker/index.ts";
import { extendSpec } from "../../src/dsl/index.ts";
import fifo from "../../spec/examples/bounded-fifo.cspec.ts";
import twoPhase from "../../spec/examples/two-phase-records.cspec.ts";
import { toItfValue } from "../../src/checker/itf.ts";
import { toPlain } from "../../src/checker/index.ts";

/** A text of a value by value: objects by sorted keys, sets as sorted member texts (equal members once). */
const text = (v: unknown): string => {
  if (v instanceof Set) return `<${[...new Set([...v].map(text))].sort().join(",")}>`;
  if (Array.isArray(v)) return `[${v.map(text).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${k}:${text((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v);
};

/** Every id renamed by `m`, including record keys, set members and ids inside tuples and records. */
const rename = (v: unknown, m: ReadonlyMap<string, string>): unknown => {
  if (v instanceof Set) return new Set([...v].map((x) => rename(x, m)));
  if (Array.isArray(v)) return v.map((x) => rename(x, m));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [m.get(k) ?? k, rename(x, m)]));
  return typeof v === "string" ? (m.get(v) ?? v) : v;
};

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [x, ...r]));
}

/** BFS over the spec's own init/guards/applies: distinct states (by value), generated successors, depth. */
function enumerate(spec: typeof fifo | typeof twoPhase, params: Record<string, number>) {
  const model = compileModel(spec as never, { params, symmetry: false });
  const ctx = { params: model.params, sets: model.sets };
  const init = [(spec.init as (c: unknown) => unknown)(ctx)].flat();
  const seen = new Map<string, unknown>(init.map((s) => [text(s), s]));
  let frontier = [...seen.values()];
  let generated = init.length;
  let depth = 0;
  while (frontier.length > 0) {
    depth++;
    const next: unknown[] = [];
    for (const s of frontier)
      for (const inst of model.instances) {
        const def = (spec.actions as Record<string, any>)[model.actionNames[inst.action]!];
        if (def.guard && !def.guard(s, inst.args, ctx)) continue;
        const n = def.apply(s, inst.args, ctx);
        generated++;
        const k = text(n);
        if (!seen.has(k)) seen.set(k, n), next.push(n);
      }
    frontier = next;
  }
  return { states: [...seen.values()], generated, depth, sets: model.sets };
}

const classes = (states: readonly unknown[], set: readonly string[]) => {
  const renamings = permutations(set).map((img) => new Map(set.map((x, i) => [x, img[i]!])));
  return new Set(states.map((s) => renamings.map((m) => text(rename(s, m))).sort()[0])).size;
};

describe("sequences, tuples and sets of records", () => {
  it("TwoPhase with messages as records: TLC's 288 distinct / 1,146 generated / depth 11, and the enumeration agrees", async () => {
    const r = await checkSpec(twoPhase, {});
    expect([r.result, r.distinctStates, r.generatedStates, r.depth]).toEqual(["ok", 288, 1146, 11]);
    const e = enumerate(twoPhase, {});
    expect([e.states.length, e.generated, e.depth]).toEqual([288, 1146, 11]);
  });

  it("TwoPhase under symmetry of RM (ids inside message records renamed): the number of classes of the enumeration", async () => {
    const e = enumerate(twoPhase, {});
    const sym = extendSpec(twoPhase, { name: "two-phase-records-sym", symmetry: ["RM"] });
    const r = await checkSpec(sym, {});
    expect(r.distinctStates).toBe(classes(e.states, e.sets.RM as string[]));
    expect(r.distinctStates).toBeLessThan(288);
  });

  for (const N of [1, 2, 3]) {
    it(`BoundedFIFO with N=${N}: counts and symmetry classes equal the enumeration's`, async () => {
      const e = enumerate(fifo, { N });
      const plain = await checkSpec(fifo, { params: { N }, symmetry: false, strict: true });
      expect([plain.result, plain.distinctStates, plain.generatedStates, plain.depth]).toEqual(["ok", e.states.length, e.generated, e.depth]);
      const reduced = await checkSpec(fifo, { params: { N } });
      expect(reduced.distinctStates).toBe(classes(e.states, e.sets.Proc as string[]));
    });
  }

  it("ITF writes a sequence as a list, a tuple as #tup and a set of records as #set of records", () => {
    const m = compileModel(fifo as never, { params: { N: 2 } });
    const field = (name: string) => (m.domain as Extract<typeof m.domain, { kind: "struct" }>).fields.find(([k]) => k === name)![1];
    expect(toItfValue(field("q"), [["p1", 1]])).toEqual([{ "#tup": ["p1", { "#bigint": "1" }] }]);
    expect(toItfValue(field("got"), new Set([["p2", 0]]))).toEqual({ "#set": [{ "#tup": ["p2", { "#bigint": "0" }] }] });
    const tp = compileModel(twoPhase as never, {});
    const msgs = (tp.domain as Extract<typeof tp.domain, { kind: "struct" }>).fields.find(([k]) => k === "msgs")![1];
    expect(toItfValue(msgs, new Set([{ type: "Commit", rm: null }]))).toEqual({ "#set": [{ type: "Commit", rm: { tag: "None", value: { "#tup": [] } } }] });
  });

  it("prints equal sets of records alike whatever their insertion order (traces, conformance diffs)", () => {
    const a = new Set([{ type: "Commit", rm: null }, { type: "Prepared", rm: "r1" }]);
    const b = new Set([{ type: "Prepared", rm: "r1" }, { type: "Commit", rm: null }]);
    expect(JSON.stringify(toPlain(a))).toBe(JSON.stringify(toPlain(b)));
  });

  it("a message outside the channel's bound or type is a clear CS150 naming the field", async () => {
    const over = extendSpec(fifo, { name: "fifo-over", actions: { Send: { guard: () => true } } });
    await expect(checkSpec(over, { params: { N: 1 } })).rejects.toMatchObject({ code: "CS150", where: { field: "state.q" } });
    const bad = extendSpec(fifo, { name: "fifo-bad", actions: { Send: { apply: (s: any) => ({ ...s, got: new Set([["p3", 0]]) }) } } });
    await expect(checkSpec(bad, { params: { N: 1 } })).rejects.toMatchObject({ code: "CS150", where: { field: "state.got" } });
  });
});
