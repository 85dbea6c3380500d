/**
 * A small lease lock with fencing tokens — the kind of service a user brings to clusterspec (this file knows nothing
 * about clusterspec). A lock server grants a time-bounded lease and a strictly increasing fencing token; clients send
 * writes to a storage service with the token they hold; the storage rejects any write whose token is older than the
 * newest it has accepted, so a client that lost its lease while paused (GC, swap, a slow network) cannot clobber the
 * data of the next holder (Kleppmann, "How to do distributed locking", 2016).
 *
 * Everything runs on a logical clock: requests travel as messages delivered 1–3 ticks later (the delay drawn from a
 * seeded random source), leases expire when the clock passes them.
 */

export type ClientId = string;

export interface LeaseLockOptions {
  readonly clients: readonly ClientId[];
  /** Ticks a lease lasts. */
  readonly leaseTicks: number;
  /** Random source in [0, 1) for message delays (pass a seeded one for reproducible runs). */
  readonly random: () => number;
  /** A deliberately broken storage that ignores fencing tokens (to show that conformance catches it). */
  readonly storageIgnoresTokens?: boolean;
}

/** The lock server: one holder at a time, a lease that expires, a token bumped on every grant. */
export class LockServer {
  holder: ClientId | null = null;
  expiresAt = 0;
  lastToken = 0;

  acquire(client: ClientId, now: number, leaseTicks: number): number | null {
    if (this.holder !== null) return null;
    this.holder = client;
    this.expiresAt = now + leaseTicks;
    return ++this.lastToken;
  }

  release(client: ClientId, token: number): boolean {
    if (this.holder !== client || token !== this.lastToken) return false;
    this.holder = null;
    return true;
  }

  /** The lease timer. */
  expire(now: number): void {
    if (this.holder !== null && now >= this.expiresAt) this.holder = null;
  }
}

/** The storage service: accepts a write only with a token at least as new as the newest it has accepted. */
export class FencedStorage {
  highestToken = 0;
  value: string | null = null;
  /** The token the current value was written with (kept beside the value, as versioned stores do). */
  valueToken = 0;
  constructor(private readonly ignoreTokens: boolean) {}

  write(token: number, value: string): boolean {
    if (!this.ignoreTokens && token < this.highestToken) return false;
    this.highestToken = Math.max(this.highestToken, token);
    this.value = value;
    this.valueToken = token;
    return true;
  }
}

type Request =
  | { readonly kind: "acquire"; readonly client: ClientId }
  | { readonly kind: "release"; readonly client: ClientId; readonly token: number }
  | { readonly kind: "write"; readonly client: ClientId; readonly token: number; readonly value: string };

export type Outcome = { readonly ok: boolean; readonly token?: number };

/** The whole deployment: server, storage, the clients' view of the token they hold, and the message queue. */
export class LeaseLockSystem {
  readonly server = new LockServer();
  readonly storage: FencedStorage;
  /** The token each client believes it holds (null: none). */
  readonly held = new Map<ClientId, number | null>();
  now = 0;
  private queue: { at: number; request: Request; done: (o: Outcome) => void }[] = [];

  constructor(readonly options: LeaseLockOptions) {
    this.storage = new FencedStorage(options.storageIgnoresTokens ?? false);
    for (const c of options.clients) this.held.set(c, null);
  }

  /** Client c asks for the lock; on a grant it remembers the token. */
  acquire(client: ClientId, done: (o: Outcome) => void = () => {}): void {
    this.send({ kind: "acquire", client }, done);
  }

  /** Client c gives the lock back; it drops its token when the server has handled the release. */
  release(client: ClientId, done: (o: Outcome) => void = () => {}): void {
    const token = this.held.get(client);
    if (token == null) return done({ ok: false });
    this.send({ kind: "release", client, token }, done);
  }

  /** Client c writes with the token it holds (it may have lost the lease without knowing). */
  write(client: ClientId, value: string, done: (o: Outcome) => void = () => {}): void {
    const token = this.held.get(client);
    if (token == null) return done({ ok: false });
    this.send({ kind: "write", client, token, value }, done);
  }

  /** Client c notices its lease must have run out and drops its token. */
  forget(client: ClientId): void {
    this.held.set(client, null);
  }

  /** One tick: the lease timer, then every message due now. */
  tick(): void {
    this.now++;
    this.server.expire(this.now);
    const due = this.queue.filter((m) => m.at <= this.now);
    this.queue = this.queue.filter((m) => m.at > this.now);
    for (const m of due) m.done(this.deliver(m.request));
  }

  inFlight(): number {
    return this.queue.length;
  }

  private send(request: Request, done: (o: Outcome) => void): void {
    this.queue.push({ at: this.now + 1 + Math.floor(this.options.random() * 3), request, done });
  }

  private deliver(r: Request): Outcome {
    switch (r.kind) {
      case "acquire": {
        const token = this.server.acquire(r.client, this.now, this.options.leaseTicks);
        if (token !== null) this.held.set(r.client, token);
        return token === null ? { ok: false } : { ok: true, token };
      }
      case "release":
        this.held.set(r.client, null);
        return { ok: this.server.release(r.client, r.token) };
      case "write":
        return { ok: this.storage.write(r.token, r.value) };
    }
  }
}
