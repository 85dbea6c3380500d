// Test harness for single-owner scenarios: a family on a fresh environment, plus small helpers.
import { SeededChooser } from "../../src/cluster/chooser.ts";
import { createEnvironment, type Environment } from "../../src/cluster/environment.ts";
import type { BugId } from "../../src/cluster/bugs.ts";
import { decodeValue } from "../../src/cluster/block-device.ts";
import { DEFAULT_SO_CONFIG, SingleOwnerFamily } from "../../src/cluster/single-owner/so-family.ts";
import type { SoConfig } from "../../src/cluster/single-owner/so-types.ts";
import type { ReturnEvent } from "../../src/cluster/history.ts";

export function makeSo(bugs: BugId[], seed = 1, config: Partial<SoConfig> = {}, nodes = 3) {
  const env: Environment = createEnvironment(new SeededChooser(seed), bugs);
  const so = new SingleOwnerFamily(env, {
    nodes, objects: 1, blockCount: 8, blockSize: 8, detectDelay: 5, opTimeout: 300, config: { ...DEFAULT_SO_CONFIG, ...config },
  });
  const at = (time: number, run: () => void) => env.sim.schedule(time - env.sim.now, run);
  const block = (b: number) => decodeValue(so.devices.get("o0")!.readBlock(b));
  const result = (id: number) => env.history.events.find((e): e is ReturnEvent => e.type === "return" && e.id === id);
  return { env, so, at, block, result };
}
