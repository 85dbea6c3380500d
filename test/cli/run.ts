// Test helper: run the CLI in-process and capture what it prints and the exit code.
import { main } from "../../src/cli/main.ts";

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  // picocolors colours output under CI=true; tests read plain text.
  const plain = (t: string) => t.replace(/\x1b\[[0-9;]*m/g, "");
  const code = await main(argv, { out: (t) => void out.push(plain(t)), err: (t) => void err.push(plain(t)), progress: () => {}, isTTY: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
