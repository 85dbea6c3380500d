/**
 * The surface of an executable spec machine, as generated/<spec>/machine.ts exports it (codegen issue 8), and as
 * `machineFromSpec` builds it over a compiled spec until a generated machine exists. Conformance is written against
 * this interface only, so the oracle can be either: same states, same verdicts.
 */

/** A spec action as data: the action name in `type`, its arguments beside it (`{ type: "crash", n: "A" }`). */
export type SpecAction = { readonly type: string } & Readonly<Record<string, unknown>>;

export type StepResult<S, A> =
  | { readonly status: "ok"; readonly state: S }
  | { readonly status: "disabled"; readonly action: A; readonly guard: string; readonly message: string };

export interface MachineInvariant<S> {
  readonly name: string;
  readonly id?: string;
  readonly statement: string;
  check(s: S): boolean;
}

export interface Machine<S = unknown, A extends SpecAction = SpecAction> {
  readonly config: {
    readonly spec: string;
    readonly file?: string;
    readonly params: Readonly<Record<string, number | boolean | string>>;
    readonly sets: Readonly<Record<string, readonly unknown[]>>;
  };
  initialStates(): readonly S[];
  enabled(s: S): readonly A[];
  isEnabled(s: S, a: A): boolean;
  step(s: S, a: A): StepResult<S, A>;
  readonly invariants: readonly MachineInvariant<S>[];
  violatedInvariants(s: S): readonly MachineInvariant<S>[];
  /** A stable string identity of a state (equal states, equal fingerprints). */
  fingerprint(s: S): string;
  toItfState(s: S): Record<string, unknown>;
}

/** `crash(n=A)`: how reports print an action. */
export function actionLabel(a: SpecAction): string {
  const args = Object.entries(a).filter(([k]) => k !== "type");
  return args.length === 0 ? a.type : `${a.type}(${args.map(([k, v]) => `${k}=${String(v)}`).join(", ")})`;
}

/** Two actions are the same instance: same name, same arguments. */
export function sameAction(a: SpecAction, b: SpecAction): boolean {
  return actionLabel(a) === actionLabel(b);
}
