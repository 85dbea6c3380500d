import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";

/** Layers may import only from the layers listed for them (STYLE.md: one direction of imports). */
const allowed: Record<string, string[]> = {
  core: ["core"],
  dsl: ["core", "dsl"],
  checker: ["core", "dsl", "checker"],
  codegen: ["core", "dsl", "checker", "codegen"],
  cluster: ["core", "cluster"],
  history: ["core", "history"],
  conformance: ["core", "dsl", "checker", "codegen", "history", "cluster", "conformance"],
  report: ["core", "dsl", "checker", "codegen", "cluster", "history", "conformance", "report"],
  cli: ["core", "dsl", "checker", "codegen", "cluster", "history", "conformance", "report", "cli"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("architecture", () => {
  it("imports flow one way: core → dsl → checker → cli, and cluster depends on core only", () => {
    const src = resolve("src");
    const violations: string[] = [];
    for (const file of files(src)) {
      const layer = relative(src, file).split("/")[0]!;
      const ok = allowed[layer];
      if (!ok) continue;
      for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
        const target = relative(src, resolve(dirname(file), m[1]!));
        if (target.startsWith("..")) {
          violations.push(`${relative(src, file)} imports ${m[1]} (outside src/)`);
          continue;
        }
        const targetLayer = target.split("/")[0]!;
        if (allowed[targetLayer] && !ok.includes(targetLayer)) violations.push(`${relative(src, file)} (${layer}) imports ${target} (${targetLayer})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
