/**
 * Workers load the spec module again, so module state that differs between threads (Math.random at
 * import, `isMainThread`, a counter) would give each thread its own model and the counts would depend on
 * the worker count. The coordinator packs a few initial states and a signature of what the spec's own
 * guards and applies do on them; each worker recomputes it after loading and refuses to join (CS289) on
 * a difference. Within one thread, `Shard.recheck` catches functions that differ from call to call.
 */
import { ClusterspecError } from "../core/errors.ts";
import { fingerprint } from "./fingerprint.ts";
import type { CompiledModel } from "./model.ts";

export interface DeterminismProbe {
  /** Packed initial states (`words` each). */
  readonly states: Uint32Array;
  readonly signature: readonly number[];
}

const SAMPLE = 8;

/** The probe the coordinator sends: up to 8 initial states and the signature of `model` on them. */
export function makeProbe(model: CompiledModel): DeterminismProbe {
  const n = Math.min(SAMPLE, model.initStates.length);
  const states = new Uint32Array(n * model.words);
  for (let i = 0; i < n; i++) model.encodeChecked(model.initStates[i], states, i * model.words, "init");
  return { states, signature: signatureOf(model, states) };
}

/** Layout size, instance count, and a hash of every instance's guard verdict and successor on each state. */
export function signatureOf(model: CompiledModel, states: Uint32Array): number[] {
  const words = model.words;
  const w = new Uint32Array(words);
  let h = 0x811c9dc5;
  const mix = (x: number) => (h = Math.imul(h ^ x, 16777619) >>> 0);
  for (let off = 0; words > 0 && off + words <= states.length; off += words) {
    for (const inst of model.instances) {
      try {
        const s = model.codec.decode(states, off);
        if (inst.guard !== undefined && !inst.guard(s, inst.args, model.ctx)) mix(1);
        else {
          model.codec.encode(inst.apply(s, inst.args, model.ctx), w, 0);
          if (model.canonicalize) model.canonicalize(w, 0);
          mix(fingerprint(w, 0, words));
        }
      } catch {
        mix(2);
      }
    }
  }
  return [words, model.instances.length, h];
}

/** In a worker: CS289 unless this thread's model matches the coordinator's on the probe. */
export function assertSameModel(model: CompiledModel, probe: DeterminismProbe, worker: number): void {
  const mine = model.words === probe.signature[0] ? signatureOf(model, probe.states) : [model.words, model.instances.length, 0];
  if (mine.every((x, i) => x === probe.signature[i])) return;
  const what =
    mine[0] !== probe.signature[0] ? `its state layout (${mine[0]} words, the main thread has ${probe.signature[0]})`
    : mine[1] !== probe.signature[1] ? `its action instances (${mine[1]}, the main thread has ${probe.signature[1]})`
    : "the successors its guards and applies give from the initial states";
  throw new ClusterspecError({
    code: "CS289",
    message: `Spec ${model.name}, loaded again in checker worker ${worker}, differs from the main thread's in ${what}: the module computes something differently each time it is loaded.`,
    where: { ...(model.file ? { file: model.file } : {}), spec: model.name, worker },
    hint: "Module-level values a spec uses must be the same in every thread (no Math.random, Date.now or isMainThread at import). Until then, --workers 1 checks the main thread's model.",
  });
}
