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
