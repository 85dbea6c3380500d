// Public barrel of the reference cluster: the cluster, its workload and history, the known-bug catalog,
// faults, and the building blocks (device, PR table, simulation, chooser) for tests and adapters.

export { Cluster, type ClientRequest, type ClusterObservation, type ClusterOptions } from "./cluster.ts";
export { runWorkload, summarize, type WorkloadOptions, type WorkloadSummary } from "./workload.ts";
export { BUG_IDS, KNOWN_BUGS, BugSwitches, isBugId, type BugId, type Family, type KnownBug } from "./bugs.ts";
export { FAULT_CLASSES, describeFault, isFaultClass, type Fault, type FaultClass } from "./faults.ts";
export { HistoryRecorder, type HistoryDocument, type HistoryEvent, type InvokeEvent, type Outcome, type ReturnEvent } from "./history.ts";
export { checkRegisterHistory, type StaleRead } from "./history-check.ts";
export { SafetyMonitor, type Violation } from "./safety-monitor.ts";
export { BlockDevice, decodeValue, encodeValue, type DeviceCommand, type DeviceResult, type DeviceStatus } from "./block-device.ts";
export {
  PersistentReservationTable,
  type Nexus,
  type PrOutAction,
  type PrOutResult,
  type PrStatus,
  type ReservationKey,
  type ReservationType,
} from "./persistent-reservation.ts";
export { ReplayChooser, SeededChooser, type Chooser } from "./chooser.ts";
export { Simulation } from "./simulation.ts";
export { createEnvironment, type Environment } from "./environment.ts";
export { SO_WITNESS_HOST } from "./single-owner/so-family.ts";
