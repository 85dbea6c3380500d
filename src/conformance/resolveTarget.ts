/**
 * Resolving what `conform` / `replay` / `mutants` run against: a built-in family (by name or spec file) with its
 * reference-cluster adapter, or a user's spec file with `--adapter module` (whose default export is an Adapter or a
 * function returning one). Every failure is a CS32x error naming the file and what to do.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ClusterspecError } from "../core/errors.ts";
import type { Spec } from "../dsl/spec.ts";
import { loadSpec, loadSpecModule } from "../checker/index.ts";
import type { Adapter } from "./adapter.ts";
import { findTarget, FAMILY_TARGETS } from "./families.ts";
import { machineFromSpec, type SpecMachine } from "./specMachine.ts";

export interface ResolvedTarget {
  readonly spec: Spec;
  readonly specFile: string;
  readonly machine: SpecMachine;
  readonly makeAdapter: () => Adapter;
  readonly mutants: readonly Spec[];
  readonly ticks: number;
  /** `clusterspec conform <spec> [--adapter m]`: the start of every reproduce line. */
  readonly command: string;
}

export async function loadAdapterModule(file: string): Promise<() => Adapter> {
  const path = resolve(file);
  if (!existsSync(path))
    throw new ClusterspecError({ code: "CS322", message: `Adapter module ${file} does not exist.`, where: { file }, hint: "Pass the path of a module whose default export is an Adapter or a function returning one." });
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    throw new ClusterspecError({ code: "CS322", message: `Adapter module ${file} failed to load: ${((e as Error)?.message ?? String(e)).split("\n")[0]}`, where: { file }, hint: "Fix the error above." });
  }
  const d = mod.default;
  const isAdapter = (x: unknown): x is Adapter => typeof x === "object" && x !== null && typeof (x as Adapter).observe === "function" && typeof (x as Adapter).project === "function";
  if (typeof d === "function") return () => {
    const a = (d as () => unknown)();
    if (!isAdapter(a))
      throw new ClusterspecError({ code: "CS323", message: `The default export of adapter module ${file} did not return an Adapter.`, where: { file }, hint: "Return an object with spec, params, actions, fields, reset, perform, tick, observe, project and settleTicks." });
    return a;
  };
  if (isAdapter(d)) return () => d;
  throw new ClusterspecError({ code: "CS323", message: `Adapter module ${file} has no Adapter as its default export.`, where: { file }, hint: "export default function makeAdapter(): Adapter<State, Action, View> { ... }" });
}

export async function resolveTarget(specArg: string, adapterFile?: string): Promise<ResolvedTarget> {
  const builtin = findTarget(specArg);
  if (adapterFile === undefined) {
    if (builtin === undefined)
      throw new ClusterspecError({
        code: "CS324",
        message: `No built-in adapter for ${specArg}.`,
        where: { spec: specArg },
        hint: [`Built-in families: ${FAMILY_TARGETS.map((t) => t.family).join(", ")}.`, "For your own system pass its spec file and --adapter <module>."],
      });
    if (builtin.adapter === null)
      throw new ClusterspecError({ code: "CS325", message: `Family ${builtin.family} has no reference-cluster adapter: ${builtin.missing}.`, where: { spec: builtin.family }, hint: `Adapters exist for: ${FAMILY_TARGETS.filter((t) => t.adapter).map((t) => t.family).join(", ")}.` });
    const spec = await loadSpec(builtin.specFile);
    const mutants = await Promise.all(builtin.mutants.filter((f) => existsSync(f)).map((f) => loadSpec(f)));
    return { spec, specFile: builtin.specFile, machine: machineFromSpec(spec, { params: builtin.params, file: builtin.specFile }), makeAdapter: builtin.adapter, mutants, ticks: builtin.ticks, command: `clusterspec conform ${builtin.family}` };
  }
  const specFile = builtin?.specFile ?? specArg;
  const { spec } = await loadSpecModule(specFile);
  const makeAdapter = await loadAdapterModule(adapterFile);
  const probe = makeAdapter();
  if (probe.spec !== spec.name)
    throw new ClusterspecError({ code: "CS326", message: `Adapter ${adapterFile} is for spec ${probe.spec}, not ${spec.name}.`, where: { file: adapterFile, spec: spec.name }, hint: "Pass the spec file the adapter was written for." });
  return { spec, specFile, machine: machineFromSpec(spec, { params: probe.params, file: specFile }), makeAdapter, mutants: [], ticks: 2000, command: `clusterspec conform ${specFile} --adapter ${adapterFile}` };
}
