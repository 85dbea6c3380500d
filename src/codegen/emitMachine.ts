/**
 * The machine emitter: builds `generated/<spec>/machine.ts` as a ts-morph source file — types from the
 * schema, the action table, compiled word functions per instance (or `null` where the plan fell back),
 * and the typed surface (`initialStates`, `enabled`, `step`, `invariants`, codec, fingerprint, ITF).
 * Printed formatted; the same inputs give the same bytes.
 */
import { dirname, relative } from "node:path";
import {
  IndentationText, Project, QuoteKind, StructureKind, VariableDeclarationKind,
  type FunctionDeclarationStructure, type ImportDeclarationStructure, type OptionalKind, type StatementStructures,
  type TypeAliasDeclarationStructure, type VariableStatementStructure,
} from "ts-morph";
import type { CompiledModel } from "../checker/model.ts";
import type { MachinePlan } from "./compileActions.ts";
import { litText, setAliases, setType, typeText } from "./typeText.ts";

export interface MachineInput {
  readonly model: CompiledModel;
  readonly plan: MachinePlan;
  /** Absolute paths: the spec module, the machine file, and clusterspec's `src/`. */
  readonly specPath: string;
  readonly outPath: string;
  readonly srcDir: string;
  /** The spec's file as shown in the header (relative to the repository root when inside it). */
  readonly shownSpec: string;
  readonly exportName: string;
}

const importPath = (from: string, to: string) => {
  const r = relative(dirname(from), to).split("\\").join("/");
  return r.startsWith(".") ? r : `./${r}`;
};

export function emitMachine(input: MachineInput): string {
  const { model, plan } = input;
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double } });
  const file = project.createSourceFile("machine.ts", "", { overwrite: true });
  // Statements are collected as structures and added in one go: each ts-morph manipulation reparses the file.
  const sf = new Statements();
  const paramsText = Object.entries(model.params).map(([k, v]) => `${k}=${String(v)}`).join(", ") || "no parameters";
  const header = `// generated from ${input.shownSpec} (${paramsText}) by clusterspec generate — do not edit\n`;
  sf.addStatements([
    `/**\n * The ${model.name} spec as a typed, executable state machine (see README "Generated machines").\n * Run-time imports: the spec module (the source of truth, used where a guard, apply or invariant\n * fell back), and the checker's codec and fingerprint so packed states are the checker's own.\n */`,
  ]);
  const specImport = importPath(input.outPath, input.specPath);
  const src = (p: string) => importPath(input.outPath, `${input.srcDir}/${p}`);
  if (input.exportName === "default") sf.addImportDeclaration({ moduleSpecifier: specImport, defaultImport: "spec" });
  else sf.addImportDeclaration({ moduleSpecifier: specImport, namedImports: [{ name: input.exportName, alias: "spec" }] });
  sf.addImportDeclaration({ moduleSpecifier: src("checker/model.ts"), namedImports: ["compileModel"] });
  sf.addImportDeclaration({ moduleSpecifier: src("checker/fingerprint.ts"), namedImports: ["fingerprint as fingerprintWords", "fpHigh"] });
  sf.addImportDeclaration({ moduleSpecifier: src("checker/itf.ts"), namedImports: ["toItfValue"] });
  sf.addImportDeclaration({ moduleSpecifier: src("checker/machine.ts"), namedImports: ["MachineDescriptor", "SuccessorSink", "WordApply", "WordCheck", "WordGuard"], isTypeOnly: true });
  sf.addImportDeclaration({ moduleSpecifier: src("core/errors.ts"), namedImports: ["ClusterspecError"] });

  emitTypes(sf, model);
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The configuration this machine was generated for."],
    declarations: [
      {
        name: "config",
        initializer: `{ spec: ${JSON.stringify(model.name)}, file: ${JSON.stringify(input.shownSpec)}, params: ${JSON.stringify(model.params)}, sets: ${JSON.stringify(model.sets)} } as const`,
      },
    ],
  });
  sf.addStatements([
    `const model = compileModel(spec, { params: config.params, file: config.file, symmetry: false });`,
    `/** 32-bit words per packed state (the checker's layout). */\nexport const words = ${model.words};`,
  ]);
  plan.tables.forEach((t, i) => sf.addStatements(`const T${i} = new Int32Array([${t.join(", ")}]);`));
  emitCompiled(sf, model, plan);
  sf.addStatements(RUNTIME);
  file.addStatements(sf.list);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: "insert" as never });
  return header + file.getFullText();
}

