import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSpec, compileModel } from "../../src/checker/index.ts";
import { defineSpec, t } from "../../src/dsl/index.ts";
import { ClusterspecError } from "../../src/core/errors.ts";

describe("symmetry", () => {
  it("does not rename the placeholder of an absent option(struct(id))", async () => {
    // Two classes: (cur, null) and (cur, { v: cur }); before the fix, (a, null) and (b, null) were stored apart.
    const spec = defineSpec({
      name: "box",
      description: "An id and an optional box holding one.",
      sets: () => ({ D: ["a", "b"] as const }),
      state: ({ sets }) => t.struct({ cur: t.id(sets.D), box: t.option(t.struct({ v: t.id(sets.D) })) }),
      init: () => [
        { cur: "a" as const, box: null },
        { cur: "b" as const, box: null },
      ],
      actions: {
        Put: { guard: (s) => s.box === null, apply: (s) => ({ ...s, box: { v: s.cur } }) },
        Take: { guard: (s) => s.box !== null, apply: (s) => ({ ...s, box: null }) },
      },
      symmetry: ["D"],
    });
    expect((await checkSpec(spec, { symmetry: false })).distinctStates).toBe(4);
    expect((await checkSpec(spec, {})).distinctStates).toBe(2);
  });

  it("names a copy of a symmetric set as the set itself", async () => {
    const spec = defineSpec({
      name: "copy",
      description: "A field over a copy of the symmetric set.",
      sets: () => ({ D: ["a", "b", "c"] as const }),
      state: ({ sets }) => t.struct({ on: t.set([...sets.D]), last: t.option(t.id([...sets.D])) }),
      init: () => ({ on: new Set<"a" | "b" | "c">(), last: null }),
      actions: { Add: { over: { d: "D" }, guard: (s, { d }) => !s.on.has(d), apply: (s, { d }) => ({ on: new Set([...s.on, d]), last: d }) } },
      symmetry: ["D"],
      deadlock: false,
    });
    // Orbits: {} / one element (last = it) / two (last one of them) / all three.
    expect((await checkSpec(spec, {})).distinctStates).toBe(4);
  });

  it("refuses symmetry over a set some field uses only in part (CS260)", () => {
    const spec = defineSpec({
      name: "part",
      description: "A field over a subset of the symmetric set.",
      sets: () => ({ D: ["a", "b", "c"] as const }),
      state: ({ sets }) => t.struct({ cur: t.id(sets.D), fav: t.enum("a", "b") }),
      init: () => ({ cur: "a" as const, fav: "a" as const }),
      actions: { Noop: { apply: (s) => s } },
      symmetry: ["D"],
    });
    const err = (() => {
      try {
        compileModel(spec);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ClusterspecError);
    expect((err as ClusterspecError).code).toBe("CS260");
    expect((err as ClusterspecError).where.field).toBe("state.fav");
  });
});

// ---- the law, on generated schemas and specs -------------------------------------------------------

const SETS = { D: ["a", "b", "c"], E: ["x", "y"], K: ["k1", "k2"] } as const;
type SetName = keyof typeof SETS;

/** The test's own schema description, turned into `t` schemas, random values and permutations independently. */
type G =
  | { k: "bool" }
  | { k: "int"; max: number }
  | { k: "id"; set: SetName }
  | { k: "option"; inner: G }
  | { k: "struct"; fields: G[] }
  | { k: "record"; keys: SetName; value: G }
  | { k: "set"; universe: SetName }
  | { k: "seq"; elem: G; max: number }
  | { k: "tuple"; elems: G[] }
  /** A set of structured elements (`t.set(t.struct(…))`); `elem` is built of element kinds only. */
  | { k: "setOf"; elem: G };

const setName = fc.constantFrom<SetName>("D", "E", "K");
const leafG: fc.Arbitrary<G> = fc.oneof(
  fc.constant<G>({ k: "bool" }),
  fc.integer({ min: 1, max: 2 }).map((max): G => ({ k: "int", max })),
  setName.map((set): G => ({ k: "id", set })),
  setName.map((universe): G => ({ k: "set", universe })),
);
const genG = (depth: number): fc.Arbitrary<G> =>
  depth === 0
    ? leafG
    : fc.oneof(
        leafG,
        // Options of compounds weigh more: their absent placeholders are where a canonicaliser goes wrong.
        { arbitrary: genG(depth - 1).map((inner): G => ({ k: "option", inner })), weight: 2 },
        fc.array(genG(depth - 1), { minLength: 1, maxLength: 3 }).map((fields): G => ({ k: "struct", fields })),
        fc.tuple(setName, genG(depth - 1)).map(([keys, value]): G => ({ k: "record", keys, value })),
        fc.tuple(genG(depth - 1), fc.integer({ min: 1, max: 3 })).map(([elem, max]): G => ({ k: "seq", elem, max })),
        fc.array(genG(depth - 1), { minLength: 1, maxLength: 2 }).map((elems): G => ({ k: "tuple", elems })),
        genElem(depth - 1).map((elem): G => ({ k: "setOf", elem: { k: "struct", fields: [elem, { k: "id", set: "D" }] } })),
      );
/** Element kinds (what a structured set may hold): scalars, options, structs and tuples of them. */
const genElem = (depth: number): fc.Arbitrary<G> => {
  const leaf = fc.oneof(fc.constant<G>({ k: "bool" }), setName.map((set): G => ({ k: "id", set })));
  return depth === 0
    ? leaf
    : fc.oneof(
        leaf,
        genElem(depth - 1).map((inner): G => ({ k: "option", inner })),
        fc.array(genElem(depth - 1), { minLength: 1, maxLength: 2 }).map((elems): G => ({ k: "tuple", elems })),
      );
};

function card(g: G): number {
  switch (g.k) {
    case "bool":
      return 2;
    case "int":
      return g.max + 1;
    case "id":
      return SETS[g.set].length;
    case "option":
      return card(g.inner) + 1;
    case "struct":
      return g.fields.reduce((n, f) => n * card(f), 1);
    case "record":
      return card(g.value) ** SETS[g.keys].length;
    case "set":
      return 2 ** SETS[g.universe].length;
    case "seq":
      return Array.from({ length: g.max + 1 }, (_, i) => card(g.elem) ** i).reduce((a, b) => a + b, 0);
    case "tuple":
      return g.elems.reduce((n, f) => n * card(f), 1);
    case "setOf":
      return 2 ** card(g.elem);
  }
}

const toSchema = (g: G): any => {
  switch (g.k) {
    case "bool":
      return t.boolean;
    case "int":
      return t.int(0, g.max);
    case "id":
      return t.id(SETS[g.set]);
    case "option":
      return t.option(toSchema(g.inner));
    case "struct":
      return t.struct(Object.fromEntries(g.fields.map((f, i) => [`f${i}`, toSchema(f)])));
    case "record":
      return t.record(SETS[g.keys], toSchema(g.value));
    case "set":
      return t.set(SETS[g.universe]);
    case "seq":
      return t.seq(toSchema(g.elem), g.max);
    case "tuple":
      return t.tuple(...g.elems.map(toSchema));
    case "setOf":
      return t.set(toSchema(g.elem));
  }
};

/** A deterministic random value of `g` from a 32-bit seed (mulberry32). */
function valueOf(g: G, seed: number): unknown {
  let a = seed >>> 0;
  const next = (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const gen = (d: G): unknown => {
    switch (d.k) {
      case "bool":
        return next(2) === 1;
      case "int":
        return next(d.max + 1);
      case "id":
        return SETS[d.set][next(SETS[d.set].length)];
      case "option":
        return next(3) === 0 ? null : gen(d.inner);
      case "struct":
        return Object.fromEntries(d.fields.map((f, i) => [`f${i}`, gen(f)]));
      case "record":
        return Object.fromEntries(SETS[d.keys].map((k) => [k, gen(d.value)]));
      case "set":
        return new Set(SETS[d.universe].filter(() => next(2) === 1));
      case "seq":
        return Array.from({ length: next(d.max + 1) }, () => gen(d.elem));
      case "tuple":
        return d.elems.map(gen);
      case "setOf":
        // Up to three members, possibly equal objects: the encoder must treat them as one member.
        return new Set(Array.from({ length: next(4) }, () => gen(d.elem)));
    }
  };
  return gen(g);
}

type Perm = Partial<Record<SetName, Map<string, string>>>;
const rename = (p: Perm, set: SetName, v: string): string => p[set]?.get(v) ?? v;

function permute(g: G, v: any, p: Perm): unknown {
  switch (g.k) {
    case "bool":
    case "int":
      return v;
    case "id":
      return rename(p, g.set, v);
    case "option":
      return v === null ? null : permute(g.inner, v, p);
    case "struct":
      return Object.fromEntries(g.fields.map((f, i) => [`f${i}`, permute(f, v[`f${i}`], p)]));
    case "record":
      return Object.fromEntries(SETS[g.keys].map((k) => [rename(p, g.keys, k), permute(g.value, v[k], p)]));
    case "set":
      return new Set([...(v as Set<string>)].map((x) => rename(p, g.universe, x)));
    case "seq":
      return (v as unknown[]).map((x) => permute(g.elem, x, p));
    case "tuple":
      return g.elems.map((e, i) => permute(e, v[i], p));
    case "setOf":
      return new Set([...(v as Set<unknown>)].map((x) => permute(g.elem, x, p)));
  }
}

/** A canonical text of a value: fields and keys in schema order, set members in universe order. */
function text(g: G, v: any): string {
  switch (g.k) {
    case "bool":
    case "int":
    case "id":
      return JSON.stringify(v);
    case "option":
      return v === null ? "null" : `(${text(g.inner, v)})`;
    case "struct":
      return `{${g.fields.map((f, i) => text(f, v[`f${i}`])).join(",")}}`;
    case "record":
      return `[${SETS[g.keys].map((k) => text(g.value, v[k])).join(",")}]`;
    case "set":
      return `<${SETS[g.universe].filter((x) => (v as Set<string>).has(x)).join(",")}>`;
    case "seq":
      return `s[${(v as unknown[]).map((x) => text(g.elem, x)).join(",")}]`;
    case "tuple":
      return `t[${g.elems.map((e, i) => text(e, v[i])).join(",")}]`;
    case "setOf":
      // Members by value, sorted and deduplicated.
      return `<${[...new Set([...(v as Set<unknown>)].map((x) => text(g.elem, x)))].sort().join(",")}>`;
  }
}

function permutationsOf(xs: readonly string[]): string[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutationsOf([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

function groupOf(symmetric: readonly SetName[]): Perm[] {
  let out: Perm[] = [{}];
  for (const s of symmetric)
    out = out.flatMap((p) => permutationsOf(SETS[s]).map((img) => ({ ...p, [s]: new Map(SETS[s].map((x, i) => [x, img[i]!])) })));
  return out;
}

function hash(str: string, j: number): number {
  let h = 2166136261 ^ j;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A spec symmetric by construction: the successors of s depend only on its orbit (through the canonical
 * text) and are closed under the group, so next(π s) = π next(s).
 */
function symmetricSpec(g: G, symmetric: readonly SetName[], seeds: readonly number[], fanout: number) {
  const group = groupOf(symmetric);
  const canon = (s: unknown) => group.map((p) => text(g, permute(g, s, p))).reduce((a, b) => (a < b ? a : b));
  const spec = defineSpec({
    name: "generated-symmetric",
    description: "A generated spec that treats the symmetric sets' elements alike.",
    sets: () => SETS,
    state: () => t.struct({ v: toSchema(g) }),
    init: () => seeds.map((seed) => ({ v: valueOf(g, seed) })),
    actions: {
      Go: {
        over: { p: group.map((_, i) => i), j: Array.from({ length: fanout }, (_, j) => j) },
        guard: (s: any, { j }: any) => hash(canon(s.v), j) % 5 !== 0,
        apply: (s: any, { p, j }: any) => ({ v: permute(g, valueOf(g, hash(canon(s.v), j)), group[p]!) }),
      },
    },
    symmetry: [...symmetric],
    deadlock: false,
  });
  return { spec, canon };
}

/** Breadth-first reachability over the spec's own functions, keyed by canonical text (independent of the checker). */
function reachable(g: G, spec: ReturnType<typeof symmetricSpec>["spec"]): unknown[] {
  const ctx = { params: {}, sets: SETS };
  const seen = new Map<string, unknown>();
  const queue: any[] = [];
  for (const s of (spec.init as (c: never) => any[])(ctx as never)) {
    const key = text(g, s.v);
    if (!seen.has(key)) seen.set(key, s), queue.push(s);
  }
  const go = spec.actions.Go!;
  const over = go.over as { p: number[]; j: number[] };
  for (let h = 0; h < queue.length; h++)
    for (const p of over.p)
      for (const j of over.j) {
        if (!go.guard!(queue[h], { p, j }, ctx as never)) continue;
        const n = go.apply(queue[h], { p, j }, ctx as never) as any;
        const key = text(g, n.v);
        if (!seen.has(key)) seen.set(key, n), queue.push(n);
      }
  return [...seen.values()];
}

describe("symmetry (laws)", () => {
  it("under symmetry the count is the number of distinct canonical forms of the states found without it", async () => {
    const schema = fc
      .array(genG(2), { minLength: 1, maxLength: 3 })
      .map((fields): G => ({ k: "struct", fields }))
      .filter((g) => card(g) <= 1500 && card(g) >= 2);
    const symmetric = fc.subarray<SetName>(["D", "E"], { minLength: 1 });
    await fc.assert(
      fc.asyncProperty(schema, symmetric, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3 }), async (g, sym, seeds, fanout) => {
        const { spec, canon } = symmetricSpec(g, sym, seeds, fanout);
        const states = reachable(g, spec);
        const full = await checkSpec(spec, { symmetry: false });
        expect(full.distinctStates).toBe(states.length);
        const orbits = new Set(states.map((s: any) => canon(s.v))).size;
        const reduced = await checkSpec(spec, {});
        expect(reduced.distinctStates).toBe(orbits);
      }),
      { numRuns: 50 },
    );
  });
});
