import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { ClusterspecError } from "../../src/core/errors.ts";
import { schemaToDomain } from "../../src/dsl/schemaToDomain.ts";
import { ids, range, t } from "../../src/dsl/index.ts";

const Node = ids("n", 2);
const ctx = { spec: "s", sets: { Node } };

describe("schemaToDomain", () => {
  it("reads t-built schemas, naming declared sets", () => {
    const d = schemaToDomain(t.struct({ up: t.record(Node, t.boolean), reg: t.set(Node), holder: t.option(t.id(Node)), e: t.int(-1, 2) }), ctx);
    expect(d).toEqual({
      kind: "struct",
      fields: [
        ["up", { kind: "record", keys: { values: Node, name: "Node" }, value: { kind: "bool" } }],
        ["reg", { kind: "set", universe: { values: Node, name: "Node" } }],
        ["holder", { kind: "option", inner: { kind: "id", set: { values: Node, name: "Node" } } }],
        ["e", { kind: "int", min: -1, max: 2 }],
      ],
    });
  });

  it("reads plain finite Effect schemas", () => {
    const d = schemaToDomain(
      Schema.Struct({ b: Schema.Boolean, l: Schema.Literals(["x", "y"]), o: Schema.NullOr(Schema.Literal(1)), i: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 9 })) }),
      ctx,
    );
    expect(d).toEqual({
      kind: "struct",
      fields: [
        ["b", { kind: "bool" }],
        ["l", { kind: "enum", values: ["x", "y"] }],
        ["o", { kind: "option", inner: { kind: "enum", values: [1] } }],
        ["i", { kind: "int", min: 0, max: 9 }],
      ],
    });
  });

  it.each([
    ["a plain number", Schema.Number, "state.x"],
    ["a string", Schema.String, "state.x"],
    ["an unbounded integer", Schema.Int, "state.x"],
    ["an open record", Schema.Record(Schema.String, Schema.Boolean), "state.x"],
    ["an array", Schema.Array(Schema.Boolean), "state.x"],
  ])("rejects %s with CS120 naming the field", (_what, schema, path) => {
    try {
      schemaToDomain(t.struct({ x: schema as never }), ctx);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ClusterspecError);
      expect((e as ClusterspecError).code).toBe("CS120");
      expect((e as ClusterspecError).where.field).toBe(path);
    }
  });

  it("rejects empty domains with CS121", () => {
    expect(() => schemaToDomain(t.struct({ x: t.int(3, 1) }), ctx)).toThrow(/no values/);
    expect(() => schemaToDomain(t.struct({ x: t.id([]) }), ctx)).toThrow(ClusterspecError);
  });

  it("builds model values and ranges", () => {
    expect(ids("r", 3)).toEqual(["r1", "r2", "r3"]);
    expect(range(2, 4)).toEqual([2, 3, 4]);
    expect(range(1, 0)).toEqual([]);
  });
});
