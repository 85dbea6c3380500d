/**
 * The adapter contract: what a system under test implements so clusterspec can check it against a spec. Typed by
 * the machine's State and Action. Four things, like a quint-connect driver: reset from a seed; perform a spec action
 * (an operation or a fault, injected, not awaited); let the system run on its own; observe it through an abstraction
 * function. Observation is compared on the projection `project(specState)`, so only observable fields count and
 * ghost/history fields never do. Every method may be async.
 *
 * @example
 * const adapter: Adapter<LockState, LockAction, LockView> = {
 *   spec: "lease-lock", params: { N: 2 },
 *   actions: { acquire: { kind: "operation", doc: "client.acquire(n)" }, expire: { kind: "internal", doc: "lease timer" } },
 *   fields: { holder: "server.holder()", maxToken: "ghost: never observed" },
 *   reset: (seed) => { ... }, perform: (a) => { ... }, tick: () => ({ injected: [], finished: [] }),
 *   observe: () => ({ holder: server.holder }), project: (s) => ({ holder: s.holder }),
 * };
 */
import type { History } from "../history/index.ts";
import type { SpecAction } from "./machine.ts";

/** How the adapter treats one spec action. */
export interface ActionBinding {
  /**
   * operation: a client request the adapter submits (it may fail, so the spec step may never happen);
   * fault: an injected fault (it must show up as that spec step);
   * internal: the system takes this step on its own (timers, messages) — the checks let it run, never force it;
   * excluded: not driven (the doc says why); traces using it are cut there.
   */
  readonly kind: "operation" | "fault" | "internal" | "excluded";
  /** How the action is driven, or why not. */
  readonly doc: string;
}

/** What one tick of the system's own run did from the outside: the spec actions injected, and operations finished. */
export interface TickReport<A extends SpecAction = SpecAction> {
  readonly injected: readonly A[];
  /** Operations (by action) that completed, with any outcome: their spec step may no longer happen. */
  readonly finished: readonly A[];
  /** False when the system has nothing more to do (the run ends). */
  readonly more?: boolean;
}

export interface ResetOptions {
  /** Known-bug switches for the reference cluster (ignored by other systems). */
  readonly bugs?: readonly string[];
  /** The system runs its own seeded workload and faults (implementation-driven), or waits to be driven. */
  readonly workload: boolean;
}

export interface Adapter<S = unknown, A extends SpecAction = SpecAction, O = unknown> {
  /** Spec name, and the spec parameters the system is configured to match. */
  readonly spec: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  /** Per spec action: how it is driven. */
  readonly actions: Readonly<Record<string, ActionBinding>>;
  /** Per spec state field: how it is observed, or why not ("ghost: ...", "not observable: ..."). */
  readonly fields: Readonly<Record<string, string>>;
  /** Fresh system, deterministic from `seed`. */
  reset(seed: number, options: ResetOptions): void | Promise<void>;
  /**
   * Optional: whether the system, as configured now, can perform this driven action at all (a system that runs one
   * of a spec's parts says no to the other's). Drives skip what it refuses; default: every driven action.
   */
  accepts?(action: A): boolean;
  /** Injects a spec action of kind operation or fault; returns at once (the effect may come later). */
  perform(action: A): void | Promise<void>;
  /** Lets the system take one step of its own (one event, one tick); with a workload, it may inject actions. */
  tick(): TickReport<A> | Promise<TickReport<A>>;
  /** The abstraction function on the system's side. */
  observe(): O | Promise<O>;
  /** The same abstraction on the spec's side: the observable projection of a spec state. */
  project(s: S): O;
  /** Ticks a driven step is given to take effect and quiesce (spec-driven replay). */
  readonly settleTicks: number;
  /**
   * The block read/write history the system recorded (clusterspec-history/1), when it records one: every run's
   * history must pass the linearizability check (src/history), so wrong data fails even where no observed field
   * shows it.
   */
  history?(): History;
  /** Extra, system-specific data checks (optional; the linearizability check of `history` is the general one). */
  dataViolations?(): readonly { check: string; detail: string }[];
  /** A line that reproduces a run of this system outside clusterspec (shown in failures). */
  describe?(): string;
}
