/**
 * Progress of a long check: a transient line on a TTY; elsewhere (CI logs) one line to stderr every few seconds,
 * so a log shows the run is alive. Off with `--quiet`.
 */
import type { Progress } from "../checker/options.ts";
import type { Io } from "./io.ts";

/** Exit code of a run that a limit ended before the state space was exhausted (`--allow-limit` makes it 0). */
export const EXIT_LIMIT = 3;

/** How often a non-TTY progress line is printed. */
export const PROGRESS_EVERY_MS = 5_000;

export const progressLine = (p: Progress) =>
  `${p.distinctStates.toLocaleString("en-US")} distinct, ${p.generatedStates.toLocaleString("en-US")} generated, ${p.queued.toLocaleString("en-US")} queued, depth ${p.depth}, ${(p.elapsedMs / 1000).toFixed(0)} s`;

export function progressReporter(io: Io, opts: { quiet: boolean; json: boolean }): ((p: Progress) => void) | undefined {
  if (opts.quiet) return undefined;
  if (io.isTTY && !opts.json) return (p) => io.progress(`  ${progressLine(p)}`);
  let next = PROGRESS_EVERY_MS;
  return (p) => {
    if (p.elapsedMs < next) return;
    next = p.elapsedMs + PROGRESS_EVERY_MS;
    io.err(`progress: ${progressLine(p)}`);
  };
}
