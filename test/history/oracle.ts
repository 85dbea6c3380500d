// The brute-force oracle for the laws: tries every order of the operations (and every choice of which
// unknown-outcome operations took effect) that respects real time, and replays each on a register.
import type { Spec } from "./build.ts";

export function bruteForceLinearizable(specs: readonly Spec[]): boolean {
  const ops = specs.filter((s) => s.outcome !== "fail" && !(s.op === "read" && (s.end === null || s.outcome === "timeout")));
  const end = (s: Spec): number => (s.end === null || s.outcome === "timeout" ? Infinity : s.end);
  const mandatory = ops.filter((s) => end(s) !== Infinity).length;
  const used = new Array<boolean>(ops.length).fill(false);
  const go = (state: number | string, placed: number, mandatoryPlaced: number): boolean => {
    if (mandatoryPlaced === mandatory) return true; // the unknown ones left never took effect
    for (let i = 0; i < ops.length; i++) {
      if (used[i]) continue;
      const o = ops[i];
      // real time: nothing still unplaced may have returned before o was invoked
      if (ops.some((p, j) => !used[j] && j !== i && end(p) < o.at)) continue;
      let next: number | string;
      if (o.op === "read") { if (o.value !== state) continue; next = state; }
      else if (o.op === "write") next = o.value;
      else { if (o.expect !== state) continue; next = o.value; }
      used[i] = true;
      const ok = go(next, placed + 1, mandatoryPlaced + (end(o) === Infinity ? 0 : 1));
      used[i] = false;
      if (ok) return true;
    }
    return false;
  };
  return go(0, 0, 0);
}