function emitTypes(sf: Statements, model: CompiledModel): void {
  const aliases = setAliases(model.sets);
  for (const [name, alias] of aliases)
    sf.addTypeAlias({ isExported: true, name: alias, type: model.sets[name]!.length ? model.sets[name]!.map(litText).join(" | ") : "never", docs: [`Elements of set ${name}.`] });
  sf.addTypeAlias({ isExported: true, name: "State", type: typeText(model.domain, aliases), docs: ["A state of the spec, as the spec's functions see it."] });
  const members = model.actionNames.map((name) => {
    const insts = model.instances.filter((i) => i.name === name);
    const argNames = [...new Set(insts.flatMap((i) => Object.keys(i.args)))];
    const fields = argNames.map((a) => {
      const values = [...new Set(insts.map((i) => i.args[a]))];
      const set = Object.entries(model.sets).find(([, vs]) => vs.length === values.length && vs.every((v) => values.includes(v)));
      const t = set ? setType({ name: set[0], values: set[1] }, aliases) : values.map((v) => litText(v as never)).join(" | ");
      return `readonly ${/^[A-Za-z_$][\w$]*$/.test(a) ? a : JSON.stringify(a)}: ${t}`;
    });
    return `{ readonly type: ${JSON.stringify(name)}${fields.length ? `; ${fields.join("; ")}` : ""} }`;
  });
  sf.addTypeAlias({ isExported: true, name: "Action", type: members.join(" | ") || "never", docs: ["One member per action, with its typed arguments."] });
  sf.addTypeAlias({
    isExported: true,
    name: "StepResult",
    type: `{ readonly status: "ok"; readonly state: State } | { readonly status: "disabled"; readonly action: string; readonly guard: string; readonly message: string }`,
  });
}

