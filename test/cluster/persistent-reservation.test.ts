// Pins every rule of shared/DOMAIN.md §2.1 on the reference device's PR table, including when `gen` moves.
import { describe, expect, it } from "vitest";
import { PersistentReservationTable, type PrOutAction } from "../../src/cluster/persistent-reservation.ts";
import { BlockDevice, decodeValue, encodeValue } from "../../src/cluster/block-device.ts";

const T = "WE-RO" as const;
const reg = (rk: number, sak: number, aptpl?: boolean): PrOutAction => ({ kind: "REGISTER", rk, sak, aptpl });
const regIgnore = (sak: number): PrOutAction => ({ kind: "REGISTER_AND_IGNORE_EXISTING_KEY", sak });
const reserve = (rk: number, type: "WE-RO" | "EA-RO" = T): PrOutAction => ({ kind: "RESERVE", rk, type });
const release = (rk: number, type: "WE-RO" | "EA-RO" = T): PrOutAction => ({ kind: "RELEASE", rk, type });
const preempt = (rk: number, sak: number): PrOutAction => ({ kind: "PREEMPT", rk, sak, type: T });
const preemptAbort = (rk: number, sak: number): PrOutAction => ({ kind: "PREEMPT_AND_ABORT", rk, sak, type: T });

function tableWith(...regs: Array<[string, number]>): PersistentReservationTable {
  const t = new PersistentReservationTable();
  for (const [n, k] of regs) expect(t.persistentReserveOut(n, reg(0, k)).status).toBe("GOOD");
  return t;
}

describe("persistent reservation table: REGISTER", () => {
  it("unregistered nexus with rk≠0 conflicts and gen stays", () => {
    const t = new PersistentReservationTable();
    expect(t.persistentReserveOut("a", reg(5, 7)).status).toBe("RESERVATION_CONFLICT");
    expect(t.generation).toBe(0);
    expect(t.isRegistered("a")).toBe(false);
  });
  it("unregistered nexus with sak=0 is a no-op that does not move gen", () => {
    const t = new PersistentReservationTable();
    expect(t.persistentReserveOut("a", reg(0, 0)).status).toBe("GOOD");
    expect(t.generation).toBe(0);
    expect(t.readKeys().keys).toEqual([]);
  });
  it("unregistered nexus registers and gen increments", () => {
    const t = new PersistentReservationTable();
    expect(t.persistentReserveOut("a", reg(0, 7)).status).toBe("GOOD");
    expect(t.readKeys()).toEqual({ generation: 1, keys: [7] });
  });
  it("registered nexus with a wrong rk conflicts, gen stays", () => {
    const t = tableWith(["a", 7]);
    expect(t.persistentReserveOut("a", reg(8, 9)).status).toBe("RESERVATION_CONFLICT");
    expect(t.keyOf("a")).toBe(7);
    expect(t.generation).toBe(1);
  });
  it("registered nexus with sak=0 unregisters, gen increments", () => {
    const t = tableWith(["a", 7]);
    expect(t.persistentReserveOut("a", reg(7, 0)).status).toBe("GOOD");
    expect(t.isRegistered("a")).toBe(false);
    expect(t.generation).toBe(2);
  });
  it("registered nexus changes its key and the reservation is untouched", () => {
    const t = tableWith(["a", 7]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("a", reg(7, 9)).status).toBe("GOOD");
    expect(t.readReservation()).toEqual({ generation: 2, reservation: { key: 9, type: T } });
  });
  it("REGISTER AND IGNORE EXISTING KEY ignores rk but otherwise behaves the same", () => {
    const t = tableWith(["a", 7]);
    expect(t.persistentReserveOut("a", regIgnore(9)).status).toBe("GOOD");
    expect(t.keyOf("a")).toBe(9);
    expect(t.persistentReserveOut("b", regIgnore(4)).status).toBe("GOOD");
    expect(t.persistentReserveOut("c", regIgnore(0)).status).toBe("GOOD");
    expect(t.isRegistered("c")).toBe(false);
    expect(t.generation).toBe(3);
    expect(t.persistentReserveOut("a", regIgnore(0)).status).toBe("GOOD");
    expect(t.isRegistered("a")).toBe(false);
    expect(t.generation).toBe(4);
  });
  it("unregistering the holder releases the reservation automatically", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    t.persistentReserveOut("a", reserve(7));
    t.persistentReserveOut("a", reg(7, 0));
    expect(t.currentReservation()).toBeNull();
    expect(t.keyOf("b")).toBe(8);
  });
});

