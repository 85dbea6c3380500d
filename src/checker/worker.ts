/**
 * A checker worker thread: loads the spec module itself (functions cannot cross threads), keeps one
 * shard (trace links and next frontier of the states it inserts), and expands chunks of the shared
 * frontier on command from the coordinator, inserting successors into the shared seen set.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ClusterspecError } from "../core/errors.ts";
import { loadSpec } from "./loadSpec.ts";
import { compileModel } from "./model.ts";
import { Shard } from "./shard.ts";
import { SharedFingerprintSet } from "./sharedFingerprintSet.ts";
import {
  CURSOR,
  GROW,
  HARD,
  MAX_CHUNK,
  SOFT,
  STOP,
  STOP_STATES,
  TOTAL,
  USED,
  statDistinct,
  statGenerated,
  type CoordinatorMessage,
  type RoundDone,
  type Segment,
} from "./teamProtocol.ts";

export interface WorkerSetup {
  readonly file: string;
  readonly exportName: string;
  readonly params: Record<string, string | number | boolean>;
  readonly strict: boolean;
  readonly symmetry: boolean;
  readonly deadlock: boolean | undefined;
  readonly index: number;
  readonly count: number;
  readonly control: SharedArrayBuffer;
  readonly stats: SharedArrayBuffer;
  readonly table: SharedArrayBuffer;
  readonly maxStates: number | undefined;
}

const setup = workerData as WorkerSetup;
const port = parentPort!;

function fail(e: unknown): void {
  if (e instanceof ClusterspecError) port.postMessage({ type: "error", error: e.toJSON() });
  else port.postMessage({ type: "error", error: { code: "INTERNAL", message: (e as Error)?.stack ?? String(e) } });
}

try {
  const spec = await loadSpec(setup.file, setup.exportName);
  const compiled = compileModel(spec, { params: setup.params, strict: setup.strict, symmetry: setup.symmetry, file: setup.file });
  const model = setup.deadlock === undefined ? compiled : { ...compiled, deadlock: setup.deadlock };
  const shard = new Shard(model, setup.index, setup.count, { seen: new SharedFingerprintSet(setup.table), sharedFrontier: true });
  const ctrl = new Int32Array(setup.control);
  const stats = new Float64Array(setup.stats);
  const maxSucc = Math.max(1, model.instances.length);
  const W = setup.count;
  let segments: Uint32Array[] = [];
  let starts: number[] = [];
  let atLimit = false;

  const distinctSoFar = () => {
    let n = 0;
    for (let w = 0; w < W; w++) n += stats[statDistinct(w)]!;
    return n;
  };

  /** Claim and expand chunks until the level is drained, the table must grow, or the run stops. */
  const work = () => {
    const total = Atomics.load(ctrl, TOTAL);
    const rec = shard.rec;
    for (;;) {
      if (Atomics.load(ctrl, STOP) !== 0 || Atomics.load(ctrl, GROW) !== 0) return;
      if (setup.maxStates !== undefined && distinctSoFar() >= setup.maxStates) {
        Atomics.compareExchange(ctrl, STOP, 0, STOP_STATES);
        return;
      }
      const hard = Atomics.load(ctrl, HARD);
      const chunk = Math.min(MAX_CHUNK, Math.floor((hard - Atomics.load(ctrl, USED)) / (2 * W * maxSucc)));
      const need = chunk * maxSucc;
      if (chunk < 1 || Atomics.add(ctrl, USED, need) + need > hard) {
        if (chunk >= 1) Atomics.sub(ctrl, USED, need);
        Atomics.store(ctrl, GROW, 1);
        return;
      }
      const start = Atomics.add(ctrl, CURSOR, chunk);
      if (start >= total) {
        Atomics.sub(ctrl, USED, need);
        return;
      }
      const end = Math.min(start + chunk, total);
      const before = shard.distinct;
      let seg = 0;
      while (seg + 1 < starts.length && starts[seg + 1]! <= start) seg++;
      for (let g = start; g < end; g++) {
        while (seg + 1 < starts.length && starts[seg + 1]! <= g) seg++;
        shard.expandRecord(segments[seg]!, (g - starts[seg]!) * rec, atLimit);
      }
      const unused = need - (shard.distinct - before);
      const used = Atomics.sub(ctrl, USED, unused) - unused;
      stats[statDistinct(setup.index)] = shard.distinct;
      stats[statGenerated(setup.index)] = shard.generated;
      if (used > Atomics.load(ctrl, SOFT)) Atomics.store(ctrl, GROW, 1);
    }
  };

  const report = () => {
    stats[statDistinct(setup.index)] = shard.distinct;
    stats[statGenerated(setup.index)] = shard.generated;
    const next: Segment = { buffer: shard.next.data.buffer as SharedArrayBuffer, records: shard.next.length };
    const done: RoundDone = { type: "done", distinct: shard.distinct, generated: shard.generated, violation: shard.violation, truncated: shard.truncated, next };
    port.postMessage(done);
  };

  port.on("message", (msg: CoordinatorMessage) => {
    try {
      switch (msg.type) {
        case "seed":
          shard.depth = 0;
          if (setup.index === 0) shard.seedInitial();
          report();
          break;
        case "level":
          // Our next frontier is now one of the segments being read; the one read last level is free again.
          shard.swapLevels();
          shard.depth = msg.depth;
          atLimit = msg.atLimit;
          segments = msg.segments.map((s) => new Uint32Array(s.buffer, 0, s.records * shard.rec));
          starts = [];
          msg.segments.reduce((at, s) => (starts.push(at), at + s.records), 0);
          work();
          report();
          break;
        case "resume":
          work();
          report();
          break;
        case "grow": {
          const table = new SharedFingerprintSet(msg.table);
          table.rehashFrom(new SharedFingerprintSet(msg.old), msg.from, msg.to);
          shard.seen = table;
          port.postMessage({ type: "grown" });
          break;
        }
        case "finish": {
          const out: Record<string, unknown> = {
            type: "finished",
            coverageGenerated: shard.coverageGenerated,
            coverageDistinct: shard.coverageDistinct,
            witnessCount: shard.witnessCount,
            witnessDepth: shard.witnessDepth,
          };
          if (msg.wantTrace) {
            out.parent = shard.parent.data.slice(0, shard.parent.length);
            out.via = shard.via.data.slice(0, shard.via.length);
          }
          port.postMessage(out);
          break;
        }
      }
    } catch (e) {
      fail(e);
    }
  });
  port.postMessage({ type: "ready" });
} catch (e) {
  fail(e);
}