function emitCompiled(sf: Statements, model: CompiledModel, plan: MachinePlan): void {
  const guards: string[] = [];
  const applies: string[] = [];
  let k = 0;
  for (const a of plan.actions) {
    const insts = model.instances.filter((i) => i.name === a.name);
    insts.forEach((inst, j) => {
      const i = k++;
      if (a.status !== "compiled") {
        guards.push("null");
        applies.push("null");
        return;
      }
      const copy = Array.from({ length: model.words }, (_, x) => `out[${x}] = w[o + ${x}]!;`);
      sf.addFunction({ name: `g${i}`, docs: [inst.label], parameters: [{ name: "w", type: "Uint32Array" }, { name: "o", type: "number" }], returnType: "boolean", statements: [`return ${a.guards![j]};`] });
      sf.addFunction({
        name: `a${i}`,
        parameters: [{ name: "w", type: "Uint32Array" }, { name: "o", type: "number" }, { name: "out", type: "Uint32Array" }],
        returnType: "boolean",
        statements: [...copy, ...a.applies![j]!, "return true;"],
      });
      guards.push(`g${i}`);
      applies.push(`a${i}`);
    });
  }
  const checks = plan.invariants.map((inv, i) => {
    if (inv.status !== "compiled") return "null";
    sf.addFunction({ name: `i${i}`, docs: [inv.name], parameters: [{ name: "w", type: "Uint32Array" }, { name: "o", type: "number" }], returnType: "boolean", statements: [`return ${inv.expr};`] });
    return `i${i}`;
  });
  const decl = (name: string, type: string, init: string) =>
    sf.addVariableStatement({ declarationKind: VariableDeclarationKind.Const, declarations: [{ name, type, initializer: init }] });
  // One straight-line successor function: direct calls V8 can inline, instead of a table of closures.
  const body: string[] = ["let n = 0;"];
  guards.forEach((g, i) => {
    if (g === "null") body.push(`{ const r = sink.slow(${i}, false); if (r === 2) return -1; n += r; }`);
    else body.push(`if (${g}(w, o)) { n++; if (${applies[i]}(w, o, out) ? sink.emit(${i}) : sink.slow(${i}, true) === 2) return -1; }`);
  });
  body.push("return n;");
  sf.addFunction({
    name: "expandAll",
    docs: ["Every successor of the state at `w[o..]`, in instance order, handed to `sink`; the number of enabled instances, or -1 when the sink stopped."],
    parameters: [{ name: "w", type: "Uint32Array" }, { name: "o", type: "number" }, { name: "out", type: "Uint32Array" }, { name: "sink", type: "SuccessorSink" }],
    returnType: "number",
    statements: body,
  });
  sf.addFunction({
    name: "checkAll",
    docs: ["Index of the first compiled invariant the state at `w[o..]` violates, or -1."],
    parameters: [{ name: "w", type: "Uint32Array" }, { name: "o", type: "number" }],
    returnType: "number",
    statements: [...checks.map((c, i) => (c === "null" ? "" : `if (!${c}(w, o)) return ${i};`)).filter(Boolean), "return -1;"],
  });
  decl("wordGuards", "readonly (WordGuard | null)[]", `[${guards.join(", ")}]`);
  decl("wordApplies", "readonly (WordApply | null)[]", `[${applies.join(", ")}]`);
  decl("wordInvariants", "readonly (WordCheck | null)[]", `[${checks.join(", ")}]`);
  decl("guardTexts", "Readonly<Record<string, string>>", JSON.stringify(Object.fromEntries(plan.actions.map((a) => [a.name, a.guardText]))));
  sf.addStatements(`/** What was compiled to word code and what falls back to the spec's functions (and why). */\nexport const compilation = ${JSON.stringify({
    actions: plan.actions.map((a) => ({ name: a.name, status: a.status, ...(a.reason ? { reason: a.reason } : {}) })),
    invariants: plan.invariants.map((a) => ({ name: a.name, status: a.status, ...(a.reason ? { reason: a.reason } : {}) })),
  })} as const;`);
}

/** The machine's statements, in order, as ts-morph structures (or TypeScript text for fixed parts). */
class Statements {
  readonly list: (string | StatementStructures)[] = [];
  addStatements(s: string | readonly string[]): void {
    this.list.push(...(typeof s === "string" ? [s] : s));
  }
  addImportDeclaration(s: OptionalKind<ImportDeclarationStructure>): void {
    this.list.push({ kind: StructureKind.ImportDeclaration, ...s });
  }
  addVariableStatement(s: OptionalKind<VariableStatementStructure>): void {
    this.list.push({ kind: StructureKind.VariableStatement, ...s });
  }
  addTypeAlias(s: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.list.push({ kind: StructureKind.TypeAlias, ...s });
  }
  addFunction(s: OptionalKind<FunctionDeclarationStructure>): void {
    this.list.push({ kind: StructureKind.Function, ...s });
  }
}

