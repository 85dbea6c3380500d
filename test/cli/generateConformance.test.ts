// `clusterspec generate` emits a spec's conformance files when it has an adapter (here the lease-lock example's
// sibling adapter): the traces and the suite; `--check` fails naming a stale suite or an extra trace, and
// `generate` brings the folder back (rewrites the suite, removes the extra trace).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run.ts";

const dir = mkdtempSync(join(tmpdir(), "clusterspec-conformance-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = "spec/examples/lease-lock/lease-lock.cspec.ts";

describe("generate (conformance files)", () => {
  it("writes traces and a suite for a spec with an adapter; --check catches a stale suite and an extra trace", async () => {
    const r = await runCli("generate", spec, "--out", dir, "--json");
    expect(r.code).toBe(0);
    const suite = join(dir, "lease-lock/lease-lock.conformance.test.ts");
    expect(readFileSync(suite, "utf8")).toContain("do not edit");
    expect(existsSync(join(dir, "lease-lock/traces/action-Acquire.itf.json"))).toBe(true);
    expect((await runCli("generate", spec, "--out", dir, "--check")).code).toBe(0);

    writeFileSync(suite, "// edited\n");
    const extra = join(dir, "lease-lock/traces/old-trace.itf.json");
    writeFileSync(extra, "{}\n");
    const stale = await runCli("generate", spec, "--out", dir, "--check", "--json");
    expect(stale.code).toBe(1);
    const j = JSON.parse(stale.stdout) as { stale: string[] };
    expect(j.stale.some((f) => f.endsWith("lease-lock.conformance.test.ts"))).toBe(true);
    expect(j.stale.some((f) => f.endsWith("old-trace.itf.json"))).toBe(true);

    expect((await runCli("generate", spec, "--out", dir)).code).toBe(0);
    expect(existsSync(extra)).toBe(false);
    expect((await runCli("generate", spec, "--out", dir, "--check")).code).toBe(0);
  });

  it("writes no conformance files for a spec without an adapter", async () => {
    await runCli("generate", "spec/examples/die-hard.cspec.ts", "--out", dir);
    expect(existsSync(join(dir, "die-hard/traces"))).toBe(false);
    expect(existsSync(join(dir, "die-hard/die-hard.conformance.test.ts"))).toBe(false);
  });
});
