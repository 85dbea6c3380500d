/**
 * `generate --out DIR` outside any ES-module package still gives loadable machines: it writes
 * `DIR/package.json` with `"type": "module"` (a `.ts` ES module loads as one only inside such a package).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSpec, loadSpecModule } from "../../src/checker/index.ts";
import { modulePackage } from "../../src/codegen/generate.ts";
import { runCli } from "../cli/run.ts";

const dir = mkdtempSync(join(tmpdir(), "clusterspec-outside-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generate --out outside the repository", () => {
  it("writes a module package.json next to the machines, and the machine checks", async () => {
    const r = await runCli("generate", "spec/examples/die-hard.cspec.ts", "--out", dir, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))).toMatchObject({ type: "module" });
    const file = join(dir, "die-hard/machine.ts");
    const { spec, machine } = await loadSpecModule(file);
    expect(machine).toBeDefined();
    const res = await checkSpec(spec, { file, machine, workers: 1 });
    expect(res).toMatchObject({ result: "violation", violation: { invariant: "NotSolved" } });
    expect((await runCli("generate", "spec/examples/die-hard.cspec.ts", "--out", dir, "--check")).code).toBe(0);
  });

  it("writes none inside an ES-module package (the repository's generated/)", () => {
    expect(modulePackage(join(process.cwd(), "generated"))).toEqual([]);
    expect(existsSync(join(process.cwd(), "generated/package.json"))).toBe(false);
  });
});