/** The typed surface, the same for every machine (it reads the tables emitted above). */
const RUNTIME = `
const instances = model.instances;
/** Every action instance, in the checker's order. */
export const actions: readonly Action[] = instances.map((i) => Object.freeze({ type: i.name, ...i.args }) as Action);
const actionKey = (a: { readonly type: string }): string => a.type + JSON.stringify(Object.keys(a).filter((k) => k !== "type").sort().map((k) => [k, (a as Record<string, unknown>)[k]]));
const indexOf = new Map(actions.map((a, i) => [actionKey(a), i]));
const input = new Uint32Array(words);
const output = new Uint32Array(words);

function instanceOf(a: Action): number {
  const i = indexOf.get(actionKey(a));
  if (i === undefined)
    throw new ClusterspecError({ code: "CS211", message: \`Action \${JSON.stringify(a)} is not an action instance of spec \${config.spec}.\`, where: { spec: config.spec }, hint: "Use one of \`actions\` (the type Action lists the names and argument values)." });
  return i;
}

function guardAt(i: number, s: State): boolean {
  const g = wordGuards[i];
  if (g) return g(input, 0);
  const inst = instances[i]!;
  return inst.guard === undefined || Boolean(inst.guard(s, inst.args, model.ctx));
}

/** The initial states of the spec. */
export function initialStates(): State[] {
  return model.initStates.map((s) => {
    encode(s as State, input);
    return decode(input);
  });
}

/** Is action \`a\` enabled in \`s\`? */
export function isEnabled(s: State, a: Action): boolean {
  const i = instanceOf(a);
  encode(s, input);
  return guardAt(i, s);
}

/** Every action instance enabled in \`s\`. */
export function enabled(s: State): Action[] {
  encode(s, input);
  return actions.filter((_, i) => guardAt(i, s));
}

/** Takes action \`a\` in \`s\`: the next state, or why the action is disabled there. */
export function step(s: State, a: Action): StepResult {
  const i = instanceOf(a);
  const inst = instances[i]!;
  encode(s, input);
  if (!guardAt(i, s)) {
    const guard = guardTexts[inst.name]!;
    return { status: "disabled", action: inst.label, guard, message: \`\${inst.label} is disabled: its guard \${guard} is false.\` };
  }
  const apply = wordApplies[i];
  if (!apply || !apply(input, 0, output)) model.encodeChecked(inst.apply(s, inst.args, model.ctx), output, 0, inst.origin);
  return { status: "ok", state: decode(output) };
}

/** The spec's invariants (name, id, statement, check). */
export const invariants: readonly { readonly name: string; readonly id?: string; readonly statement: string; check(s: State): boolean }[] = model.invariants.map((inv, k) => ({
  name: inv.name,
  ...(inv.id ? { id: inv.id } : {}),
  statement: inv.statement,
  check: (s: State): boolean => {
    const c = wordInvariants[k];
    if (!c) return Boolean(inv.check(s, model.ctx));
    encode(s, input);
    return c(input, 0);
  },
}));

/** Names of the invariants \`s\` violates (empty when it satisfies them all). */
export function violatedInvariants(s: State): string[] {
  return invariants.filter((inv) => !inv.check(s)).map((inv) => inv.name);
}

/** Packs \`s\` into \`w[offset .. offset + words)\` with the checker's layout. */
export function encode(s: State, w: Uint32Array, offset = 0): void {
  model.codec.encode(s, w, offset);
}

/** Unpacks the state at \`w[offset ..]\`. */
export function decode(w: Uint32Array, offset = 0): State {
  return model.codec.decode(w, offset) as State;
}

/** The checker's 64-bit fingerprint of \`s\`, as [low, high] 32-bit halves. */
export function fingerprint(s: State): readonly [number, number] {
  encode(s, input);
  const lo = fingerprintWords(input, 0, words);
  return [lo, fpHigh];
}

/** \`s\` in the ITF value encoding (as Apalache and Quint write traces). */
export function toItfState(s: State): unknown {
  return toItfValue(model.domain, s);
}

/** What \`clusterspec check\` and \`checkSpec\` explore (see src/checker/machine.ts). */
export const machine: MachineDescriptor = {
  kind: "clusterspec/machine",
  spec,
  specFile: config.file,
  params: config.params,
  words,
  labels: instances.map((i) => i.label),
  guards: wordGuards,
  applies: wordApplies,
  invariants: wordInvariants,
  expandAll,
  checkAll,
};
`;
