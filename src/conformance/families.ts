/**
 * The reference cluster's conformance targets: per family, the spec module, the adapter, and the parameters the
 * adapter's configuration matches. A family without an adapter yet is listed with `adapter: null` and the reason,
 * so `conform` says so instead of pretending.
 */
import type { Adapter } from "./adapter.ts";
import { partitionInTimeAdapter, PT_PARAMS } from "./adapters/partitionInTime.ts";
import { quorumMajorityAdapter, QM_PARAMS } from "./adapters/quorumMajority.ts";
import { singleOwnerAdapter, SO_PARAMS } from "./adapters/singleOwner.ts";
import { snapshotConsistencyAdapter, SN_PARAMS } from "./adapters/snapshotConsistency.ts";

export interface FamilyTarget {
  readonly family: string;
  readonly specFile: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  readonly adapter: (() => Adapter) | null;
  /** Why there is no adapter (when adapter is null). */
  readonly missing?: string;
  /** Ticks of one implementation-driven run. */
  readonly ticks: number;
  /** The family's spec mutants (their counterexamples become covering traces). */
  readonly mutants: readonly string[];
}

const mutants = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `spec/mutants/${prefix}${i + 1}.cspec.ts`);

export const FAMILY_TARGETS: readonly FamilyTarget[] = [
  { family: "partition-in-time", specFile: "spec/partition-in-time.cspec.ts", params: PT_PARAMS, adapter: partitionInTimeAdapter as () => Adapter, ticks: 3000, mutants: mutants("pt-m", 4) },
  { family: "single-owner", specFile: "spec/single-owner.cspec.ts", params: SO_PARAMS, adapter: singleOwnerAdapter as () => Adapter, ticks: 3000, mutants: mutants("so-m", 5) },
  { family: "quorum-majority", specFile: "spec/quorum-majority.cspec.ts", params: QM_PARAMS, adapter: quorumMajorityAdapter as () => Adapter, ticks: 3000, mutants: mutants("qm-", 5) },
  { family: "snapshot-consistency", specFile: "spec/snapshot-consistency.cspec.ts", params: SN_PARAMS, adapter: snapshotConsistencyAdapter as () => Adapter, ticks: 1500, mutants: mutants("sn-m", 5) },
];

export function findTarget(nameOrFile: string): FamilyTarget | undefined {
  return FAMILY_TARGETS.find((t) => t.family === nameOrFile || t.specFile === nameOrFile || nameOrFile.endsWith(`/${t.family}.cspec.ts`) || nameOrFile === `${t.family}.cspec.ts`);
}
