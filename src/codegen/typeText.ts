/**
 * TypeScript types from the schema's domain: literal unions for enums, ids and small integer ranges,
 * `ReadonlySet` of the element union, records keyed by the id union. Named sets become type aliases.
 */
import type { Domain, Lit, SetRef } from "../dsl/domain.ts";

export const litText = (v: Lit | null): string => (typeof v === "string" ? JSON.stringify(v) : String(v));

const union = (values: readonly (Lit | null)[]): string => (values.length === 0 ? "never" : values.map(litText).join(" | "));

/** `Node` for a named set (an alias the machine declares), the literal union otherwise. */
export function setType(ref: SetRef, aliases: ReadonlyMap<string, string>): string {
  return (ref.name && aliases.get(ref.name)) ?? union(ref.values);
}

const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));

export function typeText(d: Domain, aliases: ReadonlyMap<string, string>): string {
  switch (d.kind) {
    case "bool":
      return "boolean";
    case "int":
      return d.max - d.min < 64 ? union(Array.from({ length: d.max - d.min + 1 }, (_, i) => d.min + i)) : "number";
    case "enum":
      return union(d.values);
    case "id":
      return setType(d.set, aliases);
    case "option":
      return `${typeText(d.inner, aliases)} | null`;
    case "struct":
      return `{ ${d.fields.map(([k, f]) => `readonly ${key(k)}: ${typeText(f, aliases)}`).join("; ")} }`;
    case "record":
      return `{ readonly [K in ${setType(d.keys, aliases)}]: ${typeText(d.value, aliases)} }`;
    case "set":
      return `ReadonlySet<${setType(d.universe, aliases)}>`;
    case "setOf":
      return `ReadonlySet<${typeText(d.elem, aliases)}>`;
    case "seq": {
      const e = typeText(d.elem, aliases);
      return `ReadonlyArray<${e}>`;
    }
    case "tuple":
      return `readonly [${d.elems.map((e) => typeText(e, aliases)).join(", ")}]`;
  }
}

/** Type alias names for the spec's sets (`Node`, `Block`), avoiding the machine's own names. */
export function setAliases(sets: Readonly<Record<string, readonly Lit[]>>): Map<string, string> {
  const taken = new Set(["State", "Action", "StepResult", "Invariant", "Machine"]);
  const out = new Map<string, string>();
  for (const name of Object.keys(sets)) {
    let alias = /^[A-Za-z_$][\w$]*$/.test(name) ? name[0]!.toUpperCase() + name.slice(1) : `Set${out.size}`;
    while (taken.has(alias)) alias = `${alias}Value`;
    taken.add(alias);
    out.set(name, alias);
  }
  return out;
}
