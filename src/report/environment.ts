/** The machine a report was measured on: CPU, cores, memory, Node, clusterspec version and git commit. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { arch, cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Environment } from "./schema.ts";

/** The repository (or installed package) root: where spec/, generated/ and package.json live. */
export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

const git = (args: readonly string[]): string | null => {
  try {
    return execFileSync("git", args, { cwd: packageRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
};

export function readEnvironment(): Environment {
  const cpu = cpus();
  const commit = git(["rev-parse", "HEAD"]);
  const status = commit === null ? null : git(["status", "--porcelain", "--untracked-files=no"]);
  const version = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  return {
    cpuModel: cpu[0]?.model.trim() || "unknown",
    cores: cpu.length,
    memoryBytes: totalmem(),
    platform: `${type()} ${release()} ${arch()}`,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    clusterspec: version,
    gitCommit: commit,
    gitDirty: status === null ? null : status.length > 0,
  };
}
