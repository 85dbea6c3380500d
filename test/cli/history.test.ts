// `clusterspec history check`: exit codes 0/1/2, the JSON shape, CS22x errors for bad files, and the README's
// example history (which a user copies into their own harness) decoding and checking as documented.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { history, pathological } from "../history/build.ts";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const code = await main(argv, { out: (t) => void (out += t + "\n"), err: (t) => void (err += t + "\n"), progress: () => {}, isTTY: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "cs-history-"));
const file = (name: string, body: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof body === "string" ? body : JSON.stringify(body));
  return p;
};
const ev = (events: unknown[]) => ({ format: "clusterspec-history/1", seed: 9, events });

describe("history check command", () => {
  it("exits 0 on a linearizable history and 1 on one that is not, naming the block, the read and the seed", async () => {
    const good = file("good.json", ev([
      { type: "invoke", id: 1, time: 0, op: "write", object: "v", block: 2, value: 5 },
      { type: "return", id: 1, time: 1, outcome: "ok" },
      { type: "invoke", id: 2, time: 2, op: "read", object: "v", block: 2 },
      { type: "return", id: 2, time: 3, outcome: "ok", value: 5 },
    ]));
    expect((await run(["history", "check", good])).code).toBe(0);
    const bad = file("bad.json", ev([
      { type: "invoke", id: 1, time: 0, op: "write", object: "v", block: 2, value: 5 },
      { type: "return", id: 1, time: 1, outcome: "ok" },
      { type: "invoke", id: 2, time: 2, op: "read", object: "v", block: 2 },
      { type: "return", id: 2, time: 3, outcome: "ok", value: 0 },
    ]));
    const text = await run(["history", "check", bad]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("not linearizable");
    expect(text.out).toContain("v block 2");
    expect(text.out).toContain("read #2");
    expect(text.out).toContain("Seed: 9");
    const json = await run(["history", "check", bad, "--json"]);
    expect(json.code).toBe(1);
    const o = JSON.parse(json.out);
    expect(o).toMatchObject({ status: "not-linearizable", seed: 9, registers: 1, operations: 2, failingRegisters: 1 });
    expect(o.failures[0].register).toEqual({ object: "v", block: 2 });
    expect(o.failures[0].window.map((w: { id: number }) => w.id)).toEqual([1, 2]);
  });

  it("--time-limit ends a pathological history in an explicit unknown verdict (exit 1), text and JSON", async () => {
    const f = file("pathological.json", history(pathological(60), 4));
    const json = await run(["history", "check", f, "--time-limit", "150ms", "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ status: "unknown", undecided: ["|vol|0"], failingRegisters: 0, seed: 4 });
    const text = await run(["history", "check", f, "--time-limit", "0.1s"]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("? unknown:");
    expect(text.out).toContain("|vol|0");
    expect((await run(["history", "check", f, "--time-limit", "soon"])).code).toBe(2);
  });

  it("bad input: one CS22x error, exit 2, no stack trace", async () => {
    const cases: Array<[string, string]> = [
      [join(dir, "missing.json"), "CS220"],
      [file("notjson.json", "{ nope"), "CS221"],
      [file("format.json", { format: "other", events: [] }), "CS222"],
      [file("event.json", ev([{ type: "invoke", id: 1, time: 0, object: "v" }])), "CS223"],
      [file("pair.json", ev([{ type: "return", id: 4, time: 0, outcome: "ok" }])), "CS224"],
    ];
    for (const [f, code] of cases) {
      const r = await run(["history", "check", f, "--json"]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.out).error.code).toBe(code);
      const t = await run(["history", "check", f]);
      expect(t.err).toContain(`error ${code}`);
      expect(t.err).toContain("Hint:");
      expect(t.err).not.toContain("    at ");
    }
  });

  it("the README's example history is linearizable", async () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Checking histories for linearizability"));
    const json = section.slice(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));
    const r = await run(["history", "check", file("readme.json", json), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ status: "linearizable", registers: 1, operations: 3 });
  });

  it("a history the cluster wrote checks as the cluster reported it", async () => {
    const h = join(dir, "cluster.json");
    const c = await run(["cluster", "--seed", "5", "--steps", "400", "--faults", "crash,partition", "--history", h, "--json"]);
    const r = await run(["history", "check", h, "--json"]);
    const linViolations = JSON.parse(c.out).violations.filter((v: { check: string }) => v.check === "linearizable");
    expect(r.code).toBe(linViolations.length > 0 ? 1 : 0);
    expect(JSON.parse(r.out).seed).toBe(5);
  });
});
