/**
 * `clusterspec describe SPEC`: what a spec declares, from the spec itself — parameters (with docs and ranges), sets,
 * the state's fields and their domains, actions (with docs and argument domains), and properties with statements.
 */
import type { Command } from "commander";
import pc from "picocolors";
import { loadSpecModule } from "../../checker/loadSpec.ts";
import { compileModel } from "../../checker/model.ts";
import type { Domain } from "../../dsl/domain.ts";
import type { ParamDef } from "../../dsl/params.ts";
import type { Io } from "../io.ts";
import { parseParams } from "../options.ts";

/** A domain as a short type: `0..3`, `"idle" | "busy"`, `Node → boolean`, `set of Node`. */
export function domainText(d: Domain): string {
  switch (d.kind) {
    case "bool":
      return "boolean";
    case "int":
      return `${d.min}..${d.max}`;
    case "enum":
      return d.values.map((v) => JSON.stringify(v)).join(" | ");
    case "id":
      return d.set.name ?? `one of ${d.set.values.join(", ")}`;
    case "option":
      return `${domainText(d.inner)} | null`;
    case "struct":
      return `{ ${d.fields.map(([k, v]) => `${k}: ${domainText(v)}`).join("; ")} }`;
    case "record":
      return `${d.keys.name ?? `{${d.keys.values.join(", ")}}`} → ${domainText(d.value)}`;
    case "set":
      return `set of ${d.universe.name ?? `{${d.universe.values.join(", ")}}`}`;
    case "setOf":
      return `set of ${domainText(d.elem)}`;
    case "seq":
      return `seq of ${domainText(d.elem)} (length ≤ ${d.maxLen})`;
    case "tuple":
      return `<<${d.elems.map(domainText).join(", ")}>>`;
  }
}

export function describeSpecData(spec: import("../../dsl/spec.ts").Spec, file: string, params: Record<string, string>) {
  const model = compileModel(spec, { params, file });
  const paramDefs = (spec.params ?? {}) as Record<string, ParamDef>;
  const fields = model.domain.kind === "struct" ? model.domain.fields.map(([name, d]) => ({ name, domain: domainText(d) })) : [{ name: "(state)", domain: domainText(model.domain) }];
  return {
    spec: spec.name,
    file,
    description: spec.description,
    params: Object.entries(paramDefs).map(([name, d]) => ({
      name,
      kind: d.kind,
      default: d.default,
      value: model.params[name],
      ...(d.kind === "int" ? { min: d.min, max: d.max } : {}),
      ...(d.kind === "enum" ? { values: d.values } : {}),
      doc: d.doc,
    })),
    sets: Object.entries(model.sets).map(([name, values]) => ({ name, values })),
    state: fields,
    actions: model.actionNames.map((name, i) => {
      const def = spec.actions[name]!;
      const over = def.over;
      const args =
        typeof over === "function"
          ? [{ name: "(listed by a function)", domain: `${model.instances.filter((x) => x.action === i).length} argument objects` }]
          : Object.entries(over ?? {}).map(([arg, dom]) => ({ name: arg, domain: typeof dom === "string" ? `${dom} = {${(model.sets[dom] ?? []).join(", ")}}` : `{${dom.join(", ")}}` }));
      return { name, doc: def.doc ?? "", fault: def.fault === true, arguments: args, instances: model.instances.filter((x) => x.action === i).length, guarded: typeof def.guard === "function" };
    }),
    invariants: model.invariants.map((p) => ({ name: p.name, ...(p.id ? { id: p.id } : {}), statement: p.statement })),
    sometimes: model.witnesses.map((p) => ({ name: p.name, statement: p.statement })),
    liveness: model.liveness.map((p) => ({ name: p.name, kind: p.kind, ...(p.id ? { id: p.id } : {}), statement: p.statement })),
    fairness: (spec.fairness ?? []).map((f) => (typeof f === "string" ? f : `${f.action} per ${f.per.join(", ")}`)),
    symmetry: [...(spec.symmetry ?? [])],
    deadlock: model.deadlock,
  };
}

export function registerDescribeCommand(program: Command, io: Io): void {
  program
    .command("describe")
    .description("show what a spec declares: parameters, sets, state, actions and properties")
    .argument("<spec-file>", "a spec module")
    .option("--param <name=value>", "set a spec parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [])
    .option("--export <name>", "the export holding the spec (default: the default export)")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: { param: string[]; export?: string; json?: boolean }) => {
      const { spec } = await loadSpecModule(file, opts.export);
      const d = describeSpecData(spec, file, parseParams(opts.param));
      if (opts.json) {
        io.out(JSON.stringify(d));
        return io.exit(0);
      }
      const L: string[] = [pc.bold(`${d.spec}`) + ` — ${d.description}`, pc.dim(d.file), ""];
      L.push(pc.bold("Parameters"));
      if (!d.params.length) L.push("  (none)");
      for (const p of d.params) L.push(`  ${p.name} = ${String(p.value)}  ${pc.dim(`${p.kind}${"min" in p ? ` ${p.min}..${p.max}` : ""}${"values" in p ? ` ${p.values!.join("|")}` : ""}, default ${String(p.default)}`)}${p.doc ? `  ${p.doc}` : ""}`);
      L.push(pc.bold("Sets"));
      if (!d.sets.length) L.push("  (none)");
      for (const s of d.sets) L.push(`  ${s.name} = {${s.values.join(", ")}}${d.symmetry.includes(s.name) ? pc.dim("  (symmetric)") : ""}`);
      L.push(pc.bold("State"));
      for (const f of d.state) L.push(`  ${f.name}: ${f.domain}`);
      L.push(pc.bold("Actions"));
      for (const a of d.actions) {
        const args = a.arguments.map((x) => `${x.name} ∈ ${x.domain}`).join(", ");
        L.push(`  ${a.name}${args ? `(${args})` : ""}${a.fault ? pc.dim(" fault,") : ""}  ${pc.dim(`${a.instances} instance${a.instances === 1 ? "" : "s"}`)}${a.doc ? `  ${a.doc}` : ""}`);
      }
      L.push(pc.bold("Invariants"));
      if (!d.invariants.length) L.push(pc.yellow("  (none — `check` verifies only deadlock freedom)"));
      for (const p of d.invariants) L.push(`  ${p.name}${p.id ? ` (${p.id})` : ""}: ${p.statement}`);
      if (d.sometimes.length) L.push(pc.bold("Witnesses (sometimes)"), ...d.sometimes.map((p) => `  ${p.name}: ${p.statement}`));
      if (d.liveness.length) L.push(pc.bold("Liveness"), ...d.liveness.map((p) => `  ${p.name}${p.id ? ` (${p.id})` : ""} [${p.kind}]: ${p.statement}`));
      if (d.fairness.length) L.push(`Fairness: ${d.fairness.join("; ")}`);
      L.push(`Deadlock: ${d.deadlock ? "a state with no enabled action is a violation" : "allowed"}.`);
      io.out(L.join("\n"));
      io.exit(0);
    });
}
