// The storage network: routes node commands to shared block devices with latency drawn from the Chooser, and
// injects the storage faults — path loss, device unavailable, slow I/O (accepted commands completing late).

import type { BlockDevice, DeviceCommand, DeviceResult } from "./block-device.ts";
import type { Simulation } from "./simulation.ts";

export class StorageNetwork {
  private readonly devices = new Map<string, BlockDevice>();
  private readonly lostPaths = new Set<string>();
  private readonly unavailable = new Set<string>();
  private readonly slow = new Map<string, number>();
  /** Latency of accept and of completion, each base + random spread. */
  baseLatency = 1;
  latencySpread = 1;
  commands = 0;
  private readonly inFlightCount = new Map<string, number>();
  private readonly inFlightByNode = new Map<string, number>();

  /** Commands submitted to `deviceId` whose response has not been delivered yet. */
  inFlight(deviceId: string): number {
    return this.inFlightCount.get(deviceId) ?? 0;
  }

  /** The same, counting only the commands `node` submitted. */
  inFlightFrom(node: string, deviceId: string): number {
    return this.inFlightByNode.get(`${node}>${deviceId}`) ?? 0;
  }

  constructor(private readonly sim: Simulation) {}

  add(device: BlockDevice): BlockDevice {
    this.devices.set(device.id, device);
    return device;
  }

  device(id: string): BlockDevice {
    const d = this.devices.get(id);
    if (d === undefined) throw new Error(`unknown device ${id}`);
    return d;
  }

  allDevices(): BlockDevice[] {
    return [...this.devices.values()];
  }

  setPathLost(node: string, deviceId: string | "*", lost: boolean): void {
    const key = `${node}>${deviceId}`;
    if (lost) this.lostPaths.add(key);
    else this.lostPaths.delete(key);
  }

  hasPath(node: string, deviceId: string): boolean {
    return !this.unavailable.has(deviceId) && !this.lostPaths.has(`${node}>${deviceId}`) && !this.lostPaths.has(`${node}>*`);
  }

  setUnavailable(deviceId: string, unavailable: boolean): void {
    if (unavailable) this.unavailable.add(deviceId);
    else this.unavailable.delete(deviceId);
  }

  /**
   * Commands accepted by `deviceId` (from `node` only, if given) while slow complete `extraTicks` later;
   * 0 ends the slow period. Data moves at completion, so a slow write is "held" in the device.
   */
  setSlow(deviceId: string, extraTicks: number, node?: string): void {
    const key = `${node ?? "*"}>${deviceId}`;
    if (extraTicks <= 0) this.slow.delete(key);
    else this.slow.set(key, extraTicks);
  }

  /**
   * Sends `command` from `node` to `deviceId`; `onDone` runs when the response arrives. The device acts on the
   * command at acceptance even if the sender crashes meanwhile — the response is then simply not delivered.
   */
  submit(node: string, deviceId: string, command: DeviceCommand, onDone: (result: DeviceResult) => void): void {
    this.commands++;
    const device = this.device(deviceId);
    this.inFlightCount.set(deviceId, this.inFlight(deviceId) + 1);
    const byNode = `${node}>${deviceId}`;
    this.inFlightByNode.set(byNode, this.inFlightFrom(node, deviceId) + 1);
    const done = (r: DeviceResult): void => {
      this.inFlightCount.set(deviceId, this.inFlight(deviceId) - 1);
      this.inFlightByNode.set(byNode, this.inFlightFrom(node, deviceId) - 1);
      onDone(r);
    };
    this.sim.schedule(this.baseLatency + this.sim.jitter(this.latencySpread), () => {
      if (!this.hasPath(node, deviceId)) {
        done({ status: "UNAVAILABLE" });
        return;
      }
      const ticket = device.accept(node, command);
      const extra = this.slow.size === 0 ? 0 : (this.slow.get(`${node}>${deviceId}`) ?? this.slow.get(`*>${deviceId}`) ?? 0);
      this.sim.schedule(this.baseLatency + extra + this.sim.jitter(this.latencySpread), () => done(device.complete(ticket)));
    });
  }
}