describe("persistent reservation table: other PROUT from unregistered nexus or with a wrong key", () => {
  const actions: Array<[string, (rk: number) => PrOutAction]> = [
    ["RESERVE", (rk) => reserve(rk)],
    ["RELEASE", (rk) => release(rk)],
    ["CLEAR", (rk) => ({ kind: "CLEAR", rk })],
    ["PREEMPT", (rk) => preempt(rk, 7)],
    ["PREEMPT AND ABORT", (rk) => preemptAbort(rk, 7)],
  ];
  for (const [name, make] of actions) {
    it(`${name} conflicts and gen stays`, () => {
      const t = tableWith(["a", 7], ["b", 8]);
      expect(t.persistentReserveOut("z", make(0)).status).toBe("RESERVATION_CONFLICT");
      expect(t.persistentReserveOut("b", make(99)).status).toBe("RESERVATION_CONFLICT");
      expect(t.generation).toBe(2);
      expect(t.readKeys().keys).toEqual([7, 8]);
    });
  }
});

describe("persistent reservation table: RESERVE and RELEASE", () => {
  it("with no reservation the issuer becomes holder; gen does not move", () => {
    const t = tableWith(["a", 7]);
    expect(t.persistentReserveOut("a", reserve(7)).status).toBe("GOOD");
    expect(t.currentReservation()).toEqual({ holder: "a", type: T });
    expect(t.generation).toBe(1);
  });
  it("holder repeating its own type is a no-op; anything else conflicts", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("a", reserve(7)).status).toBe("GOOD");
    expect(t.persistentReserveOut("a", reserve(7, "EA-RO")).status).toBe("RESERVATION_CONFLICT");
    expect(t.persistentReserveOut("b", reserve(8)).status).toBe("RESERVATION_CONFLICT");
    expect(t.currentReservation()).toEqual({ holder: "a", type: T });
    expect(t.generation).toBe(2);
  });
  it("RELEASE with no reservation or from a non-holder does nothing", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    expect(t.persistentReserveOut("a", release(7)).status).toBe("GOOD");
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("b", release(8)).status).toBe("GOOD");
    expect(t.currentReservation()?.holder).toBe("a");
    expect(t.generation).toBe(2);
  });
  it("holder releasing with the wrong type gets ILLEGAL REQUEST", () => {
    const t = tableWith(["a", 7]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("a", release(7, "EA-RO")).status).toBe("ILLEGAL_REQUEST");
    expect(t.currentReservation()?.holder).toBe("a");
  });
  it("holder RELEASE drops the reservation, keeps registrations, and gen does not move", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("a", release(7)).status).toBe("GOOD");
    expect(t.currentReservation()).toBeNull();
    expect(t.readKeys()).toEqual({ generation: 2, keys: [7, 8] });
  });
});

describe("persistent reservation table: CLEAR and PREEMPT", () => {
  it("CLEAR removes everything and increments gen", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("b", { kind: "CLEAR", rk: 8 }).status).toBe("GOOD");
    expect(t.readKeys()).toEqual({ generation: 3, keys: [] });
    expect(t.currentReservation()).toBeNull();
  });
  it("PREEMPT of the holder's key drops every registration with it except the issuer's and reserves for the issuer", () => {
    const t = tableWith(["a", 7], ["b", 8], ["c", 7]);
    t.persistentReserveOut("a", reserve(7));
    const r = t.persistentReserveOut("b", preempt(8, 7));
    expect(r).toEqual({ status: "GOOD", preempted: ["a", "c"], abort: false });
    expect(t.currentReservation()).toEqual({ holder: "b", type: T });
    expect(t.readKeys()).toEqual({ generation: 4, keys: [8] });
  });
  it("PREEMPT by the issuer naming its own shared key keeps the issuer registered", () => {
    const t = tableWith(["a", 7], ["b", 7]);
    t.persistentReserveOut("a", reserve(7));
    t.persistentReserveOut("b", preempt(7, 7));
    expect(t.currentReservation()?.holder).toBe("b");
    expect(t.registrationEntries()).toEqual([["b", 7]]);
  });
  it("PREEMPT naming only non-holders drops those registrations only", () => {
    const t = tableWith(["a", 7], ["b", 8], ["c", 9]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("a", preempt(7, 9)).status).toBe("GOOD");
    expect(t.currentReservation()?.holder).toBe("a");
    expect(t.readKeys()).toEqual({ generation: 4, keys: [7, 8] });
  });
  it("PREEMPT naming non-holders with no reservation still drops them", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    expect(t.persistentReserveOut("a", preempt(7, 8)).status).toBe("GOOD");
    expect(t.currentReservation()).toBeNull();
    expect(t.readKeys().keys).toEqual([7]);
  });
  it("PREEMPT with a key matching nothing conflicts; gen stays", () => {
    const t = tableWith(["a", 7]);
    expect(t.persistentReserveOut("a", preempt(7, 42)).status).toBe("RESERVATION_CONFLICT");
    expect(t.generation).toBe(1);
  });
  it("PREEMPT with sak=0 is ILLEGAL REQUEST; gen stays", () => {
    const t = tableWith(["a", 7]);
    expect(t.persistentReserveOut("a", preempt(7, 0)).status).toBe("ILLEGAL_REQUEST");
    expect(t.persistentReserveOut("a", preemptAbort(7, 0)).status).toBe("ILLEGAL_REQUEST");
    expect(t.generation).toBe(1);
  });
  it("PREEMPT AND ABORT reports abort and increments gen", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("b", preemptAbort(8, 7))).toEqual({ status: "GOOD", preempted: ["a"], abort: true });
    expect(t.generation).toBe(3);
  });
  it("REGISTER AND MOVE increments gen", () => {
    const t = tableWith(["a", 7]);
    t.persistentReserveOut("a", reserve(7));
    expect(t.persistentReserveOut("a", { kind: "REGISTER_AND_MOVE", rk: 7, sak: 9, target: "b", type: T }).status).toBe("GOOD");
    expect(t.currentReservation()?.holder).toBe("b");
    expect(t.generation).toBe(2);
  });
  it("gen wraps as a uint32", () => {
    const t = new PersistentReservationTable();
    (t as unknown as { gen: number }).gen = 0xffff_ffff;
    t.persistentReserveOut("a", reg(0, 1));
    expect(t.generation).toBe(0);
  });
});

