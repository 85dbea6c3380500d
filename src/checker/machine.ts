/**
 * What the checker needs of a generated machine (`generated/<spec>/machine.ts`, see src/codegen): the
 * spec it was generated from and its configuration, plus word-level guards, applies and invariants per
 * action instance. A `null` entry falls back to the spec's own function on the decoded state. The
 * compiled functions read the packed state at `w[o..]` and an apply writes the successor to `out[0..]`,
 * returning `false` when its result may be outside the schema (the spec's apply then decides and reports).
 */
import { ClusterspecError } from "../core/errors.ts";
import type { Spec } from "../dsl/spec.ts";
import { compileModel, type CompiledModel, type CompileOptions } from "./model.ts";

export type WordGuard = (w: Uint32Array, o: number) => boolean;
export type WordApply = (w: Uint32Array, o: number, out: Uint32Array) => boolean;
export type WordCheck = (w: Uint32Array, o: number) => boolean;

/** Receives a machine's successors from `expandAll` (the checker's shard implements it). */
export interface SuccessorSink {
  /** The successor of instance `i` is in `out`; true to stop exploring this state. */
  emit(i: number): boolean;
  /**
   * Instance `i` needs the spec's functions (its action fell back, or `guardHeld` and its compiled
   * apply produced a value it cannot vouch for): 0 disabled, 1 enabled, 2 enabled and stop.
   */
  slow(i: number, guardHeld: boolean): number;
}

export interface MachineDescriptor {
  readonly kind: "clusterspec/machine";
  readonly spec: Spec;
  /** The spec module the machine was generated from, relative to the machine's package root. */
  readonly specFile: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly words: number;
  /** Instance labels in the checker's order (`Write(n=1, b=0)`): how a stale machine is detected. */
  readonly labels: readonly string[];
  readonly guards: readonly (WordGuard | null)[];
  readonly applies: readonly (WordApply | null)[];
  readonly invariants: readonly (WordCheck | null)[];
  /** All successors of the state at `w[o..]` through `sink`: the enabled count, or -1 when stopped. */
  readonly expandAll: (w: Uint32Array, o: number, out: Uint32Array, sink: SuccessorSink) => number;
  /** The first violated invariant among the compiled ones, or -1. */
  readonly checkAll: (w: Uint32Array, o: number) => number;
}

export const isMachine = (u: unknown): u is MachineDescriptor =>
  typeof u === "object" && u !== null && (u as { kind?: unknown }).kind === "clusterspec/machine";

/** The compiled entries of a machine, checked against the model compiled from its spec. */
export interface FastPath {
  readonly guards: readonly (WordGuard | null)[];
  readonly applies: readonly (WordApply | null)[];
  readonly invariants: readonly (WordCheck | null)[];
  readonly expandAll: MachineDescriptor["expandAll"];
  readonly checkAll: MachineDescriptor["checkAll"];
  /** True when every invariant is compiled (states are checked on their words, never decoded for it). */
  readonly wordInvariants: boolean;
}

/** Fails with CS210 when the machine was generated for another configuration or an older spec. */
export function fastPathOf(machine: MachineDescriptor, model: CompiledModel, file: string): FastPath {
  const stale = (what: string): never => {
    throw new ClusterspecError({
      code: "CS210",
      message: `Machine ${file} does not match its spec: ${what}.`,
      where: { file, spec: model.name },
      hint: "Regenerate it with `clusterspec generate` (with the same --param values), or check the spec itself.",
    });
  };
  for (const [k, v] of Object.entries(model.params))
    if (machine.params[k] !== v) stale(`it was generated for ${k}=${String(machine.params[k])}, the check asks for ${k}=${String(v)}`);
  if (machine.words !== model.words) stale(`it packs states into ${machine.words} words, the spec's layout has ${model.words}`);
  if (machine.labels.length !== model.instances.length || machine.labels.some((l, i) => l !== model.instances[i]!.label))
    stale("its action instances differ from the spec's");
  if (machine.invariants.length !== model.invariants.length) stale("its invariants differ from the spec's");
  return {
    guards: machine.guards,
    applies: machine.applies,
    invariants: machine.invariants,
    expandAll: machine.expandAll,
    checkAll: machine.checkAll,
    wordInvariants: machine.invariants.every((c) => c !== null),
  };
}

/** Compiles the spec, and attaches a machine's compiled functions when there is one. */
export function compileWithMachine(spec: Spec, opts: CompileOptions & { readonly machine?: MachineDescriptor }): CompiledModel {
  // A constraint or action properties judge successor objects before insertion: the spec's path does that.
  if (!opts.machine || spec.constraint !== undefined || Object.keys(spec.transitions ?? {}).length > 0) return compileModel(spec, opts);
  const model = compileModel(spec, { ...opts, params: { ...opts.machine.params, ...(opts.params ?? {}) } });
  return { ...model, fast: fastPathOf(opts.machine, model, opts.file ?? spec.name) };
}
