// SCSI-3 persistent-reservation table (SPC-4 §5.13 subset) exactly as shared/DOMAIN.md §2.1 states it.
// Pure and synchronous: every PROUT action is atomic. The block device and the fencing code sit on top.

/** Reservation types we model. Type 5 (Write Exclusive – Registrants Only) is the default, as in fence_scsi. */
export type ReservationType = "WE-RO" | "EA-RO";
export const WRITE_EXCLUSIVE_REGISTRANTS_ONLY: ReservationType = "WE-RO";

/** An I_T nexus: which initiator (node) talks to the device through which path. */
export type Nexus = string;
/** A reservation key; 0 means "no key". */
export type ReservationKey = number;

export type PrStatus = "GOOD" | "RESERVATION_CONFLICT" | "ILLEGAL_REQUEST";

export type PrOutAction =
  | { readonly kind: "REGISTER"; readonly rk: ReservationKey; readonly sak: ReservationKey; readonly aptpl?: boolean }
  | { readonly kind: "REGISTER_AND_IGNORE_EXISTING_KEY"; readonly sak: ReservationKey; readonly aptpl?: boolean }
  | { readonly kind: "RESERVE"; readonly rk: ReservationKey; readonly type: ReservationType }
  | { readonly kind: "RELEASE"; readonly rk: ReservationKey; readonly type: ReservationType }
  | { readonly kind: "CLEAR"; readonly rk: ReservationKey }
  | { readonly kind: "PREEMPT"; readonly rk: ReservationKey; readonly sak: ReservationKey; readonly type: ReservationType }
  | { readonly kind: "PREEMPT_AND_ABORT"; readonly rk: ReservationKey; readonly sak: ReservationKey; readonly type: ReservationType }
  | { readonly kind: "REGISTER_AND_MOVE"; readonly rk: ReservationKey; readonly sak: ReservationKey; readonly target: Nexus; readonly type: ReservationType };

export interface PrOutResult {
  readonly status: PrStatus;
  /** Nexuses whose registration a PREEMPT (AND ABORT) removed; the device aborts their commands for the latter. */
  readonly preempted: readonly Nexus[];
  readonly abort: boolean;
}

export interface Reservation {
  readonly holder: Nexus;
  readonly type: ReservationType;
}

export interface ReadKeysResult {
  readonly generation: number;
  readonly keys: readonly ReservationKey[];
}

export interface ReadReservationResult {
  readonly generation: number;
  readonly reservation: { readonly key: ReservationKey; readonly type: ReservationType } | null;
}

const UINT32 = 0x1_0000_0000;
const ok = (preempted: readonly Nexus[] = [], abort = false): PrOutResult => ({ status: "GOOD", preempted, abort });
const fail = (status: PrStatus): PrOutResult => ({ status, preempted: [], abort: false });

/** The PR state of one logical unit: `regs: nexus→key`, `resv`, `gen` (PRgeneration, uint32) and `aptpl`. */
export class PersistentReservationTable {
  private readonly registrations = new Map<Nexus, ReservationKey>();
  private reservation: Reservation | null = null;
  private gen = 0;
  private aptpl = false;

  get generation(): number {
    return this.gen;
  }
  get persistThroughPowerLoss(): boolean {
    return this.aptpl;
  }
  keyOf(nexus: Nexus): ReservationKey | undefined {
    return this.registrations.get(nexus);
  }
  isRegistered(nexus: Nexus): boolean {
    return this.registrations.has(nexus);
  }
  currentReservation(): Reservation | null {
    return this.reservation;
  }
  registrationEntries(): ReadonlyArray<readonly [Nexus, ReservationKey]> {
    return [...this.registrations.entries()];
  }

  readKeys(): ReadKeysResult {
    return { generation: this.gen, keys: [...this.registrations.values()] };
  }

  readReservation(): ReadReservationResult {
    const r = this.reservation;
    if (r === null) return { generation: this.gen, reservation: null };
    return { generation: this.gen, reservation: { key: this.registrations.get(r.holder) ?? 0, type: r.type } };
  }

  /** Type 5 access rule: reads always pass; a write passes iff no reservation exists or the writer is registered. */
  mayWrite(nexus: Nexus): boolean {
    if (this.reservation === null) return true;
    if (this.reservation.type === "WE-RO" || this.reservation.type === "EA-RO") return this.registrations.has(nexus);
    return this.reservation.holder === nexus;
  }

  mayRead(nexus: Nexus): boolean {
    if (this.reservation?.type === "EA-RO") return this.registrations.has(nexus);
    return true;
  }

