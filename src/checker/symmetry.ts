/**
 * Symmetry reduction: every permutation of each declared interchangeable set acts on the leaf vector
 * (moving record entries and set members, renaming id values). A state's representative is the
 * lexicographically least image over the group, so symmetric states share one fingerprint.
 */
import type { Lit } from "../dsl/domain.ts";
import type { Codec, Layout } from "./layout.ts";

interface LeafPermutation {
  /** dst[i]: where leaf i goes. */
  readonly dst: Int32Array;
  /** Per leaf, a value renaming table, or null when the value is not an element of a permuted set. */
  readonly values: ReadonlyArray<Int32Array | null>;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1))
    for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

export function makeCanonicalizer(
  layout: Layout,
  codec: Codec,
  sets: Readonly<Record<string, readonly Lit[]>>,
  symmetric: readonly string[],
): ((w: Uint32Array, off: number) => void) | null {
  if (symmetric.length === 0) return null;
  // All combinations of one permutation per symmetric set.
  let combos: Array<Record<string, number[]>> = [{}];
  for (const name of symmetric) {
    const perms = permutations(sets[name]!.length);
    combos = combos.flatMap((c) => perms.map((p) => ({ ...c, [name]: p })));
  }
  const index = new Map<string, number>();
  layout.leaves.forEach((leaf, i) => index.set(coordKey(leaf.coords, leaf.path), i));
  const group: LeafPermutation[] = [];
  for (const combo of combos) {
    const isIdentity = Object.values(combo).every((p) => p.every((x, i) => x === i));
    if (isIdentity) continue;
    const dst = new Int32Array(layout.leaves.length);
    const values = layout.leaves.map((leaf, i) => {
      const coords = leaf.coords.map(([set, k]) => [set, set !== undefined && combo[set] ? combo[set]![k]! : k] as const);
      dst[i] = index.get(coordKey(coords, leaf.path))!;
      if (leaf.valueSet === undefined || !combo[leaf.valueSet]) return null;
      const p = combo[leaf.valueSet]!;
      const table = new Int32Array(leaf.card);
      for (let v = 0; v < leaf.card; v++) table[v] = v < leaf.valueOffset ? v : p[v - leaf.valueOffset]! + leaf.valueOffset;
      return table;
    });
    group.push({ dst, values });
  }
  const n = layout.leaves.length;
  const cur = new Int32Array(n);
  const best = new Int32Array(n);
  const cand = new Int32Array(n);
  return (w, off) => {
    codec.unpack(w, off, cur);
    best.set(cur);
    let changed = false;
    for (let g = 0; g < group.length; g++) {
      const { dst, values } = group[g]!;
      for (let i = 0; i < n; i++) {
        const table = values[i];
        cand[dst[i]!] = table ? table[cur[i]!]! : cur[i]!;
      }
      for (let i = 0; i < n; i++) {
        if (cand[i]! !== best[i]!) {
          if (cand[i]! < best[i]!) {
            best.set(cand);
            changed = true;
          }
          break;
        }
      }
    }
    if (changed) codec.pack(best, w, off);
  };
}

/** Leaves are identified by their path with symmetric key positions replaced by indices. */
function coordKey(coords: ReadonlyArray<readonly [string | undefined, number]>, path: string): string {
  // The path's bracketed keys vary with coordinates; strip them and append the coordinate indices.
  return `${path.replace(/\[[^\]]*\]|\{[^}]*\}/g, "[]")}|${coords.map(([s, k]) => `${s ?? ""}:${k}`).join(",")}`;
}
