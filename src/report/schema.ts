/**
 * `clusterspec-report/1`: the versioned JSON document `clusterspec report` writes. The schema is the documentation:
 * every field says what it measures, and `report --check FILE` decodes a file with it. A figure that was not
 * measured is `null` together with a `reason` — a report never invents a number.
 */
import { Schema } from "effect";

export const REPORT_FORMAT = "clusterspec-report/1" as const;

const doc = <S extends Schema.Top>(s: S, description: string): S => s.annotate({ description }) as S;
const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0));
const Ms = doc(Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0)), "milliseconds");
const ParamValue = Schema.Union([Schema.Finite, Schema.Boolean, Schema.String]);
export const Params = Schema.Record(Schema.String, ParamValue);
const Json = Schema.Unknown;
const Command = doc(Schema.String, "the command that reproduces this figure, run from the repository root");

export const Environment = Schema.Struct({
  cpuModel: Schema.String,
  cores: Count,
  memoryBytes: Count,
  platform: doc(Schema.String, "os.type() os.release() arch"),
  loadAverage: doc(Schema.Array(Schema.Finite), "1, 5 and 15 minute load averages when the report started"),
  node: Schema.String,
  clusterspec: doc(Schema.String, "package.json version"),
  gitCommit: doc(Schema.NullOr(Schema.String), "HEAD of the repository the report ran in, null outside git"),
  gitDirty: doc(Schema.NullOr(Schema.Boolean), "uncommitted changes when the report ran"),
});

export const Change = Schema.Struct({ path: Schema.String, before: Json, after: Json });
export const CounterexampleStep = Schema.Struct({
  action: doc(Schema.NullOr(Schema.String), "null for the initial state"),
  args: Schema.Record(Schema.String, Json),
  participants: doc(Schema.Array(Schema.String), "the nodes/devices named in the arguments (the diagram's lifelines)"),
  changes: doc(Schema.Array(Change), "the state fields this step changed (dotted paths)"),
});
export const Counterexample = Schema.Struct({
  kind: Schema.Literals(["invariant", "deadlock", "liveness", "transition"]),
  invariant: Schema.String,
  invariantId: Schema.NullOr(Schema.String),
  statement: Schema.String,
  initial: doc(Json, "the initial state of the trace, as plain JSON (sets are sorted arrays)"),
  steps: doc(Schema.Array(CounterexampleStep), "the actions after the initial state, shortest trace first"),
  loopStart: doc(Schema.NullOr(Count), "for liveness: index into steps (0 = initial state) where the lasso's cycle starts"),
});

export const Invariant = Schema.Struct({ name: Schema.String, id: Schema.NullOr(Schema.String), statement: Schema.String });

export const Verdict = Schema.Struct({
  params: Params,
  result: Schema.Literals(["ok", "violation", "limit"]),
  limit: Schema.NullOr(Schema.String),
  distinctStates: Count,
  generatedStates: Count,
  depth: Count,
  elapsedMs: Ms,
  statesPerSecond: Schema.Finite,
  bytesPerState: doc(Schema.Finite, "fingerprint-set bytes per distinct state"),
  traceBytesPerState: doc(Schema.Finite, "trace-store bytes per distinct state"),
  collisionProbability: Schema.Finite,
  liveness: Schema.Array(Schema.Struct({ name: Schema.String, id: Schema.NullOr(Schema.String), holds: Schema.Boolean })),
  counterexample: Schema.NullOr(Counterexample),
  command: Command,
});

export const SweepPoint = Schema.Struct({
  value: ParamValue,
  params: Params,
  result: Schema.Literals(["ok", "violation", "limit"]),
  distinctStates: Count,
  generatedStates: Count,
  depth: Count,
  elapsedMs: Ms,
  statesPerSecond: Schema.Finite,
  invariant: doc(Schema.NullOr(Schema.String), "the invariant violated at this size, if any"),
  command: Command,
});

export const Sweep = Schema.Struct({
  param: doc(Schema.NullOr(Schema.String), "the parameter swept; null when the spec has no integer parameter"),
  doc: Schema.String,
  fixed: doc(Params, "the other parameters' values during the sweep"),
  maxStates: doc(Count, "a size whose run reaches this many distinct states ends the sweep (result: limit)"),
  points: Schema.Array(SweepPoint),
  reason: doc(Schema.NullOr(Schema.String), "why there is no sweep, when points is empty"),
});

