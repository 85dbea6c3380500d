import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/checker/index.ts";
import { ClusterspecError } from "../../src/core/errors.ts";
import { defineSpec, ids, t } from "../../src/dsl/index.ts";

async function errorOf(spec: Parameters<typeof checkSpec>[0]): Promise<ClusterspecError> {
  const e = await checkSpec(spec, {}).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ClusterspecError);
  return e as ClusterspecError;
}

const counterWith = (apply: (s: { n: number }) => unknown) =>
  defineSpec({
    name: "msg",
    description: "A counter whose apply misbehaves.",
    state: () => t.struct({ n: t.int(0, 3) }),
    init: () => ({ n: 0 }),
    actions: { Inc: { apply: apply as never } },
  });

const setWith = (size: number) =>
  defineSpec({
    name: "msg-set",
    description: "A set that receives a stranger.",
    sets: () => ({ U: ids("u", size) }),
    state: ({ sets }) => t.struct({ xs: t.set(sets.U) }),
    init: () => ({ xs: new Set<`u${number}`>() }),
    actions: { Add: { apply: (s) => ({ xs: new Set([...s.xs, "zzz" as `u${number}`]) }) } },
  });

describe("checker messages", () => {
  it("an apply returning undefined is not a state object, naming the action", async () => {
    const e = await errorOf(counterWith(() => undefined));
    expect(e.code).toBe("CS150");
    expect(e.message).toContain("Action Inc returned undefined, which is not a state object");
  });

  it("an apply returning an array is not a state object", async () => {
    const e = await errorOf(counterWith((s) => [{ n: s.n + 1 }]));
    expect(e.message).toContain("Action Inc returned [");
    expect(e.message).toContain("not a state object");
    expect(e.message).not.toContain("state.n");
  });

  for (const size of [3, 40]) {
    it(`a member outside a set's universe (${size} elements) is named`, async () => {
      const e = await errorOf(setWith(size));
      expect(e.code).toBe("CS150");
      expect(e.message).toContain(`state.xs holds "zzz", which is not in the set's universe`);
      expect(e.where.field).toBe("state.xs");
    });
  }

  it("an out-of-range value shows the state the action started from", async () => {
    const e = await errorOf(counterWith((s) => ({ n: s.n + 1 })));
    expect(e.message).toContain("state.n = 4");
    expect(String(e.where.from)).toContain('"n":3');
  });

  it("`over` given an array of argument objects says to wrap it in a function", () => {
    const make = () => defineSpec({
      name: "msg-over",
      description: "over as a bare list.",
      state: () => t.struct({ n: t.int(0, 3) }),
      init: () => ({ n: 0 }),
      actions: { Set: { over: [{ v: 1 }, { v: 2 }] as never, apply: (_s, { v }) => ({ n: v }) } },
    });
    let e: ClusterspecError | undefined;
    try {
      make();
    } catch (x) {
      e = x as ClusterspecError;
    }
    expect(e).toBeInstanceOf(ClusterspecError);
    expect(e!.code).toBe("CS130");
    expect(e!.hints.join(" ")).toContain("Wrap the list in a function");
  });
});
