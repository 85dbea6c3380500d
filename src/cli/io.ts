/** Where CLI output goes: injectable so tests can capture it and assert on exit codes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A transient progress line on a TTY (empty string clears it). */
  progress(text: string): void;
  readonly isTTY: boolean;
  exit(code: number): void;
}

export function processIo(setExit: (code: number) => void): Io {
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
