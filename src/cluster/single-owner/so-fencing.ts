// Defend and challenge arbitration over the PR table (DOMAIN §2.3): the owner scrubs keys that are invalid
// for the current epoch and self-fences when it is no longer the holder; a quorate successor challenges and
// fences a departed owner with PREEMPT AND ABORT before taking the object over.

import type { PrOutAction } from "../persistent-reservation.ts";
import { decodeKey } from "./so-directory.ts";
import { beginOwnership, replayMirror } from "./so-ha.ts";
import type { SoNode } from "./so-node.ts";

/** The fencing command. SO-M1 is exactly here: plain PREEMPT lets the victim's accepted writes still land. */
function fenceAction(node: SoNode, victimKey: number): PrOutAction {
  const kind = node.env_.bugs.has("SO-M1") ? "PREEMPT" : "PREEMPT_AND_ABORT";
  return { kind, rk: node.key, sak: victimKey, type: "WE-RO" };
}

/** Is `key` valid for the node's current epoch? SO-M2 lives here: previous epoch, incarnation ignored. */
function keyIsValid(node: SoNode, key: number): boolean {
  const { nodeIndex, incarnation } = decodeKey(key);
  const fam = node.family;
  const name = `N${nodeIndex}`;
  if (node.env_.bugs.has("SO-M2")) return fam.directory.isMember(Math.max(1, node.epoch - 1), name);
  return node.members.some((m) => m.node === name && m.incarnation === incarnation);
}

/** One defend pass on `object`: READ KEYS, PREEMPT AND ABORT invalid keys, READ RESERVATION, self-fence if lost. */
export function defendObject(node: SoNode, object: string): void {
  const dev = node.family.deviceOf(object);
  const epoch = node.epoch;
  node.ioTo(dev, { kind: "readKeys" }, (r) => {
    if (r.status !== "GOOD" || r.keys === undefined) return;
    const invalid = [...new Set(r.keys.keys)].filter((k) => k !== node.key && !keyIsValid(node, k));
    let left = invalid.length;
    const check = (): void =>
      node.ioTo(dev, { kind: "readReservation" }, (rr) => {
        if (rr.status !== "GOOD") return;
        const resv = rr.reservation?.reservation;
        // No reservation at all (a power cycle with APTPL=0): the owner re-registers and reserves again.
        if (resv === null) {
          return node.ioTo(dev, { kind: "prout", action: { kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak: node.key } }, () =>
            node.ioTo(dev, { kind: "prout", action: { kind: "RESERVE", rk: node.key, type: "WE-RO" } }, (p) => p.status !== "GOOD" && node.stopAllIo()),
          );
        }
        if (resv?.key !== node.key) return node.stopAllIo();
        if (node.epoch === epoch && node.defendedEpoch.get(object) !== epoch) {
          node.defendedEpoch.set(object, epoch);
          node.family.noteDefended(object, epoch);
        }
      });
    if (left === 0) return check();
    for (const k of invalid) node.ioTo(dev, { kind: "prout", action: fenceAction(node, k) }, () => --left === 0 && check());
  });
}

/**
 * Called on every epoch: if the directory's owner of `object` left the epoch and this node is its HA partner,
 * take the object over — only when failover is enabled (partner ready and nvSynced).
 */
export function takeOverIfSuccessor(node: SoNode, object: string): void {
  const fam = node.family;
  const owner = fam.directory.owner(object);
  if (owner === undefined || owner === node.node || !node.quorate) return;
  if (node.members.some((m) => m.node === owner)) return;
  if (fam.partnerOf(owner) !== node.node || node.takingOver.has(object)) return;
  // SO-M5: the real bug skips this check and takes over with a mirror that misses acknowledged entries.
  if (!node.partnerSynced && !node.env_.bugs.has("SO-M5")) return;
  if (!fam.directory.claim(object, node.node)) return;
  node.takingOver.add(object);
  challenge(node, object, owner);
}

function backOff(node: SoNode, object: string): void {
  node.takingOver.delete(object);
  node.family.directory.releaseClaim(object, node.node);
  node.afterTicks(node.family.config.challengeWait, () => takeOverIfSuccessor(node, object));
}

/** challenge: register, wait W, back off if our key is gone, else fence the holder, replay, CAS the map, online. */
function challenge(node: SoNode, object: string, owner: string): void {
  const fam = node.family;
  const dev = fam.deviceOf(object);
  node.ioTo(dev, { kind: "prout", action: { kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak: node.key } }, () =>
    node.afterTicks(fam.config.challengeWait, () =>
      node.ioTo(dev, { kind: "readKeys" }, (r) => {
        if (!node.quorate || r.keys === undefined || !r.keys.keys.includes(node.key)) return backOff(node, object);
        if (fam.directory.isMember(fam.directory.epoch, owner)) return backOff(node, object);
        node.ioTo(dev, { kind: "readReservation" }, (rr) => {
          const holderKey = rr.reservation?.reservation?.key;
          const action: PrOutAction =
            holderKey === undefined || holderKey === node.key ? { kind: "RESERVE", rk: node.key, type: "WE-RO" } : fenceAction(node, holderKey);
          node.ioTo(dev, { kind: "prout", action }, (pr) => {
            if (pr.status !== "GOOD") return backOff(node, object);
            replayMirror(node, object, (ok) => {
              const cas = ok && node.quorate ? fam.directory.compareAndSwap(fam.directory.version, object, node.node) : ({ ok: false, version: fam.directory.version } as const);
              node.takingOver.delete(object);
              fam.directory.releaseClaim(object, node.node);
              if (!cas.ok || !node.quorate) return;
              beginOwnership(node, object, cas.version);
              node.setState(object, "online");
              fam.noteMounted(object, node.node, "takeover");
              node.broadcastMap();
            });
          });
        });
      }),
    ),
  );
}
