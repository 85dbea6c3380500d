// checkHistory: the entry point for unvalidated documents (the conformance runner's adapters, users' harnesses):
// it decodes, then decides exactly as checkLinearizable does; the result reports the limits and memory used.
import { describe, expect, it } from "vitest";
import { ClusterspecError } from "../../src/core/errors.ts";
import { checkHistory, checkLinearizable } from "../../src/history/index.ts";
import { history, pathological, r, w } from "./build.ts";

describe("checkHistory", () => {
  it("decides a parsed JSON document as checkLinearizable decides the typed one", () => {
    const h = history([w(0, 1, 1), w(2, 3, 2), r(4, 5, 1)], 3);
    const viaJson = checkHistory(JSON.parse(JSON.stringify(h)), { timeLimitMs: 5_000 });
    expect(viaJson.status).toBe("not-linearizable");
    expect(viaJson.seed).toBe(3);
    expect(viaJson.failures[0].window).toEqual(checkLinearizable(h).failures[0].window);
    expect(viaJson.workingBytes).toBeGreaterThan(0);
    expect(viaJson.limitReached).toBeUndefined();
  });

  it("a malformed document is one ClusterspecError naming the source, the event and the field", () => {
    const bad = { format: "clusterspec-history/1", events: [{ type: "invoke", id: 1, time: 0, op: "write", object: "v" }] };
    try {
      checkHistory(bad, { source: "adapter history" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ClusterspecError);
      expect((e as ClusterspecError).code).toBe("CS223");
      expect((e as ClusterspecError).where).toMatchObject({ file: "adapter history", event: 0, field: "value" });
    }
  });

  it("passes the time limit through: a pathological history ends unknown", () => {
    const res = checkHistory(history(pathological(60)), { timeLimitMs: 50 });
    expect(res.status).toBe("unknown");
    expect(res.limitReached).toMatch(/time|memory/);
  });
});
