import { describe, expect, it } from "vitest";
import { ClusterspecError } from "../../src/core/errors.ts";
import { param, resolveParams } from "../../src/dsl/params.ts";

const defs = { N: param.int(3, { min: 1, max: 5 }), fast: param.bool(false), mode: param.enum("a", ["a", "b"] as const) };

describe("resolveParams", () => {
  it("starts from defaults and parses command-line strings", () => {
    expect(resolveParams("s", defs)).toEqual({ N: 3, fast: false, mode: "a" });
    expect(resolveParams("s", defs, { N: "5", fast: "true", mode: "b" })).toEqual({ N: 5, fast: true, mode: "b" });
  });

  it.each([
    [{ M: "1" }, "CS110"],
    [{ N: "x" }, "CS111"],
    [{ N: "2.5" }, "CS111"],
    [{ N: "0" }, "CS111"],
    [{ fast: "yes" }, "CS111"],
    [{ mode: "c" }, "CS111"],
  ])("rejects %o with %s", (given, code) => {
    try {
      resolveParams("s", defs, given);
      expect.unreachable();
    } catch (e) {
      expect((e as ClusterspecError).code).toBe(code);
      expect((e as ClusterspecError).hints.length).toBeGreaterThan(0);
    }
  });
});
