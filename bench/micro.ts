/**
 * benny micro-benchmarks of the checker's hot path on the PR-ownership model: encoding a state,
 * fingerprinting it, and expanding one state (guards, applies, encodes, fingerprints, lookups).
 */
import b from "benny";
import { compileModel } from "../src/checker/model.ts";
import { fingerprint } from "../src/checker/fingerprint.ts";
import { Shard } from "../src/checker/shard.ts";
import prOwnership from "./specs/pr-ownership.cspec.ts";

export async function runMicro(): Promise<void> {
  const model = compileModel(prOwnership, { params: { N: 4, B: 5, V: 4 } });
  const s = model.initStates[0];
  const w = new Uint32Array(model.words);
  let sink = 0;
  const shard = new Shard(model, 0, 1);
  await b.suite(
    "checker hot path (pr-ownership N=4,B=5,V=4)",
    b.add("encode one state", () => {
      model.codec.encode(s, w, 0);
      sink ^= w[0]!;
    }),
    b.add("fingerprint one state", () => {
      sink ^= fingerprint(w, 0, model.words);
    }),
    b.add("decode one state", () => {
      sink ^= model.codec.decode(w, 0).holder === null ? 1 : 0;
    }),
    b.add("expand the initial state", () => {
      shard.expandState(s, 0, false, w, 0);
      sink ^= shard.generated;
    }),
    b.cycle(),
    b.complete(),
  );
  if (sink === 0.5) console.log("unreachable");
  if (shard.generated === 0) throw new Error("micro-benchmark measured nothing: no successors generated");
}
