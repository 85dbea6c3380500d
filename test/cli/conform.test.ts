// conform / replay / mutants: exit codes 0 ok, 1 divergence, 2 bad input with a CS32x code; --json is one object.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { KNOWN_BUGS } from "../../src/cluster/index.ts";
import { FAMILY_TARGETS } from "../../src/conformance/families.ts";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t), progress: () => {}, isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("clusterspec conform", () => {
  it("passes the bug-free partition-in-time cluster (exit 0, JSON)", async () => {
    const r = await run(["conform", "partition-in-time", "--runs", "2", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.status).toBe("ok");
    expect(j.checks.map((c: { check: string }) => c.check)).toEqual(["replay", "validate", "model-based"]);
  });

  it("fails with PT-M1 on (exit 1) and prints a reproduce line", async () => {
    const r = await run(["conform", "partition-in-time", "--bug", "PT-M1", "--runs", "5"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Reproduce: ");
    expect(r.out).toContain("--bug PT-M1");
  });

  it("a validation failure's reproduce line carries its ticks and seed, and rerunning it fails the same way", async () => {
    const first = JSON.parse((await run(["conform", "partition-in-time", "--bug", "PT-M2", "--check", "validate", "--runs", "30", "--ticks", "2500", "--json"])).out);
    expect(first.status).toBe("failed");
    const line: string = first.divergence.reproduce;
    expect(line).toContain("--ticks 2500");
    expect(line).toContain(`--seed ${first.divergence.seed}`);
    const again = await run([...line.replace(/^clusterspec /, "").split(" "), "--json"]);
    expect(again.code).toBe(1);
    const j = JSON.parse(again.out);
    expect({ seed: j.divergence.seed, step: j.divergence.step, diff: j.divergence.diff }).toEqual({ seed: first.divergence.seed, step: first.divergence.step, diff: first.divergence.diff });
  });

  it("rejects an unknown check and a family without adapter with CS32x codes (exit 2)", async () => {
    const a = await run(["conform", "partition-in-time", "--check", "nope", "--json"]);
    expect(a.code).toBe(2);
    expect(JSON.parse(a.out).error.code).toBe("CS327");
    const b = await run(["conform", "nosuch", "--json"]);
    expect(b.code).toBe(2);
    expect(JSON.parse(b.out).error.code).toBe("CS324");
  });

  it("replay: a generated trace replays on the machine and the cluster; a missing file is CS320", async () => {
    const ok = await run(["replay", "generated/partition-in-time/traces/mutant-pt-m1.itf.json", "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).machine.disabledAt).toBeNull();
    const bad = await run(["replay", "generated/partition-in-time/traces/mutant-pt-m1.itf.json", "--bug", "PT-M1"]);
    expect(bad.code).toBe(1);
    const missing = await run(["replay", "nope.itf.json", "--json"]);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out).error.code).toBe("CS320");
  });

  it("mutants: bugs of families with adapters are killed (exit 0); a family without an adapter is reported not killed (exit 1)", async () => {
    const r = await run(["mutants", "--no-spec", "--bug", "PT-M4,QM-1", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const id of ["PT-M4", "QM-1"]) expect(j.bugs.find((b: { bug: string }) => b.bug === id).killed, id).toBe(true);
    const bare = FAMILY_TARGETS.find((t) => t.adapter === null);
    if (bare === undefined) return;
    const bug = KNOWN_BUGS.find((b) => b.family === bare.family)!.id;
    const n = await run(["mutants", "--no-spec", "--bug", bug, "--json"]);
    expect(n.code).toBe(1);
    expect(JSON.parse(n.out).bugs[0].killed).toBe(false);
  });
});
