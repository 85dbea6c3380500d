// HA failover manager of a single-owner node: the NV log, mirroring to the partner over the interconnect,
// consistency-point flushes, resync, and replay (own log on recovery, the partner's mirror on takeover).

import { encodeValue } from "../block-device.ts";
import type { SoNode } from "./so-node.ts";
import type { InterconnectMessage, NvEntry } from "./so-types.ts";

/**
 * ack(op) only after the entry is in the local NV log and, while the interconnect is up, in the partner's mirror.
 *
 * Acknowledging from the local log alone is safe only when the partner's nvSynced is already false. An
 * interconnect outage tells both ends (the partner drops nvSynced), but the owner's own `mirroringUp` does not:
 * while a resync is under way, or after the owner restarted, the partner may count itself synced, or become so
 * when a resync snapshot taken before this entry arrives. So while the link is up every entry is mirrored, and
 * only a partner that does not answer within the mirror timeout (crashed, so its nvSynced is false, or paused,
 * so it applies the queued entry before anything else) lets the owner acknowledge locally.
 */
export function mirrorAndAck(node: SoNode, entry: NvEntry, done: (ok: boolean) => void): void {
  const fam = node.family;
  const partner = fam.partnerOf(node.node);
  if (!fam.interconnectUp(node.node, partner)) {
    node.mirroringUp = false; // the outage made the partner's nvSynced false: its mirror misses this entry
    return node.afterTicks(1, () => done(true));
  }
  let settled = false;
  node.pendingMirror.set(entry.seq, (ok) => {
    if (settled) return;
    settled = true;
    done(ok);
  });
  fam.interconnectSend(node.node, partner, { t: "mirror", entry });
  node.afterTicks(fam.config.mirrorTimeout, () => {
    if (settled) return;
    node.pendingMirror.delete(entry.seq);
    node.mirroringUp = false;
    settled = true;
    done(true);
  });
}

export function handleInterconnect(node: SoNode, from: string, m: InterconnectMessage): void {
  const fam = node.family;
  switch (m.t) {
    case "mirror": {
      // A partner that is taking over (or already owns) the object refuses further mirror writes for it.
      const refuse = node.takingOver.has(m.entry.object) || fam.directory.owner(m.entry.object) !== from;
      if (!refuse) node.mirror.push(m.entry);
      return fam.interconnectSend(node.node, from, { t: "mirror_ack", seq: m.entry.seq, ok: !refuse });
    }
    case "mirror_ack": {
      const cb = node.pendingMirror.get(m.seq);
      node.pendingMirror.delete(m.seq);
      if (cb !== undefined && !m.ok) node.stopAllIo();
      return cb?.(m.ok);
    }
    case "retire": {
      const retired = new Set(m.seqs);
      node.mirror = node.mirror.filter((e) => !(e.object === m.object && retired.has(e.seq)));
      return;
    }
    case "mirror_all":
      if (node.takingOver.size > 0 || m.link !== fam.interconnectGeneration(node.node, from)) return;
      // Only entries of objects the sender still owns: a resync sent before a takeover by this node can arrive
      // after it, carrying entries of the object taken over — kept, a later takeover would replay them over
      // newer blocks (SO-7).
      node.mirror = m.entries.filter((e) => fam.directory.owner(e.object) === from);
      node.partnerSynced = true;
      return fam.interconnectSend(node.node, from, { t: "mirror_all_ack", link: m.link });
    case "mirror_all_ack":
      if (m.link === fam.interconnectGeneration(node.node, from)) node.mirroringUp = true;
      return;
  }
}

/** Pushes the whole NV log to the partner; mirroring is up again once the partner acknowledges. */
export function resyncMirror(node: SoNode): void {
  const partner = node.family.partnerOf(node.node);
  if (!node.family.interconnectUp(node.node, partner)) return;
  const link = node.family.interconnectGeneration(node.node, partner);
  node.family.interconnectSend(node.node, partner, { t: "mirror_all", entries: [...node.nvlog], link });
}

/** The latest entry per block of `object`, in sequence order. */
function coalesce(entries: readonly NvEntry[], object: string): NvEntry[] {
  const latest = new Map<number, NvEntry>();
  for (const e of entries) if (e.object === object && (latest.get(e.block)?.seq ?? -1) < e.seq) latest.set(e.block, e);
  return [...latest.values()].sort((a, b) => a.seq - b.seq);
}

/** Writes entries to the object's device; `done(true)` iff every write completed GOOD. */
export function writeEntries(node: SoNode, object: string, entries: readonly NvEntry[], done: (ok: boolean) => void): void {
  if (entries.length === 0) return node.afterTicks(0, () => done(true));
  let left = entries.length;
  let allGood = true;
  for (const e of entries) {
    node.ioTo(node.family.deviceOf(object), { kind: "write", block: e.block, data: encodeValue(e.value, 8) }, (r) => {
      if (r.status !== "GOOD") allGood = false;
      if (--left === 0) done(allGood);
    });
  }
}

