/**
 * Purity of a guard, apply or predicate, read from its source: it must depend only on (state, args, ctx).
 * Refused, with CS201 naming the function and the line: reading clocks or randomness (`Math.random`,
 * `Date`, `performance`, `crypto`, `process`, `globalThis`), reading a module `let`/`var` (module state
 * that can change), assigning to anything the function did not declare, and calling a mutating method
 * (`push`, `add`, `set`, `delete`, `sort`, …) or `Object.assign` on a module binding or a parameter (the
 * state it was given). Top-level helpers of the same module it calls are checked the same way. The check
 * runs whether or not the function is compiled: a fallback runs the same impure code.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Node, SyntaxKind, type SourceFile } from "ts-morph";
import { ClusterspecError } from "../core/errors.ts";

export const FUNCTION_KINDS = new Set([SyntaxKind.ArrowFunction, SyntaxKind.FunctionExpression, SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration]);
const IMPURE_GLOBALS = new Set(["Date", "performance", "crypto", "process", "globalThis", "window"]);
const MUTATORS = new Set(["push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin", "set", "add", "delete", "clear"]);

/** `section.name.member` as a reader says it: "the guard of action Write", "invariant NoLoss". */
export function functionTitle(section: string, name: string, member: string): string {
  if (section === "actions") return `the ${member} of action ${name}`;
  if (section === "invariants") return `invariant ${name}`;
  if (section === "sometimes") return `witness ${name}`;
  return `${section}.${name}.${member}`;
}

export function impure(title: string, at: Node, what: string): ClusterspecError {
  const file = at.getSourceFile().getFilePath();
  const line = at.getStartLineNumber();
  return new ClusterspecError({
    code: "CS201",
    message: `${title[0]!.toUpperCase()}${title.slice(1)} is not a pure function: it ${what} (${file}:${line}).`,
    where: { file, line, function: title, code: at.getText().slice(0, 60) },
    hint: "Guards, applies and predicates must depend only on (state, args, ctx) and change nothing: move randomness into action arguments, module state into the spec's state, and build new values instead of mutating.",
  });
}

/** Throws CS201 when `fn` (or a same-module helper it calls) is not pure; `title` names it in the error. */
export function checkPure(fn: Node, title: string, seen: Set<Node> = new Set()): void {
  if (seen.has(fn)) return;
  seen.add(fn);
  const sf = fn.getSourceFile();
  const locals = new Set<string>();
  const params = new Set<string>();
  for (const d of fn.getDescendants()) {
    if (Node.isVariableDeclaration(d) || Node.isParameterDeclaration(d) || Node.isBindingElement(d) || Node.isFunctionDeclaration(d)) {
      const n = d.getNameNode();
      if (n && Node.isIdentifier(n)) locals.add(n.getText());
    }
  }
  for (const p of fn.getDescendantsOfKind(SyntaxKind.Parameter)) {
    const n = p.getNameNode();
    if (Node.isIdentifier(n)) params.add(n.getText());
    else for (const el of n.getDescendantsOfKind(SyntaxKind.BindingElement)) if (Node.isIdentifier(el.getNameNode())) params.add(el.getNameNode().getText());
  }
  const owned = (name: string) => locals.has(name) && !params.has(name);
  const rootOf = (e: Node): Node => {
    let r = e;
    while (Node.isPropertyAccessExpression(r) || Node.isElementAccessExpression(r) || Node.isNonNullExpression(r) || Node.isParenthesizedExpression(r) || Node.isAsExpression(r) || Node.isTypeAssertion(r) || Node.isSatisfiesExpression(r))
      r = r.getExpression();
    return r;
  };

  for (const d of fn.getDescendants()) {
    if (Node.isPropertyAccessExpression(d) && d.getExpression().getText() === "Math" && d.getName() === "random" && !locals.has("Math"))
      throw impure(title, d, "reads Math.random");
    if (Node.isElementAccessExpression(d) && d.getExpression().getText() === "Math" && /^["'`]random["'`]$/.test(d.getArgumentExpression()?.getText() ?? ""))
      throw impure(title, d, "reads Math.random");
    if (Node.isIdentifier(d) && !locals.has(d.getText()) && isReference(d)) {
      const name = d.getText();
      if (IMPURE_GLOBALS.has(name)) throw impure(title, d, `reads ${name}`);
      const v = moduleVariable(sf, name);
      if (v && v.getVariableStatement()!.getDeclarationKind() !== "const")
        throw impure(title, d, `reads module variable ${name}, declared with ${v.getVariableStatement()!.getDeclarationKind()} (module state that can change)`);
      const helper = topLevelFunction(sf, name);
      if (helper && !fn.getAncestors().includes(helper)) checkPure(helper, `helper ${name} (called by ${title})`, seen);
    }
    const target =
      Node.isBinaryExpression(d) && isAssignment(d.getOperatorToken().getKind())
        ? d.getLeft()
        : (Node.isPrefixUnaryExpression(d) || Node.isPostfixUnaryExpression(d)) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(d.getOperatorToken())
          ? d.getOperand()
          : Node.isDeleteExpression(d)
            ? d.getExpression()
            : undefined;
    if (target) {
      const root = rootOf(target);
      const direct = target === root;
      // Rebinding a local is fine; writing into a value the function did not build is not.
      if (!Node.isIdentifier(root) || !(direct ? locals.has(root.getText()) : owned(root.getText()))) throw impure(title, d, `assigns to ${target.getText()}`);
    }
    if (Node.isCallExpression(d)) {
      const callee = d.getExpression();
      if (Node.isPropertyAccessExpression(callee) && MUTATORS.has(callee.getName())) {
        const root = rootOf(callee.getExpression());
        if (Node.isIdentifier(root) && mutable(root.getText()))
          throw impure(title, d, `calls ${callee.getText()}, which changes ${root.getText()}${params.has(root.getText()) ? " (an argument it was given)" : " (module state)"}`);
      }
      if (callee.getText() === "Object.assign") {
        const first = d.getArguments()[0];
        const root = first ? rootOf(first) : undefined;
        if (root && Node.isIdentifier(root) && mutable(root.getText())) throw impure(title, d, `calls Object.assign on ${first!.getText()}, which changes it`);
      }
    }
  }

  /** A binding the function must not change: a parameter, or a module-level variable. */
  function mutable(name: string): boolean {
    if (params.has(name)) return true;
    return !locals.has(name) && moduleVariable(sf, name) !== undefined;
  }
}

/**
 * Whether module binding `name` may change after the module loads: some use of it in `sf` assigns into
 * it, deletes from it, calls a mutating method or `Object.assign` on it, passes it to a function or
 * aliases it (the callee or alias could change it). A binding no use can change has the value its
 * initializer gives, so that initializer may be evaluated at generation time.
 */
export function mayChange(sf: SourceFile, name: string): boolean {
  for (const id of sf.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (id.getText() !== name || !isReference(id)) continue;
    let top: Node = id;
    for (let p = top.getParent(); p && (Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p) || Node.isNonNullExpression(p) || Node.isParenthesizedExpression(p) || Node.isAsExpression(p)) && p.getExpression() === top; p = top.getParent())
      top = p;
    const parent = top.getParent();
    if (!parent) continue;
    if (Node.isBinaryExpression(parent) && isAssignment(parent.getOperatorToken().getKind()) && parent.getLeft() === top) return true;
    if (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent) || Node.isDeleteExpression(parent)) return true;
    if (Node.isCallExpression(parent) && parent.getArguments().includes(top)) {
      const callee = parent.getExpression();
      if (callee.getText() === "Array.from") continue;
      // A same-module helper that passes the purity check changes none of its arguments.
      const helper = Node.isIdentifier(callee) ? (topLevelFunction(sf, callee.getText()) ?? localFunction(callee)) : undefined;
      if (helper && isPure(helper)) continue;
      if (fromDsl(sf, callee)) continue;
      return true;
    }
    if (Node.isNewExpression(parent) && !["Set", "Map"].includes(parent.getExpression().getText())) return true;
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === top && top === id && parent.getName() !== name) return true;
    // `NAME.push(x)`: the chain ends in a mutator that is called.
    if (Node.isPropertyAccessExpression(top) && MUTATORS.has(top.getName()) && Node.isCallExpression(parent) && parent.getExpression() === top) return true;
  }
  return false;
}

