// The `clusterspec cluster` command, called as a function: exit codes, JSON shape, the bug catalog,
// bad input with a Hint line, the history file, and the reproduce line.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCluster } from "../../src/cli/commands/cluster.ts";
import { BUG_IDS, FAULT_CLASSES } from "../../src/cluster/index.ts";

describe("cluster command", () => {
  it("prints a JSON summary with exactly the documented keys, exit 0 without violations", () => {
    const r = runCluster({ nodes: "3", seed: "7", steps: "300", json: true });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(["events", "faults", "firstViolationStep", "linearizability", "nodes", "operations", "replicaMembers", "seed", "steps", "violations"]);
    expect(out).toMatchObject({ nodes: 3, replicaMembers: 3, firstViolationStep: null });
    expect(out.linearizability).toMatchObject({ status: "linearizable", undecided: 0 });
    expect(out).toMatchObject({ seed: 7, steps: 300, faults: 0, violations: [] });
    expect(out.events).toBeGreaterThan(out.operations);
  });

  it("is deterministic for a seed", () => {
    // Everything but the history check's wall-clock time.
    const run = () => {
      const out = JSON.parse(runCluster({ seed: "11", steps: "200", faults: "crash,partition", json: true }).stdout);
      delete out.linearizability.elapsedMs;
      return out;
    };
    expect(run()).toEqual(run());
  });

  it("text output names the seed and ends with the reproducing command", () => {
    const r = runCluster({ nodes: "4", seed: "5", steps: "100", faults: "crash", bug: ["SO-M3"] });
    const lines = r.stdout.split("\n");
    expect(lines[0]).toContain("seed 5");
    expect(lines.at(-1)).toBe("Reproduce: clusterspec cluster --nodes 4 --seed 5 --faults crash --bug SO-M3 --steps 100");
  });

  it("picks and prints a seed when none is given", () => {
    const r = runCluster({ steps: "50" }, () => 4242);
    expect(r.stdout).toContain("seed 4242");
    expect(r.stdout.split("\n").at(-1)).toContain("--seed 4242");
  });

  it("exits 1 when the runtime checks see a violation", () => {
    const r = runCluster({ seed: "1", steps: "2000", bug: ["SN-M4"], json: true });
    const out = JSON.parse(r.stdout);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
    for (const v of out.violations) expect(Object.keys(v).sort()).toEqual(["check", "detail"]);
    expect(out.violations.map((v: { check: string }) => v.check)).toContain("SC-4");
  });

  it("lists the bug catalog as JSON, each bug with the faults and configuration its scenario needs", () => {
    const r = runCluster({ listBugs: true, json: true });
    const rows = JSON.parse(r.stdout) as Array<{ id: string; family: string; description: string; reach: { faults: string[]; replicaMembers?: number; why: string } }>;
    expect(r.exitCode).toBe(0);
    expect(rows.map((x) => x.id)).toEqual([...BUG_IDS]);
    expect(rows.every((x) => Object.keys(x).sort().join() === "breaks,description,family,id,reach")).toBe(true);
    for (const x of rows) for (const f of x.reach.faults) expect(FAULT_CLASSES).toContain(f);
    expect(rows.find((x) => x.id === "QM-1")?.reach.replicaMembers).toBe(4);
    expect(rows.find((x) => x.id === "SO-M1")?.reach.faults).toEqual(["slowIO", "partition"]);
    const text = runCluster({ listBugs: true }).stdout;
    expect(text).toContain("SN-M5");
    expect(text).toContain("needs --faults crash --replica-members 4");
  });

  it("the README example shows its bug, and the same run without the bug shows none", () => {
    const opts = { nodes: "3", seed: "1", faults: "slowIO,partition", steps: "2000", json: true };
    const on = JSON.parse(runCluster({ ...opts, bug: ["SO-M1"] }).stdout);
    expect(on.violations.map((v: { check: string }) => v.check)).toContain("SO-2");
    expect(on.firstViolationStep).toBeGreaterThan(0);
    const off = runCluster(opts);
    expect(off.exitCode).toBe(0);
    expect(JSON.parse(off.stdout).violations).toEqual([]);
  });

  it("the README's QM-1 example needs 4 replica members", () => {
    const opts = { nodes: "3", seed: "2", faults: "deviceLoss", steps: "2000", bug: ["QM-1"], json: true };
    expect(JSON.parse(runCluster({ ...opts, replicaMembers: "4" }).stdout).violations.map((v: { check: string }) => v.check)).toContain("Q-1");
    expect(JSON.parse(runCluster({ ...opts, replicaMembers: "3" }).stdout).violations.filter((v: { check: string }) => v.check === "Q-1")).toEqual([]);
  });

  it("--replica-members sets the quorum's member count and appears in the reproduce line", () => {
    const r = runCluster({ seed: "2", steps: "300", replicaMembers: "4" });
    expect(r.stdout.split("\n").at(-1)).toBe("Reproduce: clusterspec cluster --nodes 3 --replica-members 4 --seed 2 --steps 300");
    expect(JSON.parse(runCluster({ seed: "2", steps: "300", replicaMembers: "4", json: true }).stdout).replicaMembers).toBe(4);
  });

  it.each([
    [{ bug: ["SO-M9"] }, /Unknown bug id "SO-M9"/],
    [{ faults: "crash,meteor" }, /Unknown fault "meteor"/],
    [{ nodes: "1" }, /--nodes must be an integer from 2 to 64/],
    [{ steps: "many" }, /--steps must be an integer/],
    [{ seed: "-3" }, /--seed must be an integer/],
    [{ replicaMembers: "0" }, /--replica-members must be an integer from 1 to 15/],
  ])("bad input %j exits 2 with one message and a Hint line", (opts, message) => {
    const r = runCluster(opts);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).toMatch(/^error CS24\d: /);
    expect(r.stdout.split("\n")[1]).toMatch(/^Hint: /);
    expect(r.stdout).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each([
    [{ bug: ["SO-M9"] }, "CS242", "--bug"],
    [{ faults: "meteor" }, "CS241", "--faults"],
    [{ nodes: "99" }, "CS240", "--nodes"],
  ])("bad input %j with --json is { error: { code, message, where, hint, hints } }", (opts, code, option) => {
    const r = runCluster({ ...opts, json: true });
    expect(r.exitCode).toBe(2);
    const { error } = JSON.parse(r.stdout);
    expect(Object.keys(error).sort()).toEqual(["code", "hint", "hints", "message", "where"]);
    expect(error.hints).toEqual([error.hint]);
    expect(error).toMatchObject({ code, where: { command: "cluster", option } });
    expect(error.hint).not.toBe("");
  });

  it("writes the history in the documented format", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cluster-")), "h.json");
    const r = runCluster({ seed: "2", steps: "100", history: file });
    expect(r.stdout).toContain(`History written to ${file}`);
    const doc = JSON.parse(readFileSync(file, "utf8"));
    expect(doc.format).toBe("clusterspec-history/1");
    expect(doc.seed).toBe(2);
    const invoke = doc.events.find((e: { type: string }) => e.type === "invoke");
    expect(Object.keys(invoke)).toEqual(expect.arrayContaining(["id", "time", "client", "node", "family", "op", "object"]));
    const ids = new Set(doc.events.filter((e: { type: string }) => e.type === "invoke").map((e: { id: number }) => e.id));
    for (const e of doc.events) if (e.type === "return") expect(ids.has(e.id)).toBe(true);
  });
});