/** Consistency point: flush the NV log of every object this node serves, then retire it here and in the mirror. */
export function flushNvlog(node: SoNode): void {
  if (node.flushing || node.nvlog.length === 0 || !node.quorate) return;
  const ready = node.nvlog.filter((e) => !node.unacked.has(e.seq));
  const objects = [...new Set(ready.map((e) => e.object))].filter((o) => {
    const st = node.state(o);
    return st === "online" || st === "offlining";
  });
  if (objects.length === 0) return;
  node.flushing = true;
  let left = objects.length;
  for (const o of objects) {
    const batch = coalesce(ready, o);
    // Retire exactly the acknowledged entries this batch covers. Entries are acknowledged in log order, so the
    // ready entries are a prefix of the log and nothing older than a flushed entry is left to land after it.
    const covered = new Set(ready.filter((e) => e.object === o).map((e) => e.seq));
    writeEntries(node, o, batch, (ok) => {
      if (ok) {
        node.nvlog = node.nvlog.filter((e) => !covered.has(e.seq));
        node.family.interconnectSend(node.node, node.family.partnerOf(node.node), { t: "retire", object: o, seqs: [...covered] });
      } else node.stopAllIo(); // a RESERVATION CONFLICT means we were fenced
      if (--left === 0) node.flushing = false;
    });
  }
}

/** The directory still names this node owner after a restart or rejoin: reserve, replay its own log, online. */
export function recoverOwnedObject(node: SoNode, object: string): void {
  const fam = node.family;
  const claimant = fam.directory.claimedBy(object);
  if (claimant !== undefined && claimant !== node.node) return;
  if (node.state(object) !== "offline") return;
  node.setState(object, "onlining");
  const dev = fam.deviceOf(object);
  node.ioTo(dev, { kind: "readReservation" }, (r) => {
    const resv = r.status === "GOOD" ? r.reservation?.reservation : undefined;
    const proceed = (): void =>
      writeEntries(node, object, coalesce(node.nvlog, object), (ok) => {
        if (!ok || fam.directory.owner(object) !== node.node || !node.quorate || node.state(object) !== "onlining")
          return node.setState(object, "offline");
        // The replayed entries are on the device now: retire them here and in the partner's mirror.
        const replayed = node.nvlog.filter((e) => e.object === object).map((e) => e.seq);
        node.nvlog = node.nvlog.filter((e) => e.object !== object);
        fam.interconnectSend(node.node, fam.partnerOf(node.node), { t: "retire", object, seqs: replayed });
        node.setState(object, "online");
        fam.noteMounted(object, node.node, "recovery");
        node.broadcastMap();
      });
    if (resv === null) {
      return node.ioTo(dev, { kind: "prout", action: { kind: "RESERVE", rk: node.key, type: "WE-RO" } }, (rr) =>
        rr.status === "GOOD" ? proceed() : node.setState(object, "offline"),
      );
    }
    if (resv === undefined || resv.key !== node.key) return node.setState(object, "offline");
    proceed();
  });
}

/** Takeover step: replay the partner's mirrored entries of `object` after fencing it. */
export function replayMirror(node: SoNode, object: string, done: (ok: boolean) => void): void {
  writeEntries(node, object, coalesce(node.mirror, object), (ok) => {
    if (ok) node.mirror = node.mirror.filter((e) => e.object !== object);
    done(ok);
  });
}

/**
 * This node's ownership of `object` starts anew at map version `version` (a takeover, or a migration's handover).
 * Entries of the object still in its own NV log come from an earlier ownership that someone else ended: that
 * owner took the object over from the mirror, or flushed before migrating it, and may have written newer values
 * since. They are discarded here and in the partner's mirror (SO-8), never flushed or replayed over the newer
 * blocks; a node that has not yet noticed that it was taken over (it rejoined just before the takeover ended)
 * still holds such entries. Map versions only grow, so a repeated or delayed handover (a version not newer than
 * the current ownership's) starts nothing and drops nothing.
 */
export function beginOwnership(node: SoNode, object: string, version: number): void {
  if ((node.ownedSince.get(object) ?? 0) >= version) return;
  node.ownedSince.set(object, version);
  const stale = node.nvlog.filter((e) => e.object === object).map((e) => e.seq);
  if (stale.length === 0) return;
  node.nvlog = node.nvlog.filter((e) => e.object !== object);
  node.family.interconnectSend(node.node, node.family.partnerOf(node.node), { t: "retire", object, seqs: stale });
}

/** SO-8: entries of objects the directory gave to someone else are discarded, never replayed. */
export function discardLostObjects(node: SoNode): void {
  const dir = node.family.directory;
  node.nvlog = node.nvlog.filter((e) => dir.owner(e.object) === node.node);
}
