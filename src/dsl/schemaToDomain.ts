/**
 * Reads an Effect schema (built with `t` or plain Effect) into the finite-domain IR.
 * Anything unbounded or unsupported is a CS120 error naming the field path, so users learn
 * which part of their state cannot be model-checked.
 */
import type { Schema } from "effect";
import { ClusterspecError } from "../core/errors.ts";
import type { Domain, Lit, SetRef } from "./domain.ts";
import { elementCount, isElementDomain, MAX_ELEMENT_UNIVERSE } from "./elements.ts";
import { DOMAIN_ANNOTATION, type DomainAnnotation } from "./types.ts";

type Ast = { _tag: string; annotations?: Record<string, unknown>; [k: string]: any };

export interface DomainContext {
  readonly spec: string;
  /** Declared sets, to name the set a `t.id`/`t.record`/`t.set` ranges over (found by identity or by content). */
  readonly sets: Readonly<Record<string, readonly Lit[]>>;
}

export function schemaToDomain(schema: Schema.Top, ctx: DomainContext): Domain {
  return astToDomain(schema.ast as unknown as Ast, "state", ctx);
}

function setRef(values: readonly Lit[], ctx: DomainContext): SetRef {
  for (const [name, set] of Object.entries(ctx.sets)) if (set === values) return { values, name };
  // A copy of a declared set (`[...sets.Node]`) names it too, when no other declared set has that content:
  // symmetry must see every field over the set's elements.
  const same = Object.entries(ctx.sets).filter(([, set]) => set.length === values.length && set.every((x, i) => x === values[i]));
  return same.length === 1 ? { values, name: same[0]![0] } : { values };
}

function unsupported(path: string, ctx: DomainContext, what: string): never {
  throw new ClusterspecError({
    code: "CS120",
    message: `State field ${path} has type ${what}, which is not a finite domain.`,
    where: { spec: ctx.spec, field: path },
    hint: "Use t.boolean, t.int(min, max), t.enum(...), t.id(set), t.option, t.struct, t.record(set, v), t.set(universe), t.set(t.struct(…)), t.seq(elem, maxLen) or t.tuple(…).",
  });
}

function checkNonEmpty(values: readonly unknown[], path: string, ctx: DomainContext, what: string): void {
  if (values.length === 0)
    throw new ClusterspecError({
      code: "CS121",
      message: `State field ${path} is ${what} over an empty set.`,
      where: { spec: ctx.spec, field: path },
      hint: "Give the set at least one element, or drop the field for this parameter choice.",
    });
}

