/**
 * A checker worker thread: loads the spec module itself (functions cannot cross threads), owns one
 * shard of the fingerprint space, and runs BFS levels on command from the coordinator, exchanging
 * successors with its peers over direct message ports.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { ClusterspecError } from "../core/errors.ts";
import { loadSpec } from "./loadSpec.ts";
import { compileModel } from "./model.ts";
import { Shard } from "./shard.ts";

export interface WorkerSetup {
  readonly file: string;
  readonly exportName: string;
  readonly params: Record<string, string | number | boolean>;
  readonly strict: boolean;
  readonly symmetry: boolean;
  readonly deadlock: boolean | undefined;
  readonly index: number;
  readonly count: number;
  /** ports[j] talks to worker j (undefined at our own index). */
  readonly ports: ReadonlyArray<MessagePort | undefined>;
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
  const shard = new Shard(model, setup.index, setup.count);
  let pending: Array<{ data: Uint32Array; records: number }> = [];
  let expected = 0;
  let expanding = false;
  // Peers can finish a level and send before our own "level" command arrives: only close a level we started.
  let levelStarted = false;
  const finishLevel = () => {
    levelStarted = false;
    for (const p of pending) shard.receive(p.data, p.records);
    pending = [];
    shard.swapLevels();
    port.postMessage({
      type: "levelDone",
      distinct: shard.distinct,
      generated: shard.generated,
      queued: shard.current.length,
      violation: shard.violation,
      truncated: shard.truncated,
    });
  };
  setup.ports.forEach((p) =>
    p?.on("message", (msg: { data: Uint32Array; records: number }) => {
      pending.push(msg);
      if (levelStarted && !expanding && pending.length === expected) finishLevel();
    }),
  );
  port.on("message", (msg: { type: string; depth?: number; atLimit?: boolean; wantTrace?: boolean }) => {
    try {
      if (msg.type === "seed") {
        shard.depth = 0;
        shard.seedInitial();
        shard.swapLevels();
        port.postMessage({ type: "levelDone", distinct: shard.distinct, generated: shard.generated, queued: shard.current.length, violation: shard.violation, truncated: false });
      } else if (msg.type === "level") {
        shard.depth = msg.depth!;
        levelStarted = true;
        expanding = true;
        shard.expandLevel(msg.atLimit!, () => false);
        expected = setup.count - 1;
        setup.ports.forEach((p, j) => {
          if (!p) return;
          const box = shard.outbox[j]!;
          const data = box.data.slice(0, box.length * box.width);
          p.postMessage({ data, records: box.length }, [data.buffer]);
          box.clear();
        });
        expanding = false;
        if (pending.length === expected) finishLevel();
      } else if (msg.type === "finish") {
        const out: Record<string, unknown> = {
          type: "finished",
          fpBytes: shard.seen.bytes,
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
      }
    } catch (e) {
      fail(e);
    }
  });
  port.postMessage({ type: "ready" });
} catch (e) {
  fail(e);
}
