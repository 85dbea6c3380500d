// The single-owner family's cluster-wide truth: membership epochs (the quorum layer's output) and the
// authoritative ownership map with a strictly increasing version, changed only by compare-and-swap.

export interface Member {
  readonly node: string;
  readonly incarnation: number;
}

export type CasResult = { readonly ok: true; readonly version: number } | { readonly ok: false; readonly version: number };

const CLUSTER_TAG = 0x5;

/** Reservation keys are `clusterTag|nodeIndex|incarnation`, so a reused node id with a new incarnation differs. */
export function makeKey(nodeIndex: number, incarnation: number): number {
  return CLUSTER_TAG * 0x1000_0000 + (nodeIndex & 0xfff) * 0x1_0000 + (incarnation & 0xffff);
}

export function decodeKey(key: number): { nodeIndex: number; incarnation: number; tag: number } {
  return { tag: Math.floor(key / 0x1000_0000), nodeIndex: Math.floor(key / 0x1_0000) & 0xfff, incarnation: key & 0xffff };
}

export class SoDirectory {
  epoch = 1;
  private readonly membersByEpoch = new Map<number, readonly Member[]>();
  version = 1;
  private readonly owners = new Map<string, string>();
  /** version → owner of the object changed at that version (SO-6: each version has exactly one owner). */
  readonly mapLog: Array<{ version: number; object: string; owner: string }> = [];

  constructor(initialMembers: readonly Member[], initialOwners: ReadonlyMap<string, string>) {
    this.membersByEpoch.set(1, initialMembers);
    for (const [o, n] of initialOwners) this.owners.set(o, n);
  }

  members(epoch = this.epoch): readonly Member[] {
    return this.membersByEpoch.get(epoch) ?? [];
  }

  isMember(epoch: number, node: string, incarnation?: number): boolean {
    return this.members(epoch).some((m) => m.node === node && (incarnation === undefined || m.incarnation === incarnation));
  }

  newEpoch(members: readonly Member[]): number {
    this.epoch++;
    this.membersByEpoch.set(this.epoch, members);
    return this.epoch;
  }

  /** Takeover claims: a successor claims an object before fencing, so a recovering owner cannot race it. */
  private readonly claims = new Map<string, string>();

  claim(object: string, node: string): boolean {
    const holder = this.claims.get(object);
    if (holder !== undefined && holder !== node) return false;
    this.claims.set(object, node);
    return true;
  }

  releaseClaim(object: string, node: string): void {
    if (this.claims.get(object) === node) this.claims.delete(object);
  }

  claimedBy(object: string): string | undefined {
    return this.claims.get(object);
  }

  owner(object: string): string | undefined {
    return this.owners.get(object);
  }

  snapshotMap(): { version: number; owners: Map<string, string> } {
    return { version: this.version, owners: new Map(this.owners) };
  }

  compareAndSwap(expectedVersion: number, object: string, newOwner: string): CasResult {
    if (expectedVersion !== this.version) return { ok: false, version: this.version };
    this.version++;
    this.owners.set(object, newOwner);
    this.mapLog.push({ version: this.version, object, owner: newOwner });
    return { ok: true, version: this.version };
  }
}
