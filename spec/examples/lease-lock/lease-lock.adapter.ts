/**
 * The adapter joining ./lease-lock.cspec.ts to the system in ./lease-lock.ts — the only glue clusterspec needs.
 * `clusterspec generate` finds it beside the spec (same name, `.adapter.ts`) and emits a conformance suite;
 * `clusterspec conform spec/examples/lease-lock/lease-lock.cspec.ts --adapter spec/examples/lease-lock/lease-lock.adapter.ts`
 * runs the checks directly.
 *
 * The abstraction: the spec's state is the lock server's holder and last token, the token each client holds, and the
 * storage's newest accepted token and the token of its current value; the ghosts are never observed. Each spec action
 * is a client call (an operation, which may take effect later or not at all), except the lease timer, which the
 * system runs on its own (internal).
 */
import type { Adapter, SpecAction } from "../../../src/index.ts"; // in your project: from "clusterspec"
import { Rng } from "../../../src/index.ts";
import { LeaseLockSystem, type Outcome } from "./lease-lock.ts";
import type { Client, LockState } from "./lease-lock.cspec.ts";

const CLIENTS: readonly Client[] = ["c1", "c2"];
const T = 4;

/** What both sides show: the observable part of the spec state. */
export interface LockView {
  readonly holder: Client | null;
  readonly token: number;
  readonly held: Readonly<Record<Client, number | null>>;
  readonly highest: number;
  readonly valueToken: number;
}

export default function leaseLockAdapter(): Adapter<LockState, SpecAction, LockView> {
  let system = new LeaseLockSystem({ clients: CLIENTS, leaseTicks: 8, random: () => 0 });
  let rng = new Rng(1);
  let workload = false;
  let writes = 0;
  /** Calls in flight per client (one at a time), and those that returned since the last tick report. */
  const busy = new Set<Client>();
  let acquireInFlight = false;
  let finished: SpecAction[] = [];

  const call = (a: SpecAction, c: Client, run: (done: (o: Outcome) => void) => void): void => {
    busy.add(c);
    if (a.type === "Acquire") acquireInFlight = true;
    run(() => {
      busy.delete(c);
      if (a.type === "Acquire") acquireInFlight = false;
      finished.push(a);
    });
  };

  const perform = (a: SpecAction): void => {
    const c = a.c as Client;
    switch (a.type) {
      case "Acquire":
        return call(a, c, (done) => system.acquire(c, done));
      case "Release":
        return call(a, c, (done) => system.release(c, done));
      case "Write":
        return call(a, c, (done) => system.write(c, `w${++writes}`, done));
      case "Forget":
        system.forget(c);
        return void finished.push(a);
      default:
        throw new Error(`lease-lock adapter cannot drive ${a.type}`);
    }
  };

  /** The system's own workload: clients acquire, write (also long after their lease ran out), release or give up. */
  const chooseCalls = (): SpecAction[] => {
    const out: SpecAction[] = [];
    for (const c of CLIENTS) {
      if (busy.has(c) || !rng.chance(0.15)) continue;
      const token = system.held.get(c) ?? null;
      if (token === null) {
        // The server issues at most T tokens (the spec's bound): one acquire in flight at a time, and none past T.
        if (!acquireInFlight && system.server.lastToken < T && !out.some((a) => a.type === "Acquire")) out.push({ type: "Acquire", c });
      } else {
        const r = rng.next();
        if (r < 0.6) out.push({ type: "Write", c });
        else if (r < 0.8) out.push({ type: "Release", c });
        else if (system.server.holder !== c) out.push({ type: "Forget", c });
      }
    }
    return out;
  };

  return {
    spec: "lease-lock",
    params: { T },
    settleTicks: 5,
    actions: {
      Acquire: { kind: "operation", doc: "system.acquire(c): a request the server handles 1–3 ticks later (refused while the lock is held)" },
      Release: { kind: "operation", doc: "system.release(c): the server frees the lock if c still holds it; c drops its token" },
      Write: { kind: "operation", doc: "system.write(c, value) with the token c holds; the storage may reject it" },
      Forget: { kind: "operation", doc: "system.forget(c): the client drops its token (only while it is not the holder)" },
      Expire: { kind: "internal", doc: "the server's lease timer (leaseTicks after the grant)" },
    },
    fields: {
      holder: "system.server.holder",
      token: "system.server.lastToken",
      held: "system.held (per client)",
      highest: "system.storage.highestToken",
      valueToken: "system.storage.valueToken",
      regressed: "ghost: judged through valueToken (a stale write the storage accepts shows as valueToken < highest)",
      rejectedStale: "ghost: a rejected write changes nothing observable",
    },
    reset(seed, options) {
      rng = new Rng(seed);
      const delays = new Rng(seed + 1);
      system = new LeaseLockSystem({ clients: CLIENTS, leaseTicks: 8, random: () => delays.next(), storageIgnoresTokens: options.bugs?.includes("storage-ignores-tokens") });
      workload = options.workload;
      writes = 0;
      busy.clear();
      acquireInFlight = false;
      finished = [];
    },
    perform,
    tick() {
      const injected = workload ? chooseCalls() : [];
      for (const a of injected) perform(a);
      system.tick();
      const done = finished;
      finished = [];
      const over = system.server.lastToken >= T && system.server.holder === null && busy.size === 0;
      return { injected, finished: done, ...(over ? { more: false } : {}) };
    },
    observe: () => ({
      holder: system.server.holder as Client | null,
      token: system.server.lastToken,
      held: { c1: system.held.get("c1") ?? null, c2: system.held.get("c2") ?? null },
      highest: system.storage.highestToken,
      valueToken: system.storage.valueToken,
    }),
    project: (s) => ({ holder: s.holder, token: s.token, held: { ...s.held }, highest: s.highest, valueToken: s.valueToken }),
    describe: () => `new LeaseLockSystem({ clients: ["c1", "c2"], leaseTicks: 8 }) at tick ${system.now}`,
  };
}
