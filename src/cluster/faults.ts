// Faults as explicit, serialisable events, and the names the CLI accepts for random fault injection.

export type Fault =
  | { readonly kind: "crash"; readonly node: string }
  | { readonly kind: "restart"; readonly node: string }
  | { readonly kind: "partition"; readonly groups: readonly (readonly string[])[] }
  | { readonly kind: "heal" }
  | { readonly kind: "pause"; readonly node: string; readonly ticks: number }
  | { readonly kind: "slowIO"; readonly device: string; readonly ticks: number; readonly node?: string }
  | { readonly kind: "deviceUnavailable"; readonly device: string; readonly unavailable: boolean }
  | { readonly kind: "powerCycle"; readonly device: string }
  | { readonly kind: "pathLoss"; readonly node: string; readonly device: string; readonly lost: boolean }
  | { readonly kind: "interconnect"; readonly a: string; readonly b: string; readonly up: boolean }
  | { readonly kind: "messageFaults"; readonly lossPerMille: number; readonly duplicatePerMille: number; readonly delaySpread: number }
  | { readonly kind: "trackerReset" };

/** Fault classes a workload can inject at random (each with its own later recovery). */
export const FAULT_CLASSES = [
  "crash", "partition", "pause", "slowIO", "loss", "duplicate", "delay", "deviceLoss", "powerCycle", "pathLoss", "interconnect", "trackerReset",
] as const;

export type FaultClass = (typeof FAULT_CLASSES)[number];

export function isFaultClass(name: string): name is FaultClass {
  return (FAULT_CLASSES as readonly string[]).includes(name);
}

export function describeFault(f: Fault): string {
  switch (f.kind) {
    case "crash":
    case "restart":
      return `${f.kind} ${f.node}`;
    case "partition":
      return `partition ${f.groups.map((g) => `{${g.join(",")}}`).join(" ")}`;
    case "heal":
    case "trackerReset":
      return f.kind;
    case "pause":
      return `pause ${f.node} for ${f.ticks}`;
    case "slowIO":
      return `slowIO ${f.device}${f.node === undefined ? "" : ` from ${f.node}`} +${f.ticks}`;
    case "deviceUnavailable":
      return `${f.device} ${f.unavailable ? "unavailable" : "available"}`;
    case "powerCycle":
      return `powerCycle ${f.device}`;
    case "pathLoss":
      return `${f.node} ${f.lost ? "loses" : "regains"} its path to ${f.device}`;
    case "interconnect":
      return `interconnect ${f.a}~${f.b} ${f.up ? "up" : "down"}`;
    case "messageFaults":
      return `messages: loss ${f.lossPerMille}‰ dup ${f.duplicatePerMille}‰ spread ${f.delaySpread}`;
  }
}
