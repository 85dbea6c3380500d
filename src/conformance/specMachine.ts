/**
 * A `Machine` over a spec compiled by the checker: the oracle conformance uses until (and beside) the generated
 * machine. Fingerprints are the packed words the checker uses (no symmetry: conformance compares concrete nodes).
 */
import type { Spec } from "../dsl/spec.ts";
import { compileModel, type CompiledModel } from "../checker/index.ts";
import { toItfValue } from "../checker/itf.ts";
import type { Machine, MachineInvariant, SpecAction, StepResult } from "./machine.ts";

export interface SpecMachine extends Machine<unknown, SpecAction> {
  readonly model: CompiledModel;
}

export function machineFromSpec(spec: Spec, options: { params?: Readonly<Record<string, string | number | boolean>>; file?: string } = {}): SpecMachine {
  const model = compileModel(spec, { params: options.params ?? {}, file: options.file, symmetry: false });
  const instances = model.instances;
  const actions: SpecAction[] = instances.map((inst) => ({ type: inst.name, ...inst.args }));
  const byLabel = new Map<string, number>();
  instances.forEach((inst, i) => byLabel.set(inst.label, i));
  const labelOf = (a: SpecAction): string => {
    const args = Object.entries(a).filter(([k]) => k !== "type");
    return args.length === 0 ? a.type : `${a.type}(${args.map(([k, v]) => `${k}=${String(v)}`).join(", ")})`;
  };
  const words = new Uint32Array(model.words);
  const invariants: MachineInvariant<unknown>[] = model.invariants.map((inv) => ({
    name: inv.name,
    id: inv.id,
    statement: inv.statement,
    check: (s: unknown) => inv.check(s, model.ctx),
  }));
  const guardOk = (i: number, s: unknown): boolean => {
    const inst = instances[i]!;
    return inst.guard === undefined || inst.guard(s, inst.args, model.ctx) === true;
  };
  return {
    model,
    config: { spec: model.name, file: options.file, params: model.params, sets: model.sets as Record<string, readonly unknown[]> },
    initialStates: () => model.initStates,
    enabled: (s) => actions.filter((_, i) => guardOk(i, s)),
    isEnabled: (s, a) => {
      const i = byLabel.get(labelOf(a));
      return i !== undefined && guardOk(i, s);
    },
    step: (s, a): StepResult<unknown, SpecAction> => {
      const i = byLabel.get(labelOf(a));
      if (i === undefined) return { status: "disabled", action: a, guard: a.type, message: `${labelOf(a)} is not an action of spec ${model.name}` };
      if (!guardOk(i, s)) return { status: "disabled", action: a, guard: a.type, message: `the guard of ${labelOf(a)} is false` };
      const next = instances[i]!.apply(s, instances[i]!.args, model.ctx);
      model.encodeChecked(next, words, 0, instances[i]!.origin);
      return { status: "ok", state: next };
    },
    invariants,
    violatedInvariants: (s) => invariants.filter((inv) => !inv.check(s)),
    fingerprint: (s) => {
      model.codec.encode(s, words, 0);
      return Array.prototype.join.call(words, ",");
    },
    toItfState: (s) => toItfValue(model.domain, s) as Record<string, unknown>,
  };
}
