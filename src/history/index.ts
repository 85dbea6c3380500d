// Public barrel of the history layer: the `clusterspec-history/1` format and the linearizability checker.
// Depends on src/core only, so the CLI, the conformance runner and users' harnesses can all call it.

export { checkHistory, checkLinearizable, type CheckHistoryOptions, type CheckLinearizableOptions, type LinearizabilityResult, type LinearizabilityStatus, type RegisterFailure, type WindowOperation } from "./check.ts";
export { HISTORY_FORMAT, decodeHistory, type History, type HistoryInvoke, type HistoryOutcome, type HistoryRecord, type HistoryReturn, type HistoryValue } from "./format.ts";
export { readHistoryFile } from "./read-file.ts";