export const ThroughputRow = Schema.Struct({
  implementation: doc(Schema.Literals(["spec", "machine"]), "the interpreted spec, or the generated machine (generated/<spec>/machine.ts)"),
  workers: Count,
  file: Schema.NullOr(Schema.String),
  measured: Schema.Boolean,
  reason: doc(Schema.NullOr(Schema.String), "why not measured"),
  runs: doc(Count, "fresh processes measured; the figures are the fastest run's"),
  distinctStates: Schema.NullOr(Count),
  elapsedMs: Schema.NullOr(Ms),
  cpuMs: doc(Schema.NullOr(Ms), "the process's CPU time during the check"),
  statesPerSecond: doc(Schema.NullOr(Schema.Finite), "distinct states per second of wall time"),
  medianStatesPerSecond: Schema.NullOr(Schema.Finite),
  bytesPerState: Schema.NullOr(Schema.Finite),
  peakRssBytes: doc(Schema.NullOr(Count), "peak resident set size of the measuring process"),
  command: Command,
  memoryCommand: doc(Schema.String, "the command that measures this row in a fresh process (prints peakRssBytes)"),
});

export const Throughput = Schema.Struct({ params: Params, rows: Schema.Array(ThroughputRow) });

export const MutantRow = Schema.Struct({
  name: Schema.String,
  file: Schema.String,
  params: Params,
  refuted: Schema.Boolean,
  result: Schema.Literals(["ok", "violation", "limit"]),
  invariant: Schema.NullOr(Schema.String),
  invariantId: Schema.NullOr(Schema.String),
  counterexampleLength: doc(Schema.NullOr(Count), "actions in the shortest counterexample"),
  distinctStates: Count,
  msToFirstCounterexample: doc(Schema.NullOr(Ms), "BFS wall time (1 worker) until the first violating state"),
  counterexample: Schema.NullOr(Counterexample),
  command: Command,
});

export const SpecSection = Schema.Struct({
  name: Schema.String,
  file: Schema.String,
  role: doc(Schema.Literals(["family", "benchmark", "spec"]), "a built-in family, the benchmark model, or a spec given with --spec"),
  description: Schema.String,
  invariants: Schema.Array(Invariant),
  verdict: Verdict,
  sweep: Sweep,
  throughput: Throughput,
  mutants: Schema.Array(MutantRow),
});

export const BugRow = Schema.Struct({
  bug: Schema.String,
  family: Schema.String,
  description: Schema.String,
  breaks: doc(Schema.String, "the invariant ids the bug breaks"),
  status: doc(Schema.Literals(["killed", "not-killed", "not-measured"]), "not-measured: the family has no conformance adapter"),
  check: Schema.NullOr(Schema.String),
  seed: Schema.NullOr(Schema.Int),
  steps: Schema.NullOr(Count),
  seconds: Schema.NullOr(Schema.Finite),
  reason: Schema.NullOr(Schema.String),
  command: Schema.NullOr(Command),
});

export const ConformanceFamily = Schema.Struct({
  family: Schema.String,
  measured: Schema.Boolean,
  reason: Schema.NullOr(Schema.String),
  seeds: doc(Count, "bug-free implementation-driven validation runs"),
  ticks: Count,
  validatedSteps: Schema.NullOr(Count),
  validatedStepsPerSecond: doc(Schema.NullOr(Schema.Finite), "observations explained per second by trace validation"),
  modelBasedRuns: Count,
  drivenSteps: Schema.NullOr(Count),
  drivenStepsPerSecond: doc(Schema.NullOr(Schema.Finite), "spec-driven (model-based) steps per second"),
  falseAlarms: doc(Schema.NullOr(Count), "failing runs on the bug-free reference cluster"),
  falseAlarmCommands: doc(Schema.Array(Schema.String), "the commands reproducing the first false alarms (at most 5)"),
  command: Command,
});

export const Conformance = Schema.Struct({
  families: Schema.Array(ConformanceFamily),
  bugs: Schema.Array(BugRow),
  budgetMs: doc(Ms, "time allowed per cluster bug"),
  command: Command,
});

export const Report = Schema.Struct({
  format: Schema.Literal(REPORT_FORMAT),
  generatedAt: doc(Schema.String, "ISO 8601 time the report started"),
  quick: doc(Schema.Boolean, "made with --quick (smaller sweeps, one run per figure)"),
  command: doc(Schema.String, "the command that produced this report"),
  elapsedMs: Ms,
  environment: Environment,
  specs: Schema.Array(SpecSection),
  conformance: Conformance,
});

export type Report = typeof Report.Type;
export type SpecSection = typeof SpecSection.Type;
export type Verdict = typeof Verdict.Type;
export type Sweep = typeof Sweep.Type;
export type SweepPoint = typeof SweepPoint.Type;
export type ThroughputRow = typeof ThroughputRow.Type;
export type MutantRow = typeof MutantRow.Type;
export type BugRow = typeof BugRow.Type;
export type ConformanceFamily = typeof ConformanceFamily.Type;
export type Counterexample = typeof Counterexample.Type;
export type Environment = typeof Environment.Type;
export type ParamsValue = typeof Params.Type;
