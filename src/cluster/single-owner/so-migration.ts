// Migration of one object S→D (DOMAIN §2.3): the source verifies cfgOK, offlines (stop admitting, drain,
// flush), compare-and-swaps the map, hands over; the destination PREEMPTs the source's key (never RELEASE then
// RESERVE), the source re-registers as shared, and the destination onlines and propagates the map.

import type { SoNode } from "./so-node.ts";
import { beginOwnership, flushNvlog } from "./so-ha.ts";
import type { SoMessage, SoOp } from "./so-types.ts";

export function startMigration(node: SoNode, op: SoOp): void {
  const fam = node.family;
  const o = op.object;
  const dst = op.target;
  if (dst === undefined || dst === node.node || node.state(o) !== "online" || fam.directory.owner(o) !== node.node)
    return fam.reply(op.id, false, { error: "not-owner" });
  if (!fam.cfgOK(dst, o)) return fam.reply(op.id, false, { error: "aborted: destination failed cfgOK" });
  const version = fam.directory.version;
  const cached = new Map(node.cache.get(o) ?? []);
  node.setState(o, "offlining"); // stop admitting; in-flight requests drain
  node.sendTo(fam.actorOf(dst), { t: "prepare", object: o, version: version + 1, owner: dst } satisfies SoMessage);
  whenDrained(node, o, () => {
    // The drain can outlast the source's quorum (stopAllIo already offlined o, and the partner may be taking
    // it over) or its ownership. Then the source must neither change the map nor put o back online.
    const claimant = fam.directory.claimedBy(o);
    if (!node.quorate || node.state(o) !== "offlining" || fam.directory.owner(o) !== node.node || (claimant !== undefined && claimant !== node.node)) {
      if (node.state(o) === "offlining") node.setState(o, "offline");
      return fam.reply(op.id, false, { error: "aborted: source lost quorum or ownership" });
    }
    const cas = fam.directory.compareAndSwap(fam.directory.version, o, dst);
    if (!cas.ok) {
      node.setState(o, "online");
      return fam.reply(op.id, false, { error: "aborted: map changed" });
    }
    node.staleCopy.set(o, cached);
    node.setState(o, "offline");
    node.sendTo(fam.actorOf(dst), { t: "handover", object: o, version: cas.version, opId: op.id } satisfies SoMessage);
  });
}

function whenDrained(node: SoNode, object: string, done: () => void): void {
  const poll = (): void => {
    if (node.state(object) !== "offlining") return done(); // aborted meanwhile (quorum loss): done() gives up
    const busy = (node.inflight.get(object) ?? 0) > 0 || node.nvlog.some((e) => e.object === object);
    if (!busy) return done();
    flushNvlog(node);
    node.afterTicks(2, poll);
  };
  poll();
}

/** The destination learns the prospective map. SO-M3 is here: it onlines on map receipt, before the drain. */
export function handlePrepare(node: SoNode, object: string, version: number, owner: string): void {
  if (owner !== node.node || !node.env_.bugs.has("SO-M3")) return;
  node.mapCache.set(object, node.node);
  node.mapVersion = Math.max(node.mapVersion, version);
  node.setState(object, "online");
}

export function handleHandover(node: SoNode, from: string, object: string, version: number, opId: number): void {
  const fam = node.family;
  const dev = fam.deviceOf(object);
  // The source compare-and-swapped the map to this node at `version`: from here on this node is the owner.
  if (fam.directory.owner(object) === node.node) beginOwnership(node, object, version);
  if (node.state(object) !== "online") node.setState(object, "onlining");
  node.ioTo(dev, { kind: "readReservation" }, (r) => {
    const holderKey = r.reservation?.reservation?.key;
    const action =
      holderKey === undefined || holderKey === node.key
        ? ({ kind: "RESERVE", rk: node.key, type: "WE-RO" } as const)
        : ({ kind: "PREEMPT", rk: node.key, sak: holderKey, type: "WE-RO" } as const);
    node.ioTo(dev, { kind: "prout", action }, (pr) => {
      // A quorum loss (stopAllIo) while the PREEMPT was in flight cancels the handover.
      const ok = pr.status === "GOOD" && fam.directory.owner(object) === node.node && node.quorate && node.state(object) !== "offline";
      if (!ok) {
        node.setState(object, "offline");
        return fam.reply(opId, false, { error: `handover failed: ${pr.status}` });
      }
      node.sendTo(from, { t: "reregister", object } satisfies SoMessage);
      node.mapVersion = Math.max(node.mapVersion, version);
      if (node.state(object) !== "online") node.setState(object, "online");
      fam.noteMounted(object, node.node, "migration");
      node.broadcastMap();
      fam.reply(opId, true, { value: fam.nodeIndex(node.node) });
    });
  });
}

/** The source re-registers as shared after the destination's PREEMPT removed its key. */
export function handleReregister(node: SoNode, _from: string, object: string): void {
  node.ioTo(node.family.deviceOf(object), { kind: "prout", action: { kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak: node.key } }, () => undefined);
}
