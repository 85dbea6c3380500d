// Test helper: a reference explorer with TLC's counting, independent of the checker (objects, JSON keys,
// no packing): BFS over the spec's own functions, state constraint and action properties applied as TLC does.
import type { Spec } from "../../src/dsl/spec.ts";

const key = (v: unknown): string => JSON.stringify(v, (_k, x) => (x instanceof Set ? [...x].sort() : x));

export interface ReferenceCounts {
  readonly distinct: number;
  readonly generated: number;
  /** Name of the first action property violated (BFS order), with the length of a shortest trace in states. */
  readonly transitionViolation?: { readonly name: string; readonly states: number };
}

export function explore(spec: Spec, params: Record<string, unknown>, sets: Record<string, readonly unknown[]> = {}): ReferenceCounts {
  const ctx = { params, sets } as never;
  if (typeof spec.init !== "function") throw new Error("reference explorer: list the initial states with a function");
  const raw = spec.init(ctx);
  const inits = (Array.isArray(raw) ? raw : [raw]) as unknown[];
  const inModel = (s: unknown) => !spec.constraint || spec.constraint(s as never, ctx);
  const seen = new Map<string, number>();
  const queue: Array<{ s: unknown; depth: number }> = [];
  let generated = 0;
  for (const s of inits) {
    generated++;
    if (!inModel(s) || seen.has(key(s))) continue;
    seen.set(key(s), 1);
    queue.push({ s, depth: 1 });
  }
  let transitionViolation: ReferenceCounts["transitionViolation"];
  for (let h = 0; h < queue.length; h++) {
    const { s, depth } = queue[h]!;
    for (const [name, a] of Object.entries(spec.actions)) {
      const over = typeof a.over === "function" ? a.over(ctx) : cartesian((a.over ?? {}) as Record<string, unknown>, sets);
      for (const args of over) {
        if (a.guard && !a.guard(s as never, args, ctx)) continue;
        const t = a.apply(s as never, args, ctx);
        generated++;
        if (!inModel(t)) continue;
        for (const [tn, tr] of Object.entries(spec.transitions ?? {}))
          if (!transitionViolation && !tr.check(s as never, t, { name, args }, ctx)) transitionViolation = { name: tn, states: depth + 1 };
        const k = key(t);
        if (!seen.has(k)) {
          seen.set(k, depth + 1);
          queue.push({ s: t, depth: depth + 1 });
        }
      }
    }
  }
  return { distinct: seen.size, generated, ...(transitionViolation ? { transitionViolation } : {}) };
}

function cartesian(over: Record<string, unknown>, sets: Record<string, readonly unknown[]>): Array<Record<string, unknown>> {
  let out: Array<Record<string, unknown>> = [{}];
  for (const [arg, dom] of Object.entries(over)) {
    const values = typeof dom === "string" ? sets[dom]! : (dom as unknown[]);
    out = out.flatMap((a) => values.map((v) => ({ ...a, [arg]: v })));
  }
  return out;
}
