/** Where CLI output goes: injectable so tests can capture it and assert on exit codes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A transient progress line on a TTY (empty string clears it). */
  progress(text: string): void;
  readonly isTTY: boolean;
  exit(code: number): void;
}

let pipeGuard = false;

/** A reader that went away (`clusterspec check … | head -3`) ends the run quietly, as `cat` does. */
function endQuietlyOnClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
}

export function processIo(setExit: (code: number) => void): Io {
  endQuietlyOnClosedPipe();
  let shown = false;
  return {
    out: (t) => void process.stdout.write(t + "\n"),
    err: (t) => void process.stderr.write(t + "\n"),
    progress: (t) => {
      if (!process.stderr.isTTY) return;
      if (t === "" && !shown) return;
      process.stderr.write(`\r\x1b[2K${t}`);
      shown = t !== "";
    },
    isTTY: Boolean(process.stderr.isTTY),
    exit: setExit,
  };
}
