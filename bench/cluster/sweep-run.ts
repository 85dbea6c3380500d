// One sweep run and the sweep's job matrix, shared by the sweep (bench/cluster/sweep.ts), its worker processes
// and the CI-sized sweep test. A run is what `clusterspec cluster` does: a seeded workload on the reference
// cluster, its runtime safety checks, and the linearizability check over the recorded history.
import { BUG_IDS, Cluster, FAULT_CLASSES, runWorkload, type BugId, type FaultClass } from "../../src/cluster/index.ts";
import { checkLinearizable } from "../../src/history/index.ts";

export interface SweepJob {
  readonly seed: number;
  readonly nodes: number;
  readonly members: number;
  /** Fault classes injected at random ([] = none). */
  readonly faults: readonly FaultClass[];
  /** The one catalog bug switched on, or null for the bug-free cluster. */
  readonly bug: BugId | null;
  readonly steps: number;
}

export interface SweepResult extends SweepJob {
  readonly key: string;
  readonly violations: number;
  /** Distinct checks that fired (SO-2, Q-1, linearizable, ...). */
  readonly checks: readonly string[];
  readonly firstViolationStep: number | null;
  readonly events: number;
  /** The first few violations, for the report's reproductions. */
  readonly sample: ReadonlyArray<{ check: string; detail: string }>;
}

/** A run's identity in the results file: resuming skips every key already there. */
export function jobKey(j: SweepJob): string {
  return `${j.bug ?? "none"}|${j.faults.length === 0 ? "none" : j.faults.join("+")}|n${j.nodes}|m${j.members}|s${j.seed}|t${j.steps}`;
}

/** The fault sets of the sweep: none, each class alone, every pair, and all together. */
export function faultSets(options: { pairs: boolean; all: boolean; classes?: readonly FaultClass[] }): FaultClass[][] {
  const classes = [...(options.classes ?? FAULT_CLASSES)];
  const sets: FaultClass[][] = [[], ...classes.map((c) => [c])];
  if (options.pairs) for (let i = 0; i < classes.length; i++) for (let k = i + 1; k < classes.length; k++) sets.push([classes[i], classes[k]]);
  if (options.all && classes.length > 2) sets.push(classes);
  return sets;
}

/** Replica members per run: odd seeds 3, even seeds 4 (QM-1's ≥ m/2 only differs from > m/2 for even m). */
export function membersFor(seed: number): number {
  return seed % 2 === 0 ? 4 : 3;
}

export interface MatrixOptions {
  readonly seeds: readonly number[];
  readonly nodes: readonly number[];
  readonly bugs: ReadonlyArray<BugId | null>;
  readonly faultSets: ReadonlyArray<readonly FaultClass[]>;
  readonly steps: number;
  readonly members?: number;
}

export function makeJobs(o: MatrixOptions): SweepJob[] {
  const jobs: SweepJob[] = [];
  for (const bug of o.bugs)
    for (const faults of o.faultSets)
      for (const nodes of o.nodes)
        for (const seed of o.seeds) jobs.push({ seed, nodes, members: o.members ?? membersFor(seed), faults, bug, steps: o.steps });
  return jobs;
}

export function runJob(job: SweepJob): SweepResult {
  const cluster = new Cluster({ seed: job.seed, nodes: job.nodes, replicaMembers: job.members, bugs: job.bug === null ? [] : [job.bug], recordChoices: false });
  const summary = runWorkload(cluster, { steps: job.steps, faults: job.faults });
  // As the CLI: the linearizability check subsumes the cluster's own stale-read check.
  const lin = checkLinearizable(cluster.history(), { timeLimitMs: 5_000 });
  const violations = [
    ...summary.violations.filter((v) => v.check !== "stale-read"),
    ...lin.failures.map((f) => ({ check: "linearizable", detail: `${f.register.family ?? ""} ${f.register.object}${f.register.block === undefined ? "" : `[${f.register.block}]`}: ${f.explanation}` })),
  ];
  const runtimeFirst = summary.violations.some((v) => v.check !== "stale-read") ? summary.firstViolationStep : null;
  // A non-linearizable register is evident once the operation ending its failing window has returned: count
  // the client operations invoked by then (one per workload step).
  let linFirst: number | null = null;
  for (const f of lin.failures) {
    const at = f.operation.returnTime ?? f.operation.invokeTime;
    let invoked = 0;
    for (const e of cluster.env.history.events) if (e.type === "invoke" && e.time <= at) invoked++;
    linFirst = Math.min(linFirst ?? Infinity, invoked, job.steps);
  }
  const first = runtimeFirst === null ? linFirst : linFirst === null ? runtimeFirst : Math.min(runtimeFirst, linFirst);
  return {
    ...job,
    key: jobKey(job),
    violations: violations.length,
    checks: [...new Set(violations.map((v) => v.check))].sort(),
    firstViolationStep: violations.length === 0 ? null : (first ?? job.steps),
    events: summary.events,
    sample: violations.slice(0, 3).map(({ check, detail }) => ({ check, detail })),
  };
}

export function reproduce(r: SweepJob): string {
  return [
    `clusterspec cluster --nodes ${r.nodes} --replica-members ${r.members} --seed ${r.seed} --steps ${r.steps}`,
    r.faults.length > 0 ? ` --faults ${r.faults.join(",")}` : "",
    r.bug !== null ? ` --bug ${r.bug}` : "",
  ].join("");
}

export const ALL_BUGS: readonly BugId[] = BUG_IDS;
