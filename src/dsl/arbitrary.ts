/**
 * fast-check arbitraries derived from a state domain: every value the schema admits, for property
 * tests (codec round trips, model-based tests of implementations).
 */
import fc from "fast-check";
import type { Domain } from "./domain.ts";
import { elementUniverse } from "./elements.ts";

export function toArbitrary(d: Domain): fc.Arbitrary<unknown> {
  switch (d.kind) {
    case "bool":
      return fc.boolean();
    case "int":
      return fc.integer({ min: d.min, max: d.max });
    case "enum":
      return fc.constantFrom(...d.values);
    case "id":
      return fc.constantFrom(...d.set.values);
    case "option":
      return fc.option(toArbitrary(d.inner), { nil: null });
    case "struct":
      return fc.record(Object.fromEntries(d.fields.map(([k, f]) => [k, toArbitrary(f)])));
    case "record":
      return fc.record(Object.fromEntries(d.keys.values.map((k) => [String(k), toArbitrary(d.value)])));
    case "set":
      return fc.subarray([...d.universe.values]).map((xs) => new Set(xs));
    case "setOf":
      return fc.subarray([...elementUniverse(d.elem).values]).map((xs) => new Set(xs));
    case "seq":
      return fc.array(toArbitrary(d.elem), { maxLength: d.maxLen });
    case "tuple":
      return fc.tuple(...d.elems.map(toArbitrary));
  }
}
