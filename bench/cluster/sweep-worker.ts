// A sweep worker process: receives jobs over IPC, runs each, sends back its result (see sweep.ts).
import { runJob, type SweepJob } from "./sweep-run.ts";

process.on("message", (m: { job: SweepJob } | { stop: true }) => {
  if (!("job" in m)) return process.exit(0);
  const job = m.job;
  let result;
  try {
    result = runJob(job);
  } catch (e) {
    // A crash of the cluster is a finding, not a reason to stop the sweep: it is recorded as a violation.
    result = { ...job, key: "", violations: 1, checks: ["exception"], firstViolationStep: null, events: 0, sample: [{ check: "exception", detail: String((e as Error).stack ?? e) }] };
  }
  process.send?.(result);
});
process.send?.({ ready: true });
