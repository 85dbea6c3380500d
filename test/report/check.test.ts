import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run.ts";
import { fixedReport } from "./fixture.ts";

const dir = mkdtempSync(join(tmpdir(), "cs-report-check-"));
const write = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === "string" ? content : JSON.stringify(content));
  return f;
};

describe("clusterspec report --check", () => {
  it("accepts a clusterspec-report/1 document", async () => {
    const r = await runCli("report", "--check", write("ok.json", fixedReport()), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, format: "clusterspec-report/1", specs: 1 });
  });

  it("rejects a document that breaks the schema with CS302, naming each path", async () => {
    const bad = fixedReport() as unknown as { specs: Array<{ verdict: Record<string, unknown> }>; environment: Record<string, unknown> };
    bad.specs[0]!.verdict.distinctStates = -1;
    bad.environment.cores = "two";
    const r = await runCli("report", "--check", write("bad.json", bad));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error CS302");
    expect(r.stderr).toContain('["environment"]["cores"]');
    expect(r.stderr).toContain('["specs"][0]["verdict"]["distinctStates"]');
  });

  it("names an unsupported format version (CS303), a missing file (CS300) and a non-JSON file (CS301)", async () => {
    const v2 = await runCli("report", "--check", write("v2.json", { ...fixedReport(), format: "clusterspec-report/2" }), "--json");
    expect(v2.code).toBe(2);
    expect(JSON.parse(v2.stdout).error.code).toBe("CS303");
    const missing = await runCli("report", "--check", join(dir, "nope.json"), "--json");
    expect(JSON.parse(missing.stdout).error.code).toBe("CS300");
    const md = await runCli("report", "--check", write("r.md", "# report"), "--json");
    expect(JSON.parse(md.stdout).error.code).toBe("CS301");
  });

  it("prints the schema as JSON Schema", async () => {
    const r = await runCli("report", "--schema");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(JSON.stringify(s)).toContain("clusterspec-report/1");
    expect(JSON.stringify(s)).toContain("the command that reproduces this figure");
  });
});
