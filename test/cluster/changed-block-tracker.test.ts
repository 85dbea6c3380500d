// The changed-block tracker keeps a write in flight across a reset marked, as it does across a snapshot: otherwise a
// write that lands before its `end` report arrives is missing from the change set of a snapshot taken in between.
import { describe, expect, it } from "vitest";
import { ChangeTracker } from "../../src/cluster/snapshot/changed-block-tracker.ts";

describe("ChangeTracker", () => {
  it("carries a write in flight across a reset into the next change sets", () => {
    const t = new ChangeTracker(() => false);
    t.begin(3);
    t.reset();
    expect(t.gen).toBe(2);
    const s1 = t.rotate(); // the write lands after S1 ...
    const s2 = t.rotate(); // ... and S2 is taken before its end report arrives
    t.end(3);
    const q = t.query(s1, s2.k);
    expect(q).toEqual({ status: "ok", blocks: [3] });
  });

  it("forgets finished writes on a reset", () => {
    const t = new ChangeTracker(() => false);
    t.begin(1);
    t.end(1);
    t.reset();
    expect(t.changedSinceLastSnapshot()).toEqual([]);
  });
});
