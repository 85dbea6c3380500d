// What every simulated component shares: the simulation, both networks, the recorders and the bug switches.

import type { BugSwitches } from "./bugs.ts";
import type { HistoryRecorder } from "./history.ts";
import type { Network } from "./network.ts";
import type { SafetyMonitor } from "./safety-monitor.ts";
import type { StorageNetwork } from "./san.ts";
import type { Simulation } from "./simulation.ts";

export interface Environment {
  readonly sim: Simulation;
  readonly net: Network;
  readonly san: StorageNetwork;
  readonly history: HistoryRecorder;
  readonly monitor: SafetyMonitor;
  readonly bugs: BugSwitches;
}

import { BugSwitches as Bugs, type BugId } from "./bugs.ts";
import { HistoryRecorder as History } from "./history.ts";
import { Network as Net } from "./network.ts";
import { SafetyMonitor as Monitor } from "./safety-monitor.ts";
import { StorageNetwork as San } from "./san.ts";
import { Simulation as Sim } from "./simulation.ts";
import type { Chooser } from "./chooser.ts";

/** Builds a fresh environment around one Chooser: everything random in the run flows from it. */
export function createEnvironment(chooser: Chooser, bugs: readonly BugId[] = []): Environment {
  const sim = new Sim(chooser);
  const clock = (): number => sim.now;
  return { sim, net: new Net(sim), san: new San(sim), history: new History(clock), monitor: new Monitor(clock), bugs: new Bugs(bugs) };
}