describe("persistent reservation table: WE-RO access and power cycle", () => {
  it("reads always pass; writes pass iff no reservation exists or the writer is registered", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    expect(t.mayWrite("z")).toBe(true);
    t.persistentReserveOut("a", reserve(7));
    expect(t.mayWrite("a")).toBe(true);
    expect(t.mayWrite("b")).toBe(true);
    expect(t.mayWrite("z")).toBe(false);
    expect(t.mayRead("z")).toBe(true);
  });
  it("without a reservation, removing a key fences nothing", () => {
    const t = tableWith(["a", 7], ["b", 8]);
    t.persistentReserveOut("a", preempt(7, 8));
    expect(t.mayWrite("b")).toBe(true);
  });
  it("power cycle with APTPL=0 drops registrations and reservation and resets gen", () => {
    const t = tableWith(["a", 7]);
    t.persistentReserveOut("a", reserve(7));
    t.powerCycle();
    expect(t.readKeys()).toEqual({ generation: 0, keys: [] });
    expect(t.currentReservation()).toBeNull();
  });
  it("power cycle with APTPL=1 keeps registrations and reservation but resets gen", () => {
    const t = new PersistentReservationTable();
    t.persistentReserveOut("a", reg(0, 7, true));
    t.persistentReserveOut("a", reserve(7));
    t.powerCycle();
    expect(t.readKeys()).toEqual({ generation: 0, keys: [7] });
    expect(t.currentReservation()?.holder).toBe("a");
  });
});

describe("block device", () => {
  const make = () => new BlockDevice({ id: "d", blockCount: 4, blockSize: 8 });
  it("writes and reads blocks", () => {
    const d = make();
    expect(d.execute("a", { kind: "write", block: 2, data: encodeValue(42, 8) }).status).toBe("GOOD");
    const r = d.execute("a", { kind: "read", block: 2 });
    expect(r.status === "GOOD" && r.data !== undefined && decodeValue(r.data)).toBe(42);
    expect(d.execute("a", { kind: "read", block: 9 }).status).toBe("ILLEGAL_REQUEST");
  });
  it("access is checked when a write is accepted; PREEMPT lets accepted writes run, PREEMPT AND ABORT aborts them", () => {
    for (const [kind, expected] of [["PREEMPT", 1], ["PREEMPT_AND_ABORT", 0]] as const) {
      const d = make();
      d.execute("a", { kind: "prout", action: reg(0, 7) });
      d.execute("a", { kind: "prout", action: reserve(7) });
      d.execute("b", { kind: "prout", action: reg(0, 8) });
      const held = d.accept("a", { kind: "write", block: 0, data: encodeValue(1, 8) });
      d.execute("b", { kind: "prout", action: { kind, rk: 8, sak: 7, type: T } });
      expect(d.execute("a", { kind: "write", block: 1, data: encodeValue(1, 8) }).status).toBe("RESERVATION_CONFLICT");
      d.complete(held);
      expect(decodeValue(d.readBlock(0))).toBe(expected);
    }
  });
  it("I/O errors fail commands on the failing block", () => {
    const d = make();
    d.setBlockError(1, true);
    expect(d.execute("a", { kind: "write", block: 1, data: encodeValue(3, 8) }).status).toBe("IO_ERROR");
    d.setBlockError(1, false);
    expect(d.execute("a", { kind: "write", block: 1, data: encodeValue(3, 8) }).status).toBe("GOOD");
  });
  it("power cycle loses outstanding commands", () => {
    const d = make();
    const t = d.accept("a", { kind: "write", block: 0, data: encodeValue(5, 8) });
    d.powerCycle();
    expect(d.complete(t).status).toBe("ABORTED");
    expect(decodeValue(d.readBlock(0))).toBe(0);
  });
});
