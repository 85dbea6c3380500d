/**
 * Symmetry reduction: every permutation of each declared interchangeable set acts on the leaf vector
 * (moving record entries and set members, renaming id values). A state's representative is the
 * lexicographically least image over the group, so symmetric states share one fingerprint.
 */
import { ClusterspecError } from "../core/errors.ts";
import type { Domain, Lit } from "../dsl/domain.ts";
import { elementUniverse, renameIds } from "../dsl/elements.ts";
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
  layout.leaves.forEach((leaf, i) => {
    const k = coordKey(leaf.coords, leaf.shape);
    if (index.has(k)) throw new Error(`symmetry: leaves ${layout.leaves[index.get(k)!]!.path} and ${leaf.path} share the key ${k}`);
    index.set(k, i);
  });
  const group: LeafPermutation[] = [];
  for (const combo of combos) {
    const isIdentity = Object.values(combo).every((p) => p.every((x, i) => x === i));
    if (isIdentity) continue;
    const dst = new Int32Array(layout.leaves.length);
    const values = layout.leaves.map((leaf, i) => {
      const coords = leaf.coords.map(([set, k]) => [set, set !== undefined && combo[set] ? combo[set]![k]! : k] as const);
      if (leaf.element) {
        // A member bit of a set of structured elements moves to the bit of the element with its ids renamed.
        const u = elementUniverse(leaf.element.domain);
        const image = u.indexOf(renameIds(leaf.element.domain, u.values[leaf.element.index], combo));
        coords[coords.length - 1] = [undefined, image];
      }
      dst[i] = index.get(coordKey(coords, leaf.shape))!;
      if (leaf.valueSet === undefined || !combo[leaf.valueSet]) return null;
      const p = combo[leaf.valueSet]!;
      const table = new Int32Array(leaf.card);
      for (let v = 0; v < leaf.card; v++) table[v] = v < leaf.valueOffset ? v : p[v - leaf.valueOffset]! + leaf.valueOffset;
      return table;
    });
    group.push({ dst, values });
  }
  const n = layout.leaves.length;
  // Renamed leaves that sit under a compound option: when the option is absent they hold a zero
  // placeholder, which is no element and must stay 0 (else one state is stored in two forms).
  const guarded = layout.leaves.flatMap((leaf, i) => (leaf.valueSet !== undefined && symmetric.includes(leaf.valueSet) && leaf.guards.length > 0 ? [i] : []));
  // Per guarded leaf: pairs (presence leaf, threshold) flattened; the leaf is real while every presence leaf is above its threshold.
  const guardsOf = guarded.map((i) => Int32Array.from(layout.leaves[i]!.guards.flat()));
  const absent = new Uint8Array(n);
  const cur = new Int32Array(n);
  const best = new Int32Array(n);
  const cand = new Int32Array(n);
  return (w, off) => {
    codec.unpack(w, off, cur);
    for (let k = 0; k < guarded.length; k++) {
      const gs = guardsOf[k]!;
      let gone = 0;
      for (let j = 0; j < gs.length; j += 2) if (cur[gs[j]!]! <= gs[j + 1]!) gone = 1;
      absent[guarded[k]!] = gone;
    }
    best.set(cur);
    let changed = false;
    for (let g = 0; g < group.length; g++) {
      const { dst, values } = group[g]!;
      for (let i = 0; i < n; i++) {
        const table = values[i];
        cand[dst[i]!] = table && absent[i] === 0 ? table[cur[i]!]! : cur[i]!;
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

/** Leaves are identified by their shape (the path without key values) and the key indices on the way. */
function coordKey(coords: ReadonlyArray<readonly [string | undefined, number]>, shape: string): string {
  return `${shape}|${coords.map(([s, k]) => `${s ?? ""}:${k}`).join(",")}`;
}

/**
 * Symmetry is sound only if every field holding elements of a permuted set is declared over that very set:
 * a field over a subset, superset or a literal list of its elements would not be permuted with it, and the
 * checker would merge states that are not symmetric. Fails with CS260 naming the field. (Only string
 * elements are audited: a number in a field may as well be a count or a value as an element.)
 */
export function auditSymmetry(root: Domain, sets: Readonly<Record<string, readonly Lit[]>>, symmetric: readonly string[], spec: string): void {
  if (symmetric.length === 0) return;
  const fail = (path: string, set: string, what: string): never => {
    throw new ClusterspecError({
      code: "CS260",
      message: `Field ${path} of spec ${spec} is ${what} that holds elements of symmetric set ${set} without being declared over ${set}, so symmetry cannot permute it.`,
      where: { spec, field: path, set },
      hint: [`Declare the field over the set itself (t.id(sets.${set}), t.record(sets.${set}, …), t.set(sets.${set})), or drop ${set} from symmetry.`],
    });
  };
  const check = (values: readonly Lit[], name: string | undefined, path: string, what: string) => {
    for (const s of symmetric) {
      if (name === s) continue;
      const members = new Set(sets[s]!);
      if (values.some((v) => typeof v === "string" && members.has(v))) fail(path, s, what);
    }
  };
  const walk = (d: Domain, path: string): void => {
    switch (d.kind) {
      case "enum":
        return check(d.values, undefined, path, "an enum");
      case "id":
        return check(d.set.values, d.set.name, path, "an id");
      case "option":
        return walk(d.inner, path);
      case "struct":
        for (const [k, f] of d.fields) walk(f, `${path}.${k}`);
        return;
      case "record":
        check(d.keys.values, d.keys.name, path, "a record");
        return walk(d.value, `${path}[*]`);
      case "set":
        return check(d.universe.values, d.universe.name, path, "a set");
      case "setOf":
        return walk(d.elem, `${path}{*}`);
      case "seq":
        return walk(d.elem, `${path}[*]`);
      case "tuple":
        d.elems.forEach((e, i) => walk(e, `${path}[${i}]`));
        return;
      default:
        return;
    }
  };
  walk(root, "state");
}
