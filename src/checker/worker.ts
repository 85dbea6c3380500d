/**
 * A checker worker thread: loads the spec module itself (functions cannot cross threads) and runs a
 * `TeamMember` on command from the coordinator. Replies go over a dedicated port and are announced on
 * the worker's mailbox counter, so the coordinator can poll for them while it explores too.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { ClusterspecError } from "../core/errors.ts";
import { assertSameModel, type DeterminismProbe } from "./determinism.ts";
import { compileWithMachine } from "./machine.ts";
import { loadSpecModule } from "./loadSpec.ts";
import { TeamMember, type TeamBuffers } from "./teamMember.ts";
import { mailbox, type CoordinatorMessage, type WorkerReply } from "./teamProtocol.ts";

export interface WorkerSetup extends TeamBuffers {
  readonly file: string;
  readonly exportName: string;
  readonly params: Record<string, string | number | boolean>;
  readonly strict: boolean;
  readonly symmetry: boolean;
  readonly deadlock: boolean | undefined;
  readonly index: number;
  readonly count: number;
  readonly maxStates: number | undefined;
  readonly mail: SharedArrayBuffer;
  readonly replies: MessagePort;
  /** What the coordinator's model does on a few initial states (a worker with another model must not join). */
  readonly probe?: DeterminismProbe;
}

const setup = workerData as WorkerSetup;
const mail = new Int32Array(setup.mail);

function reply(msg: WorkerReply): void {
  setup.replies.postMessage(msg);
  Atomics.add(mail, mailbox(setup.index), 1);
  Atomics.notify(mail, mailbox(setup.index));
}

function fail(e: unknown): void {
  if (e instanceof ClusterspecError) reply({ type: "error", error: e.toJSON() });
  else reply({ type: "error", error: { code: "INTERNAL", message: (e as Error)?.stack ?? String(e) } });
}

try {
  const { spec, machine } = await loadSpecModule(setup.file, setup.exportName);
  const compiled = compileWithMachine(spec, { params: setup.params, strict: setup.strict, symmetry: setup.symmetry, file: setup.file, machine, initStates: false });
  const model = setup.deadlock === undefined ? compiled : { ...compiled, deadlock: setup.deadlock };
  if (setup.probe) assertSameModel(model, setup.probe, setup.index);
  const member = new TeamMember(model, setup.index, setup.count, setup, setup.maxStates);
  parentPort!.on("message", (msg: CoordinatorMessage) => {
    try {
      switch (msg.type) {
        case "join":
          member.useTable(msg.table);
          break;
        case "level":
          member.startLevel(msg.depth, msg.atLimit, msg.segments);
          member.work();
          reply(member.roundDone());
          break;
        case "resume":
          member.work();
          reply(member.roundDone());
          break;
        case "grow":
          member.grow(msg.table, msg.old, msg.from, msg.to);
          reply({ type: "grown" });
          break;
        case "finish":
          reply({ type: "finished", ...member.finish(msg.wantTrace) });
          break;
      }
    } catch (e) {
      fail(e);
    }
  });
  reply({ type: "ready" });
} catch (e) {
  fail(e);
}