function astToDomain(ast: Ast, path: string, ctx: DomainContext): Domain {
  // Effect puts annotations made after `.check(...)` on the last check, so look there too.
  const a = (ast.annotations?.[DOMAIN_ANNOTATION] ??
    (ast.checks as Ast[] | undefined)?.map((c) => c.annotations?.[DOMAIN_ANNOTATION]).find((x) => x !== undefined)) as DomainAnnotation | undefined;
  if (a) {
    switch (a.kind) {
      case "int":
        if (!Number.isInteger(a.min) || !Number.isInteger(a.max) || a.max < a.min)
          throw new ClusterspecError({
            code: "CS121",
            message: `State field ${path} is an integer range [${a.min}, ${a.max}] with no values.`,
            where: { spec: ctx.spec, field: path },
            hint: "t.int(min, max) needs integers with min <= max.",
          });
        return { kind: "int", min: a.min, max: a.max };
      case "enum":
        checkNonEmpty(a.values, path, ctx, "an enum");
        return { kind: "enum", values: a.values };
      case "id":
        checkNonEmpty(a.set, path, ctx, "an id");
        return { kind: "id", set: setRef(a.set, ctx) };
      case "set":
        return { kind: "set", universe: setRef(a.universe, ctx) };
      case "seq": {
        if (!Number.isInteger(a.maxLen) || a.maxLen < 0)
          throw new ClusterspecError({
            code: "CS121",
            message: `State field ${path} is a sequence with maximum length ${a.maxLen}, which is not a non-negative integer.`,
            where: { spec: ctx.spec, field: path },
            hint: "t.seq(elem, maxLen) needs an integer maxLen >= 0.",
          });
        const elem = (ast.rest as Ast[] | undefined)?.[0];
        if (!elem) return unsupported(path, ctx, "a sequence without an element type");
        return { kind: "seq", elem: astToDomain(elem, `${path}[*]`, ctx), maxLen: a.maxLen };
      }
      case "setOf":
        return setOf(astToDomain((ast.typeParameters as Ast[])[0]!, `${path}{*}`, ctx), path, ctx);
      case "record": {
        const value = ast.propertySignatures?.[0];
        if (!value) return { kind: "record", keys: setRef(a.keys, ctx), value: { kind: "bool" } };
        return { kind: "record", keys: setRef(a.keys, ctx), value: astToDomain(value.type, `${path}[*]`, ctx) };
      }
    }
  }
  switch (ast._tag) {
    case "Boolean":
      return { kind: "bool" };
    case "Literal":
      return { kind: "enum", values: [ast.literal as Lit] };
    case "Objects": {
      if ((ast.indexSignatures?.length ?? 0) > 0) unsupported(path, ctx, "an open record (index signature)");
      const fields = (ast.propertySignatures as Ast[]).map(
        (p) => [String(p.name), astToDomain(p.type, `${path}.${String(p.name)}`, ctx)] as const,
      );
      return { kind: "struct", fields };
    }
    case "Arrays": {
      if ((ast.rest?.length ?? 0) > 0) return unsupported(path, ctx, "an array without a bound (use t.seq(elem, maxLen))");
      return { kind: "tuple", elems: (ast.elements as Ast[]).map((e, i) => astToDomain(e, `${path}[${i}]`, ctx)) };
    }
    case "Union": {
      const types = ast.types as Ast[];
      const nonNull = types.filter((x) => x._tag !== "Null");
      if (nonNull.length < types.length) {
        if (nonNull.length !== 1) unsupported(path, ctx, "a union with null of several members");
        return { kind: "option", inner: astToDomain(nonNull[0]!, path, ctx) };
      }
      if (types.every((x) => x._tag === "Literal")) return { kind: "enum", values: types.map((x) => x.literal as Lit) };
      return unsupported(path, ctx, "a union of non-literals");
    }
    case "Number": {
      let min = -Infinity;
      let max = Infinity;
      let integer = false;
      for (const check of (ast.checks ?? []) as any[]) {
        const c = check.annotations ?? check;
        const k = c.arbitraryConstraint;
        if (k?.number === "integer" || c.representation?.id === "effect/schema/isInt") integer = true;
        if (typeof k?.minimum === "number") min = Math.max(min, k.minimum);
        if (typeof k?.maximum === "number") max = Math.min(max, k.maximum);
      }
      if (integer && Number.isFinite(min) && Number.isFinite(max)) return { kind: "int", min, max };
      return unsupported(path, ctx, integer ? "an integer without bounds" : "number");
    }
    default:
      return unsupported(path, ctx, ast._tag === "Declaration" ? "a declared type" : ast._tag.toLowerCase());
  }
}

/**
 * A set of structured elements: a set of literals when the element is a literal kind (the cheaper, classic
 * encoding), else a bit set over the element universe, which must be finite, built of scalars, structs, tuples
 * and options, and at most MAX_ELEMENT_UNIVERSE values (one bit each in every state).
 */
function setOf(elem: Domain, path: string, ctx: DomainContext): Domain {
  switch (elem.kind) {
    case "id":
      return { kind: "set", universe: elem.set };
    case "enum":
      return { kind: "set", universe: setRef(elem.values, ctx) };
    case "bool":
      return { kind: "set", universe: { values: [false, true] } };
    case "int":
      return { kind: "set", universe: { values: Array.from({ length: elem.max - elem.min + 1 }, (_, i) => elem.min + i) } };
    default:
      break;
  }
  if (!isElementDomain(elem)) unsupported(`${path}{*}`, ctx, `a ${elem.kind} as a set element (set elements are scalars, structs, tuples and options of them)`);
  const n = elementCount(elem);
  if (n > MAX_ELEMENT_UNIVERSE)
    throw new ClusterspecError({
      code: "CS120",
      message: `State field ${path} is a set whose element type has ${n.toLocaleString("en-US")} values; a set may range over at most ${MAX_ELEMENT_UNIVERSE.toLocaleString("en-US")} (one bit each in every state).`,
      where: { spec: ctx.spec, field: path, values: n },
      hint: "Narrow the element's fields (fewer ids, a smaller int range), or split the set by one field: t.record(sets.Node, t.set(…)).",
    });
  return { kind: "setOf", elem };
}