/** The function literal a local `const f = (…) => …` binds, found through the binder. */
function localFunction(id: Node): Node | undefined {
  const decl = id.getSymbol()?.getDeclarations()[0];
  const init = decl && Node.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === "const" ? decl.getInitializer() : undefined;
  return init && FUNCTION_KINDS.has(init.getKind()) ? init : undefined;
}

/** clusterspec's DSL modules: their functions (`t.set`, `defineSpec`, `range`) never change their arguments. */
export const DSL_MODULES = new Set(["index.ts", "types.ts"].map((f) => fileURLToPath(new URL(`../dsl/${f}`, import.meta.url))));

function fromDsl(sf: SourceFile, callee: Node): boolean {
  let root = callee;
  while (Node.isPropertyAccessExpression(root)) root = root.getExpression();
  if (!Node.isIdentifier(root)) return false;
  const name = root.getText();
  return sf.getImportDeclarations().some(
    (imp) =>
      DSL_MODULES.has(resolve(dirname(sf.getFilePath()), imp.getModuleSpecifierValue())) &&
      imp.getNamedImports().some((n) => (n.getAliasNode()?.getText() ?? n.getName()) === name),
  );
}

function isPure(fn: Node): boolean {
  try {
    checkPure(fn, "helper");
    return true;
  } catch {
    return false;
  }
}

/** An identifier used as a value (not a property name, a declaration's name, or a type). */
function isReference(id: Node): boolean {
  const p = id.getParent();
  if (!p) return false;
  if (Node.isPropertyAccessExpression(p) && p.getNameNode() === id) return false;
  if ((Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) || Node.isPropertySignature(p)) && p.getNameNode() === id) return false;
  if (Node.isBindingElement(p) && p.getPropertyNameNode() === id) return false;
  if (Node.isTypeReference(p) || Node.isQualifiedName(p) || Node.isTypeQuery(p)) return false;
  return !id.getAncestors().some((a) => Node.isTypeNode(a));
}

function moduleVariable(sf: SourceFile, name: string) {
  const v = sf.getVariableDeclaration(name);
  return v && v.getVariableStatement()?.getParent() === sf ? v : undefined;
}

/** A top-level function of the module: a declaration, or a `const` holding a function literal. */
export function topLevelFunction(sf: SourceFile, name: string): Node | undefined {
  const f = sf.getFunction(name);
  if (f && f.getParent() === sf) return f;
  const init = moduleVariable(sf, name)?.getInitializer();
  return init && FUNCTION_KINDS.has(init.getKind()) ? init : undefined;
}

const isAssignment = (k: SyntaxKind) => k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment;
