import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSpec, compileModel } from "../../src/checker/index.ts";
import { toArbitrary } from "../../src/dsl/arbitrary.ts";
import { defineSpec, extendSpec, ids, t } from "../../src/dsl/index.ts";
import prOwnership from "../../bench/specs/pr-ownership.cspec.ts";
import counter from "../fixtures/counter.cspec.ts";

/** A spec whose state uses every finite type, to exercise the codec. */
const kitchenSink = defineSpec({
  name: "kitchen-sink",
  description: "Every finite type in one state.",
  // Big is over the bit-scan threshold, and with it the layout has more leaves than unpack/pack unroll.
  sets: () => ({ Node: ids("n", 3), Color: ["red", "green"] as const, Big: ids("u", 70) }),
  state: ({ sets }) =>
    t.struct({
      flag: t.boolean,
      temp: t.int(-3, 4),
      mode: t.enum("a", "b", "c"),
      leader: t.option(t.id(sets.Node)),
      votes: t.record(sets.Node, t.int(0, 2)),
      seen: t.set(sets.Node),
      colors: t.set(sets.Color),
      lease: t.option(t.struct({ holder: t.id(sets.Node), ttl: t.int(1, 3) })),
      wide: t.int(0, 100_000),
      nested: t.record(sets.Node, t.struct({ up: t.boolean, log: t.set(sets.Color) })),
      big: t.set(sets.Big),
      bigs: t.record(sets.Node, t.struct({ odd: t.boolean, in: t.set(sets.Big) })),
      queue: t.seq(t.struct({ from: t.id(sets.Node), m: t.enum("x", "y") }), 3),
      pair: t.tuple(t.id(sets.Node), t.int(0, 2)),
      msgs: t.set(t.struct({ type: t.enum("p", "q"), n: t.id(sets.Node), b: t.option(t.int(0, 1)) })),
      log: t.option(t.seq(t.tuple(t.int(0, 3), t.boolean), 2)),
      edges: t.record(sets.Node, t.set(t.tuple(t.id(sets.Node), t.id(sets.Node)))),
    }),
  init: ({ sets }) => ({
    flag: false,
    temp: 0,
    mode: "a" as const,
    leader: null,
    votes: Object.fromEntries(sets.Node.map((n) => [n, 0])),
    seen: new Set<never>(),
    colors: new Set<never>(),
    lease: null,
    wide: 0,
    nested: Object.fromEntries(sets.Node.map((n) => [n, { up: true, log: new Set<never>() }])),
    big: new Set<never>(),
    bigs: Object.fromEntries(sets.Node.map((n) => [n, { odd: false, in: new Set<never>() }])),
    queue: [],
    pair: ["n1", 0] as const,
    msgs: new Set<never>(),
    log: null,
    edges: Object.fromEntries(sets.Node.map((n) => [n, new Set<never>()])),
  }),
  actions: { noop: { apply: (s) => s } },
  deadlock: false,
});

const plainEq = (a: unknown, b: unknown): boolean => {
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.join() === kb.join() && ka.every((k) => plainEq((a as never)[k], (b as never)[k]));
  }
  return a === b;
};

describe("codec (laws)", () => {
  for (const spec of [kitchenSink, prOwnership]) {
    it(`decode(encode(s)) = s for every ${spec.name} state`, () => {
      const m = compileModel(spec, { symmetry: false });
      const w = new Uint32Array(m.words);
      fc.assert(
        fc.property(toArbitrary(m.domain), (s) => {
          m.codec.encode(s, w, 0);
          return plainEq(m.codec.decode(w, 0), s);
        }),
        { numRuns: 500 },
      );
    });

    it(`pack(unpack(w)) = w for every ${spec.name} state`, () => {
      const m = compileModel(spec, { symmetry: false });
      const w = new Uint32Array(m.words);
      const back = new Uint32Array(m.words);
      const leaves = new Int32Array(m.layout.leaves.length);
      fc.assert(
        fc.property(toArbitrary(m.domain), (s) => {
          m.codec.encode(s, w, 0);
          m.codec.unpack(w, 0, leaves);
          m.codec.pack(leaves, back, 0);
          return back.every((x, i) => x === w[i]);
        }),
        { numRuns: 300 },
      );
    });

    it(`encode is injective on ${spec.name} states`, () => {
      const m = compileModel(spec, { symmetry: false });
      const w1 = new Uint32Array(m.words);
      const w2 = new Uint32Array(m.words);
      fc.assert(
        fc.property(toArbitrary(m.domain), toArbitrary(m.domain), (a, b) => {
          m.codec.encode(a, w1, 0);
          m.codec.encode(b, w2, 0);
          return plainEq(a, b) === w1.every((x, i) => x === w2[i]);
        }),
        { numRuns: 500 },
      );
    });
  }
});

