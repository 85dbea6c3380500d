// Test helper: does a counterexample's action list contain `ys` in order (other steps may sit between)?
export function subsequence(xs: readonly (string | null)[], ys: readonly string[]): boolean {
  let i = 0;
  for (const x of xs) if (x === ys[i]) i++;
  return i === ys.length;
}
