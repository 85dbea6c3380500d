/**
 * The spec's source, read with ts-morph: where each guard, apply and invariant is written, what the
 * identifiers it uses refer to at module level (helpers, constants, imports), and whether it is pure.
 * A function is located by its place in the source (`actions: { Write: { guard: … } }`) and accepted
 * only when an exported spec of that module holds exactly that function at run time, so a translated
 * body is always the body the checker runs.
 */
import { dirname, resolve } from "node:path";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { ids, range } from "../dsl/types.ts";
import { Node, Project, SyntaxKind, type SourceFile } from "ts-morph";
import { isSpec, type Spec } from "../dsl/spec.ts";
import { checkPure, DSL_MODULES, FUNCTION_KINDS, functionTitle, impure, mayChange, topLevelFunction } from "./purity.ts";
import { cst, unsupported, type Sym } from "./sym.ts";

export type Located = { readonly node: Node; readonly file: string; readonly line: number } | { readonly reason: string };


export class SpecSource {
  private readonly project = new Project({ useInMemoryFileSystem: false, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  private readonly files: SourceFile[] = [];
  private readonly modules = new Map<string, Record<string, unknown>>();

  private constructor() {}

  /** Reads the spec module and the modules it imports by relative path (their runtime values too). */
  static async load(entry: string): Promise<SpecSource> {
    const src = new SpecSource();
    const todo = [resolve(entry)];
    while (todo.length > 0) {
      const path = todo.shift()!;
      if (src.modules.has(path) || !existsSync(path)) continue;
      src.modules.set(path, (await import(pathToFileURL(path).href)) as Record<string, unknown>);
      const sf = src.project.addSourceFileAtPath(path);
      src.files.push(sf);
      for (const imp of sf.getImportDeclarations()) {
        const spec = imp.getModuleSpecifierValue();
        if (spec.startsWith(".") && /\.cspec\.ts$|\.ts$/.test(spec) && !spec.includes("/src/")) todo.push(resolve(dirname(path), spec));
      }
    }
    return src;
  }

  /** The source of `section.name.member` (e.g. actions.Write.guard) whose runtime value is `fn`. */
  locate(section: "actions" | "invariants" | "sometimes", name: string, member: string, fn: unknown): Located {
    let reason = `its source was not found as ${section}.${name}.${member} in the spec module or the modules it imports`;
    for (const sf of this.files) {
      const holds = Object.values(this.modules.get(sf.getFilePath())!).some(
        (v) => isSpec(v) && ((v as Spec)[section] as Record<string, Record<string, unknown>> | undefined)?.[name]?.[member] === fn,
      );
      if (!holds) continue;
      for (const prop of this.members(sf).get(`${section}.${name}.${member}`) ?? []) {
        let node: Node | undefined = Node.isMethodDeclaration(prop) ? prop : Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
        if (node && Node.isIdentifier(node)) node = topLevelFunction(sf, node.getText());
        if (!node || !FUNCTION_KINDS.has(node.getKind())) {
          reason = `it is built by ${prop.getText().slice(member.length + 1).trim().slice(0, 60)} (only function literals and top-level helpers translate)`;
          continue;
        }
        if (node.getAncestors().some((a) => FUNCTION_KINDS.has(a.getKind()))) {
          reason = "it is defined inside a function (closure variables are not translated)";
          continue;
        }
        checkPure(node, functionTitle(section, name, member));
        return { node, file: sf.getFilePath(), line: node.getStartLineNumber() };
      }
    }
    return { reason };
  }

  private readonly index = new Map<SourceFile, Map<string, (Node & { getName(): string })[]>>();

  /** `section.name.member` → the property nodes that define it, one walk per file. */
  private members(sf: SourceFile): Map<string, (Node & { getName(): string })[]> {
    let m = this.index.get(sf);
    if (m) return m;
    m = new Map();
    const props = [...sf.getDescendantsOfKind(SyntaxKind.PropertyAssignment), ...sf.getDescendantsOfKind(SyntaxKind.MethodDeclaration)];
    for (const prop of props) {
      const owner = prop.getParent()?.getParent();
      if (!Node.isPropertyAssignment(owner)) continue;
      const sectionProp = owner.getParent()?.getParent();
      if (!Node.isPropertyAssignment(sectionProp)) continue;
      const key = `${sectionProp.getName()}.${propertyName(owner)}.${prop.getName()}`;
      m.set(key, [...(m.get(key) ?? []), prop]);
    }
    this.index.set(sf, m);
    return m;
  }

  /**
   * What a free identifier at `at` refers to at module level: a helper (translated when called), a
   * constant value, or an import from another read module. `call` translates a helper's body.
   */
  resolve(name: string, at: Node, call: (fn: Node, args: readonly Sym[]) => Sym, value: (init: Node) => Sym): Sym | undefined {
    const sf = at.getSourceFile();
    const path = sf.getFilePath();
    const fnDecl = sf.getFunction(name);
    if (fnDecl && fnDecl.getParent() === sf) return helper(fnDecl, name, call);
    const v = sf.getVariableDeclaration(name);
    if (v && v.getVariableStatement()?.getParent() === sf) {
      const kind = v.getVariableStatement()!.getDeclarationKind();
      if (kind !== "const")
        throw impure(`the function reading ${name}`, at, `reads module variable ${name}, declared with ${kind} (module state that can change)`);
      const init = v.getInitializer();
      if (init && FUNCTION_KINDS.has(init.getKind())) return helper(init, name, call);
      const mod = this.modules.get(path)!;
      if (name in mod && plain(mod[name])) return cst(mod[name]);
      return this.constantFromSource(v, name, value);
    }
    for (const imp of sf.getImportDeclarations()) {
      const spec = imp.getModuleSpecifierValue();
      const named = imp.getNamedImports().find((n) => (n.getAliasNode()?.getText() ?? n.getName()) === name);
      if (!named) continue;
      const target = resolve(dirname(path), spec);
      const dsl = DSL_HELPERS.get(named.getName());
      if (dsl && DSL_MODULES.has(target)) return dslHelper(named.getName(), dsl);
      if (named.getName() === "update" && DSL_MODULES.has(target)) return { k: "fn", dsl: "update", call: () => unsupported("update") };
      const other = this.files.find((f) => f.getFilePath() === target);
      if (!other) return unsupported(`calls ${name} from ${spec}, a module the generator does not read`);
      return this.resolve(named.getName(), other.getFirstDescendant() ?? other, call, value);
    }
    return undefined;
  }

  private readonly constants = new Map<Node, Sym | "pending">();

  /**
   * A module `const` whose value is not readable at run time (not exported, or not plain data: a set,
   * an object holding helpers): its initializer evaluated at generation time, when that is sound — no
   * read module can change the binding after it loads (see `mayChange`) and the initializer evaluates
   * to a value known without any state.
   */
  private constantFromSource(v: Node & { getInitializer(): Node | undefined }, name: string, value: (init: Node) => Sym): Sym {
    const init = v.getInitializer() ?? unsupported(`reads ${name}, a module constant without an initializer`);
    const known = this.constants.get(v);
    if (known === "pending") return unsupported(`reads ${name}, whose initializer refers to itself`);
    if (known) return known;
    this.constants.set(v, "pending");
    try {
      const sym = value(init);
      if (!isStatic(sym)) unsupported(`reads ${name}, a module constant whose initializer is not known at generation time`);
      // A primitive in a const binding cannot change; an array, set or object could, through another use.
      const changes = sym.k === "const" && (sym.v === null || typeof sym.v !== "object") ? undefined : this.files.find((f) => mayChange(f, name));
      if (changes) unsupported(`reads ${name}, a module constant that module code may change (${changes.getBaseName()} mutates, passes or aliases it)`);
      this.constants.set(v, sym);
      return sym;
    } catch (e) {
      this.constants.delete(v);
      throw e;
    }
  }
}

function propertyName(p: Node): string {
  const n = (p as unknown as { getNameNode(): Node }).getNameNode();
  return Node.isStringLiteral(n) ? n.getLiteralValue() : n.getText();
}

function helper(fn: Node, name: string, call: (fn: Node, args: readonly Sym[]) => Sym): Sym {
  checkPure(fn, `helper ${name}`);
  return { k: "fn", call: (args) => call(fn, args) };
}

/** Pure helpers of clusterspec's DSL: called at generation time when every argument is known. */
const DSL_HELPERS = new Map<string, (...args: never[]) => unknown>([
  ["range", range],
  ["ids", ids],
]);

function dslHelper(name: string, f: (...args: never[]) => unknown): Sym {
  return {
    k: "fn",
    call: (args) => {
      if (!args.every((a) => a.k === "const")) return unsupported(`calls ${name} with arguments known only at run time`);
      return cst(f(...(args.map((a) => (a as { v: unknown }).v) as never[])));
    },
  };
}

/** Data the translator can hold as a generation-time constant: literals, arrays and sets of them. */
function plain(x: unknown): boolean {
  return x === null || ["string", "number", "boolean", "undefined"].includes(typeof x) || (Array.isArray(x) && x.every(plain));
}

/** A symbol with no run-time part: what a module constant's initializer must evaluate to. */
function isStatic(s: Sym): boolean {
  switch (s.k) {
    case "const":
    case "fn":
      return true;
    case "arr":
      return s.items.every(isStatic);
    case "set":
      return [...s.members.values()].every((m) => m.k === "const");
    case "obj":
      return (s.base === null || isStatic(s.base)) && [...s.fields.values()].every(isStatic);
    default:
      return false;
  }
}