const PR = "bench/specs/pr-ownership.cspec.ts";

describe("checker (laws)", () => {
  it("counts and verdicts are independent of the worker count", async () => {
    for (const params of [{ N: 3 }, { N: 4, B: 1, V: 3 }] as Array<Record<string, number>>) {
      const one = await checkSpec(prOwnership, { params });
      const two = await checkSpec(prOwnership, { params, workers: 2, file: PR, awaitWorkers: true });
      const three = await checkSpec(prOwnership, { params, workers: 3, file: PR, awaitWorkers: true });
      for (const r of [two, three]) {
        expect([r.result, r.distinctStates, r.generatedStates, r.depth]).toEqual([one.result, one.distinctStates, one.generatedStates, one.depth]);
        // Which action first reaches a state depends on exploration order; how many successors each produced does not.
        expect(r.coverage.map((c) => c.generated)).toEqual(one.coverage.map((c) => c.generated));
      }
    }
  });

  it("violations found with several workers are as short as with one", async () => {
    for (const LIMIT of [3, 4, 5]) {
      const one = await checkSpec(counter, { params: { LIMIT } });
      const two = await checkSpec(counter, { params: { LIMIT }, workers: 2, file: "test/fixtures/counter.cspec.ts", awaitWorkers: true });
      expect(two.result).toBe("violation");
      expect(two.violation!.invariantId).toBe("C-1");
      expect(two.violation!.trace.length).toBe(one.violation!.trace.length);
    }
  });

  it("symmetry never increases the count and agrees on verdicts", async () => {
    const symmetric = extendSpec(prOwnership, { name: "pr-sym", symmetry: ["Node"] });
    for (const N of [2, 3, 4]) {
      const full = await checkSpec(prOwnership, { params: { N } });
      const reduced = await checkSpec(symmetric, { params: { N } });
      expect(reduced.symmetry).toBe(true);
      expect(reduced.result).toBe(full.result);
      expect(reduced.distinctStates).toBeLessThanOrEqual(full.distinctStates);
      if (N > 1) expect(reduced.distinctStates).toBeLessThan(full.distinctStates);
    }
    const broken = extendSpec(symmetric, { name: "pr-sym-broken", invariants: { NoWrites: { statement: "Block 0 stays 0.", check: (s) => s.disk[0] === 0 } } });
    const full = await checkSpec(extendSpec(broken, { name: "pr-nosym-broken", symmetry: [] }), {});
    const reduced = await checkSpec(broken, {});
    expect(reduced.result).toBe("violation");
    expect(reduced.violation!.trace.length).toBe(full.violation!.trace.length);
    // The printed trace under symmetry is a real behaviour: every step is an enabled action of the previous state.
    const m = compileModel(prOwnership);
    for (let i = 1; i < reduced.violation!.trace.length; i++) {
      const step = reduced.violation!.trace[i]!;
      const inst = m.instances.find((x) => x.name === step.action && JSON.stringify(x.args) === JSON.stringify(step.args))!;
      expect(inst).toBeDefined();
    }
  });

  it("symmetry counts one representative per orbit on a fully symmetric model", async () => {
    // n independent bits, all interchangeable: 2^n states, n+1 orbits (how many bits are set).
    const bits = defineSpec({
      name: "bits",
      description: "n interchangeable bits",
      sets: () => ({ Bit: ids("b", 4) }),
      state: ({ sets }) => t.struct({ on: t.record(sets.Bit, t.boolean) }),
      init: ({ sets }) => ({ on: Object.fromEntries(sets.Bit.map((b) => [b, false])) }),
      actions: { flip: { over: { b: "Bit" }, apply: (s, { b }) => ({ on: { ...s.on, [b]: !s.on[b] } }) } },
      symmetry: ["Bit"],
    });
    expect((await checkSpec(bits, { symmetry: false })).distinctStates).toBe(16);
    expect((await checkSpec(bits, {})).distinctStates).toBe(5);
  });

  it("the strict and fast paths agree", async () => {
    const a = await checkSpec(counter, { strict: true });
    const b = await checkSpec(counter, {});
    expect([a.distinctStates, a.generatedStates]).toEqual([b.distinctStates, b.generatedStates]);
  });
});
