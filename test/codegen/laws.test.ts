/**
 * Laws of a generated machine, on random states drawn from the spec's schema (reachable or not): for
 * every action instance `isEnabled` is the spec's guard and `step` is the spec's apply (the same packed
 * successor, or the same out-of-schema error), and `violatedInvariants` names exactly the invariants the
 * spec's predicates reject. Checked for the compiled machine and for the forced fallback (--no-compile),
 * so both paths of every built-in spec, the benchmark spec, every example and every mutant are covered.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpecModule } from "../../src/checker/loadSpec.ts";
import { compileModel, type CompiledModel } from "../../src/checker/model.ts";
import { builtinSpecFiles } from "../../src/cli/builtins.ts";
import { toArbitrary } from "../../src/dsl/arbitrary.ts";
import { tempMachines } from "./tempMachines.ts";

const temp = tempMachines("laws");
afterAll(() => temp.dispose());

/** The seed is printed by fast-check on a failure; pass it back with FC_SEED to replay. */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 8;
// Plus fixtures pinning single constructs of the translator (`??` over optional leaves, a set element named __proto__).
const files = [...builtinSpecFiles().map((f) => f.file), "bench/specs/pr-ownership.cspec.ts", "test/fixtures/nullish.cspec.ts", "test/fixtures/per-invariant.cspec.ts", "test/fixtures/nested-update.cspec.ts", "test/fixtures/proto-key.cspec.ts"];

interface Machine {
  actions: readonly { type: string }[];
  isEnabled(s: unknown, a: unknown): boolean;
  step(s: unknown, a: unknown): { status: "ok"; state: unknown } | { status: "disabled"; action: string };
  violatedInvariants(s: unknown): string[];
  encode(s: unknown, w: Uint32Array, offset?: number): void;
}

type Outcome = { kind: "throws"; code: string } | { kind: "value"; value: unknown };
const attempt = (f: () => unknown): Outcome => {
  try {
    return { kind: "value", value: f() };
  } catch (e) {
    return { kind: "throws", code: String((e as { code?: unknown }).code ?? (e as Error).message) };
  }
};

function checkLaws(model: CompiledModel, m: Machine): void {
  const ctx = model.ctx;
  const words = (s: unknown, encode: (s: unknown, w: Uint32Array) => void) => {
    const w = new Uint32Array(model.words);
    encode(s, w);
    return [...w];
  };
  fc.assert(
    fc.property(toArbitrary(model.domain), (s) => {
      model.instances.forEach((inst, i) => {
        const a = m.actions[i]!;
        const guard = attempt(() => inst.guard === undefined || Boolean(inst.guard(s, inst.args, ctx)));
        // A spec guard that throws on an unreachable state has no meaning to agree with.
        if (guard.kind === "throws") return;
        expect(m.isEnabled(s, a), `isEnabled ${inst.label}`).toBe(guard.value);
        const r = attempt(() => m.step(s, a));
        if (!guard.value) {
          expect(r, `step ${inst.label} (disabled)`).toMatchObject({ kind: "value", value: { status: "disabled", action: inst.label } });
          return;
        }
        const next = attempt(() => words(inst.apply(s, inst.args, ctx), (x, w) => model.encodeChecked(x, w, 0, inst.origin)));
        if (next.kind === "throws") {
          expect(r, `step ${inst.label} (successor outside the schema)`).toEqual(next);
          return;
        }
        expect(r.kind, `step ${inst.label}`).toBe("value");
        const got = (r as { value: { status: string; state?: unknown } }).value;
        expect(got.status).toBe("ok");
        expect(words(got.state, (x, w) => m.encode(x, w)), `step ${inst.label}`).toEqual(next.value);
      });
      const violated = model.invariants.filter((inv) => !inv.check(s, ctx)).map((inv) => inv.name);
      expect(m.violatedInvariants(s)).toEqual(violated);
    }),
    { seed, numRuns: 60 },
  );
}

describe("machine laws on random schema states (isEnabled/step/violatedInvariants agree with the spec)", () => {
  for (const file of files)
    for (const compile of [true, false])
      it(`${file} (${compile ? "compiled" : "forced fallback"})`, async () => {
        const { spec, exportName } = await loadSpecModule(file);
        const { path, report } = await temp.make(file, { compile });
        if (!compile) expect([...report.actions, ...report.invariants].every((x) => x.status === "fallback")).toBe(true);
        if (compile && spec.name === "nullish")
          expect([...report.actions, ...report.invariants].filter((x) => x.status === "compiled").map((x) => x.name)).toEqual(["cacheSet", "flush", "clear", "believed"]);
        const m = (await import(path)) as Machine;
        checkLaws(compileModel(spec, { file, symmetry: false }), m);
        void exportName;
      });
});
