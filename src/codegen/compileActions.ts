/**
 * Compiling a spec's actions and invariants to word code: for every action instance the guard and
 * apply are translated (per instance, arguments known) into the body of a function over packed words;
 * for every invariant the check is. An action or invariant compiles whole or falls back whole, and the
 * plan records why, for `generate`'s report.
 */
import type { Node } from "ts-morph";
import type { CompiledModel } from "../checker/model.ts";
import type { Leaf } from "../checker/layout.ts";
import type { Spec } from "../dsl/spec.ts";
import type { SpecSource } from "./specSource.ts";
import { cst, Untranslatable, type Sym } from "./sym.ts";
import { callFunction, evaluate, type Translator } from "./translate.ts";
import { codeOf, truthy, type WordContext } from "./values.ts";
import { writeState, type Writer } from "./writeState.ts";

export interface Compiled {
  readonly status: "compiled" | "fallback";
  readonly reason?: string;
}

export interface ActionPlan extends Compiled {
  readonly name: string;
  /** Per instance (in the checker's order): the guard's expression and the apply's statements. */
  readonly guards?: readonly string[];
  readonly applies?: readonly (readonly string[])[];
  /** The guard as written, for the message of a disabled step. */
  readonly guardText: string;
}

export interface InvariantPlan extends Compiled {
  readonly name: string;
  readonly expr?: string;
}

export interface MachinePlan {
  readonly actions: readonly ActionPlan[];
  readonly invariants: readonly InvariantPlan[];
  /** Lookup tables referenced as `T0`, `T1`, … by the compiled code. */
  readonly tables: readonly (readonly number[])[];
}

export function planMachine(spec: Spec, model: CompiledModel, source: SpecSource | null, options: { compile: boolean }): MachinePlan {
  const leaves = new Map<string, Leaf>(model.layout.leaves.map((l) => [l.path, l]));
  const tables: number[][] = [];
  const tableIds = new Map<string, number>();
  const cx: WordContext = {
    leaves,
    table: (values) => {
      const key = values.join(",");
      let id = tableIds.get(key);
      if (id === undefined) {
        id = tables.length;
        tables.push([...values]);
        tableIds.set(key, id);
      }
      return `T${id}`;
    },
  };
  const t: Translator = { cx, scope: () => undefined, depth: 0 };
  const scope = (name: string, at: Node) =>
    source?.resolve(name, at, (fn, args) => callFunction(t, fn, args, new Map()), (init) => evaluate(t, init, new Map()));
  (t as { scope: Translator["scope"] }).scope = scope;
  const state: Sym = { k: "view", d: model.domain, path: "state" };
  const ctx = cst(model.ctx);
  const off = (reason: string) => ({ status: "fallback" as const, reason });

  const actions = model.actionNames.map((name): ActionPlan => {
    const def = spec.actions[name]!;
    const insts = model.instances.filter((i) => i.name === name);
    const g = def.guard ? source?.locate("actions", name, "guard", def.guard) : undefined;
    const a = source?.locate("actions", name, "apply", def.apply);
    const guardText = g && "node" in g ? g.node.getText() : def.guard ? String(def.guard) : "true";
    if (!options.compile) return { name, guardText, ...off("compilation turned off (--no-compile)") };
    if (!source) return { name, guardText, ...off("the spec's source could not be read") };
    if (g && "reason" in g) return { name, guardText, ...off(`guard: ${g.reason}`) };
    if (!a || "reason" in a) return { name, guardText, ...off(`apply: ${a && "reason" in a ? a.reason : "not found"}`) };
    const guards: string[] = [];
    const applies: string[][] = [];
    try {
      for (const inst of insts) {
        const args = cst(inst.args);
        if (g && "node" in g) {
          const b = truthy(cx, callFunction(t, g.node, [state, args, ctx], new Map()));
          guards.push(codeOf(b));
        } else guards.push("true");
        const wr: Writer = { cx, out: [], tmp: 0 };
        writeState(wr, model.domain, "state", callFunction(t, a.node, [state, args, ctx], new Map()));
        applies.push(wr.out);
      }
    } catch (e) {
      if (e instanceof Untranslatable) return { name, guardText, ...off(e.message) };
      throw e;
    }
    return { name, guardText, status: "compiled", guards, applies };
  });

  const invariants = model.invariants.map((inv): InvariantPlan => {
    // Located (and so checked for purity) even when compilation is off: a fallback runs the same code.
    // A `per` instance (`bounded[n1]`) is the spec's `bounded` check with the element as a third, constant argument.
    const loc = source?.locate("invariants", inv.per?.key ?? inv.name, "check", inv.per?.check ?? inv.check);
    const args = inv.per ? [state, ctx, cst(inv.per.element)] : [state, ctx];
    if (!options.compile) return { name: inv.name, ...off("compilation turned off (--no-compile)") };
    if (!loc || "reason" in loc) return { name: inv.name, ...off(loc && "reason" in loc ? loc.reason : "the spec's source could not be read") };
    try {
      return { name: inv.name, status: "compiled", expr: codeOf(truthy(cx, callFunction(t, loc.node, args, new Map()))) };
    } catch (e) {
      if (e instanceof Untranslatable) return { name: inv.name, ...off(e.message) };
      throw e;
    }
  });
  return { actions, invariants, tables };
}