  persistentReserveOut(nexus: Nexus, action: PrOutAction): PrOutResult {
    switch (action.kind) {
      case "REGISTER":
      case "REGISTER_AND_IGNORE_EXISTING_KEY":
        return this.register(nexus, action);
      default:
        break;
    }
    // Any other PROUT from an unregistered nexus, or with a wrong reservation key, conflicts.
    const own = this.registrations.get(nexus);
    if (own === undefined || own !== action.rk) return fail("RESERVATION_CONFLICT");
    switch (action.kind) {
      case "RESERVE":
        return this.reserve(nexus, action.type);
      case "RELEASE":
        return this.release(nexus, action.type);
      case "CLEAR":
        this.registrations.clear();
        this.reservation = null;
        this.bump();
        return ok();
      case "PREEMPT":
        return this.preempt(nexus, action.sak, action.type, false);
      case "PREEMPT_AND_ABORT":
        return this.preempt(nexus, action.sak, action.type, true);
      case "REGISTER_AND_MOVE":
        return this.registerAndMove(nexus, action.sak, action.target, action.type);
    }
  }

  /** Power cycle: `gen` resets to 0; with APTPL=0 all registrations and the reservation are dropped too. */
  powerCycle(): void {
    this.gen = 0;
    if (!this.aptpl) {
      this.registrations.clear();
      this.reservation = null;
    }
  }

  private register(
    nexus: Nexus,
    action: Extract<PrOutAction, { kind: "REGISTER" | "REGISTER_AND_IGNORE_EXISTING_KEY" }>,
  ): PrOutResult {
    const own = this.registrations.get(nexus);
    const ignoreKey = action.kind === "REGISTER_AND_IGNORE_EXISTING_KEY";
    const rk = ignoreKey ? undefined : action.rk;
    if (own === undefined) {
      if (rk !== undefined && rk !== 0) return fail("RESERVATION_CONFLICT");
      if (action.sak === 0) return ok(); // no-op, and a no-op does not move gen
      this.registrations.set(nexus, action.sak);
    } else {
      if (rk !== undefined && rk !== own) return fail("RESERVATION_CONFLICT");
      if (action.sak === 0) this.unregister(nexus);
      else this.registrations.set(nexus, action.sak); // key change; reservation untouched
    }
    if (action.aptpl !== undefined) this.aptpl = action.aptpl;
    this.bump();
    return ok();
  }

  private reserve(nexus: Nexus, type: ReservationType): PrOutResult {
    if (this.reservation === null) {
      this.reservation = { holder: nexus, type };
      return ok();
    }
    if (this.reservation.holder === nexus && this.reservation.type === type) return ok();
    return fail("RESERVATION_CONFLICT");
  }

  private release(nexus: Nexus, type: ReservationType): PrOutResult {
    if (this.reservation === null || this.reservation.holder !== nexus) return ok();
    if (this.reservation.type !== type) return fail("ILLEGAL_REQUEST");
    this.reservation = null;
    return ok();
  }

  private preempt(nexus: Nexus, sak: ReservationKey, type: ReservationType, abort: boolean): PrOutResult {
    if (sak === 0) return fail("ILLEGAL_REQUEST");
    const holder = this.reservation?.holder;
    const holderKey = holder === undefined ? undefined : this.registrations.get(holder);
    const victims = [...this.registrations.entries()].filter(([n, k]) => k === sak && n !== nexus).map(([n]) => n);
    if (holderKey !== undefined && holderKey === sak) {
      for (const v of victims) this.registrations.delete(v);
      this.reservation = { holder: nexus, type };
      this.bump();
      return ok(victims, abort);
    }
    const matchesAny = [...this.registrations.values()].some((k) => k === sak);
    if (!matchesAny) return fail("RESERVATION_CONFLICT");
    for (const v of victims) this.unregister(v);
    this.bump();
    return ok(victims, abort);
  }

  private registerAndMove(nexus: Nexus, sak: ReservationKey, target: Nexus, type: ReservationType): PrOutResult {
    if (this.reservation?.holder !== nexus || sak === 0 || target === nexus) return fail("ILLEGAL_REQUEST");
    this.registrations.set(target, sak);
    this.reservation = { holder: target, type };
    this.registrations.delete(nexus);
    this.bump();
    return ok();
  }

  /** Automatic release: unregistering the holder releases the reservation. */
  private unregister(nexus: Nexus): void {
    this.registrations.delete(nexus);
    if (this.reservation?.holder === nexus) this.reservation = null;
  }

  private bump(): void {
    this.gen = (this.gen + 1) % UINT32;
  }
}
