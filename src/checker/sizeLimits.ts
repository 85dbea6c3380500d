/**
 * Sizes the checker enumerates up front — the symmetry group (every permutation of every symmetric set)
 * and each action's argument combinations — are known before anything is built. Past a budget they would
 * only end in V8's heap-out-of-memory after minutes, so they are a CS290 error at once, with the numbers.
 */
import { ClusterspecError } from "../core/errors.ts";

/** Permutations in the symmetry group (product of the sets' factorials): 9! is the most enumerated (each permutation is tried on every state, so more is unusable anyway). */
export const MAX_SYMMETRY_GROUP = 362_880;
/** Action instances (action × argument combinations) over the whole spec. */
export const MAX_ACTION_INSTANCES = 2_000_000;

type Base = { readonly name: string; readonly file?: string | undefined };
const where = (base: Base, extra: Record<string, string | number>) => ({ ...(base.file ? { file: base.file } : {}), spec: base.name, ...extra });
const big = (n: number) => (n < 1e6 ? n.toLocaleString("en-US") : n.toExponential(1).replace("e+", "e"));

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

export function checkSymmetrySize(base: Base, sets: Readonly<Record<string, readonly unknown[]>>, symmetric: readonly string[]): void {
  let group = 1;
  for (const name of symmetric) group *= factorial(sets[name]?.length ?? 0);
  if (group <= MAX_SYMMETRY_GROUP) return;
  const sizes = symmetric.map((s) => `${s} (${sets[s]?.length ?? 0} elements)`).join(", ");
  throw new ClusterspecError({
    code: "CS290",
    message: `Symmetry over ${sizes} in spec ${base.name} is a group of ${big(group)} permutations; the checker enumerates every one, and at most ${big(MAX_SYMMETRY_GROUP)} (9!) are practical.`,
    where: where(base, { symmetry: symmetric.join(", "), permutations: big(group) }),
    hint: "Make the symmetric sets smaller (fewer elements via --param), or drop `symmetry` for this run (--no-symmetry).",
  });
}

/** `combos` argument combinations of action `action` would make `total` instances in all. */
export function checkInstanceCount(base: Base, action: string, combos: number, total: number): void {
  if (total <= MAX_ACTION_INSTANCES) return;
  throw new ClusterspecError({
    code: "CS290",
    message: `Action ${action} of spec ${base.name} has ${big(combos)} argument combinations (${big(total)} action instances in all); the checker enumerates each one, and at most ${big(MAX_ACTION_INSTANCES)} fit in memory.`,
    where: where(base, { action, combinations: big(combos) }),
    hint: "Narrow the action's `over` domains (smaller sets or lists, or a function returning only the combinations that matter).",
  });
}
