// The data check of conformance runs is the linearizability checker over the recorded history: a stale or
// impossible read fails it, a linearizable history passes, and an adapter without a history adds nothing.
import { describe, expect, it } from "vitest";
import { checkHistoryData, dataCheck } from "../../src/conformance/dataCheck.ts";
import type { Adapter } from "../../src/conformance/adapter.ts";
import type { History } from "../../src/history/index.ts";

const history = (readValue: number): History => ({
  format: "clusterspec-history/1",
  events: [
    { type: "invoke", id: 1, time: 0, op: "write", object: "vol", block: 0, value: 7 },
    { type: "return", id: 1, time: 2, outcome: "ok" },
    { type: "invoke", id: 2, time: 3, op: "read", object: "vol", block: 0 },
    { type: "return", id: 2, time: 4, outcome: "ok", value: readValue },
  ],
});

describe("dataCheck", () => {
  it("passes a linearizable history", () => {
    expect(checkHistoryData(history(7)).violations).toEqual([]);
  });

  it("fails a read of a value overwritten before it began, naming the register", () => {
    const r = checkHistoryData(history(0));
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.check).toBe("linearizability");
    expect(r.violations[0]!.detail).toContain("vol block 0");
  });

  it("runs the adapter's history and adds its own data checks", () => {
    const adapter = { history: () => history(0), dataViolations: () => [{ check: "own", detail: "x" }] } as unknown as Adapter;
    expect(dataCheck(adapter).violations.map((v) => v.check)).toEqual(["linearizability", "own"]);
    expect(dataCheck({} as Adapter).violations).toEqual([]);
  });
});
