// Test helper: run the CLI in-process and capture what it prints and the exit code.
import { main } from "../../src/cli/main.ts";

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t), progress: () => {}, isTTY: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
