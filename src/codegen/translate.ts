/**
 * The translator: evaluates a guard, apply, invariant or helper (a ts-morph AST) symbolically for one
 * action instance, over the packed words of the source state. Arguments, parameters and sets are known
 * at generation time, so loops over sets unroll and `s.up[n]` becomes one shift and mask. Anything
 * outside the supported subset throws `Untranslatable` with the reason (the caller falls back).
 */
import { Node, SyntaxKind } from "ts-morph";
import type { Lit } from "../dsl/domain.ts";
import { cst, FALSE, TRUE, unsupported, valuesOf, type Sym } from "./sym.ts";
import { translateUpdate } from "./update.ts";
import {
  and, arrOf, codeOf, eq, itemsOf, member, memberAt, merge, not, num, or, setHas, setMembers, truthy, type Item, type WordContext,
} from "./values.ts";

export type Env = ReadonlyMap<string, Sym>;

/** Resolves an identifier that is not a local: a helper or constant of the spec's module. */
export type Scope = (name: string, at: Node) => Sym | undefined;

export interface Translator {
  readonly cx: WordContext;
  readonly scope: Scope;
  depth: number;
}

const GLOBALS = new Set(["undefined", "Object", "Math", "Number", "Set", "Array", "Boolean"]);

/** Binds a parameter (identifier or object pattern) to a symbol. */
export function bindParam(t: Translator, env: Map<string, Sym>, name: Node, value: Sym): void {
  if (Node.isIdentifier(name)) env.set(name.getText(), value);
  else if (Node.isObjectBindingPattern(name)) {
    for (const el of name.getElements()) {
      if (el.getDotDotDotToken()) unsupported("a rest pattern in a parameter");
      const key = (el.getPropertyNameNode() ?? el.getNameNode()).getText();
      const v = member(t.cx, value, key);
      const init = el.getInitializer();
      bindParam(t, env, el.getNameNode(), init && v.k === "const" && v.v === undefined ? evaluate(t, init, env) : v);
    }
  } else unsupported(`a ${name.getKindName()} parameter`);
}

/** Calls a function node (arrow, function expression or declaration) with symbolic arguments. */
export function callFunction(t: Translator, fn: Node, args: readonly Sym[], outer: Env): Sym {
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn))) return unsupported(`calls a ${fn.getKindName()}`);
  if (++t.depth > 24) unsupported("helpers nest too deeply (recursion?)");
  try {
    const env = new Map(outer);
    fn.getParameters().forEach((p, i) => {
      if (p.getDotDotDotToken()) unsupported("a rest parameter");
      const init = p.getInitializer();
      const a = args[i] ?? cst(undefined);
      bindParam(t, env, p.getNameNode(), init && a.k === "const" && a.v === undefined ? evaluate(t, init, env) : a);
    });
    const body = fn.getBody() ?? unsupported("a function without a body");
    return Node.isBlock(body) ? block(t, body.getStatements(), 0, env) : evaluate(t, body, env);
  } finally {
    t.depth--;
  }
}

function block(t: Translator, stmts: readonly Node[], i: number, env: Env): Sym {
  if (i >= stmts.length) return cst(undefined);
  const st = stmts[i]!;
  if (Node.isReturnStatement(st)) {
    const e = st.getExpression();
    return e ? evaluate(t, e, env) : cst(undefined);
  }
  if (Node.isVariableStatement(st)) {
    if (st.getDeclarationKind() !== "const") unsupported(`a ${st.getDeclarationKind()} declaration (only const translates)`);
    const next = new Map(env);
    for (const d of st.getDeclarations()) bindParam(t, next, d.getNameNode(), evaluate(t, d.getInitializerOrThrow(), next));
    return block(t, stmts, i + 1, next);
  }
  if (Node.isIfStatement(st)) {
    const c = truthy(t.cx, evaluate(t, st.getExpression(), env));
    const arm = (s: Node | undefined): Node[] => (s === undefined ? [] : Node.isBlock(s) ? s.getStatements() : [s]);
    const rest = stmts.slice(i + 1);
    const thenS = () => block(t, [...arm(st.getThenStatement()), ...rest], 0, env);
    const elseS = () => block(t, [...arm(st.getElseStatement()), ...rest], 0, env);
    if (c.k === "const") return c.v ? thenS() : elseS();
    return merge(t.cx, codeOf(c), thenS(), elseS());
  }
  if (Node.isExpressionStatement(st)) {
    const e = st.getExpression();
    // `copy.delete(x)` / `copy.add(x)` on a set this function built: rebinds the local.
    if (Node.isCallExpression(e)) {
      const callee = e.getExpression();
      if (Node.isPropertyAccessExpression(callee) && Node.isIdentifier(callee.getExpression())) {
        const name = callee.getExpression().getText();
        const target = env.get(name);
        const op = callee.getName();
        if (target && target.k === "set" && (op === "add" || op === "delete") && e.getArguments().length === 1) {
          const x = evaluate(t, e.getArguments()[0]!, env);
          const next = new Map(env);
          next.set(name, setWith(t, target, x, op === "add"));
          return block(t, stmts, i + 1, next);
        }
      }
    }
    return unsupported(`a statement with effects (${st.getText().slice(0, 40)})`);
  }
  if (Node.isEmptyStatement(st)) return block(t, stmts, i + 1, env);
  return unsupported(`a ${st.getKindName()}`);
}

function setWith(t: Translator, set: Sym, x: Sym, present: boolean): Sym {
  const m = new Map(setMembers(t.cx, set));
  if (x.k === "const") m.set(x.v as Lit, present ? TRUE : FALSE);
  else if (x.k === "leaf") {
    for (const e of valuesOfLeaf(x)) {
      const hit = eq(t.cx, x, cst(e));
      const old = m.get(e) ?? FALSE;
      m.set(e, present ? or(t.cx, hit, () => old) : and(t.cx, not(t.cx, hit), () => old));
    }
  } else unsupported("adds a computed number to a set");
  return { k: "set", members: m, closed: true };
}

const valuesOfLeaf = (x: Sym & { k: "leaf" }): Lit[] => valuesOf(x.d).filter((v): v is Lit => v !== null);

function newSet(t: Translator, arg: Sym | undefined): Sym {
  if (arg === undefined) return { k: "set", members: new Map(), closed: true };
  if (arg.k === "view" || arg.k === "set" || (arg.k === "const" && arg.v instanceof Set)) return { k: "set", members: setMembers(t.cx, arg), closed: true };
  let out: Sym = { k: "set", members: new Map(), closed: true };
  for (const it of itemsOf(t.cx, arg)) {
    const v = it.v;
    if (v.k === "const") {
      const m: Map<Lit, Sym> = new Map(setMembers(t.cx, out));
      m.set(v.v as Lit, or(t.cx, it.when, () => m.get(v.v as Lit) ?? FALSE));
      out = { k: "set", members: m, closed: true };
    } else if (v.k === "leaf" && it.when.k === "const" && it.when.v === true) out = setWith(t, out, v, true);
    else unsupported("builds a set from computed elements");
  }
  return out;
}

function arrayMethod(t: Translator, recv: Sym, name: string, args: readonly Sym[]): Sym {
  const cx = t.cx;
  const items = itemsOf(cx, recv);
  const fn = args[0];
  const call = (it: Item, i: number) => (fn && fn.k === "fn" ? fn.call([it.v, cst(i)]) : unsupported(`${name} without a function`));
  switch (name) {
    case "filter":
      return arrOf(items.map((it, i) => ({ v: it.v, when: and(cx, it.when, () => call(it, i)) })));
    case "map":
      return arrOf(items.map((it, i) => ({ v: call(it, i), when: it.when })));
    case "every":
      return items.reduce<Sym>((acc, it, i) => and(cx, acc, () => or(cx, not(cx, it.when), () => call(it, i))), TRUE);
    case "some":
      return items.reduce<Sym>((acc, it, i) => or(cx, acc, () => and(cx, it.when, () => call(it, i))), FALSE);
    case "includes":
      return items.reduce<Sym>((acc, it) => or(cx, acc, () => and(cx, it.when, () => eq(cx, it.v, args[0] ?? cst(undefined)))), FALSE);
    case "has":
      return setHas(cx, recv, args[0] ?? cst(undefined));
    default:
      return unsupported(`the method .${name}()`);
  }
}

function call(t: Translator, node: Node & { getKind(): SyntaxKind }, env: Env): Sym {
  if (!Node.isCallExpression(node)) return unsupported(node.getKindName());
  const callee = node.getExpression();
  const args = node.getArguments().map((a) => (Node.isSpreadElement(a) ? unsupported("a spread argument") : evaluate(t, a, env)));
  if (Node.isPropertyAccessExpression(callee)) {
    const obj = callee.getExpression();
    const name = callee.getName();
    if (Node.isIdentifier(obj) && obj.getText() === "Object" && !env.has("Object") && name === "fromEntries") {
      const fields = new Map<string, Sym>();
      for (const it of itemsOf(t.cx, args[0] ?? cst([]))) {
        if (!(it.when.k === "const" && it.when.v === true)) unsupported("Object.fromEntries over a filtered array");
        const k = member(t.cx, it.v, 0);
        if (k.k !== "const") unsupported("Object.fromEntries with a computed key");
        fields.set(String(k.v), member(t.cx, it.v, 1));
      }
      return { k: "obj", base: null, fields };
    }
    if (Node.isIdentifier(obj) && obj.getText() === "Math" && !env.has("Math")) {
      if (name === "random") unsupported("Math.random");
      if ((name === "min" || name === "max") && args.length === 2) {
        const [a, b] = args.map((x) => num(t.cx, x)) as [Sym, Sym];
        if (a.k === "const" && b.k === "const") return cst(Math[name](a.v as number, b.v as number));
        return { k: "js", t: "number", code: `Math.${name}(${codeOf(a)}, ${codeOf(b)})` };
      }
      return unsupported(`Math.${name}`);
    }
    return arrayMethod(t, evaluate(t, obj, env), name, args);
  }
  const f = evaluate(t, callee, env);
  if (f.k !== "fn") return unsupported(`calls ${callee.getText()}, which is not a translatable function`);
  if (f.dsl === "update") return translateUpdate(t.cx, args);
  return f.call(args);
}

function binary(t: Translator, node: Node, env: Env): Sym {
  if (!Node.isBinaryExpression(node)) return unsupported(node.getKindName());
  const op = node.getOperatorToken().getKind();
  const cx = t.cx;
  const L = () => evaluate(t, node.getLeft(), env);
  const R = () => evaluate(t, node.getRight(), env);
  switch (op) {
    case SyntaxKind.AmpersandAmpersandToken:
      return and(cx, L(), R);
    case SyntaxKind.BarBarToken:
      return or(cx, L(), R);
    case SyntaxKind.QuestionQuestionToken: {
      // `a ?? b`: b where a is null or undefined, else a.
      const l = L();
      const nil = truthy(cx, or(cx, eq(cx, l, cst(null)), () => eq(cx, l, cst(undefined))));
      if (nil.k === "const") return nil.v ? R() : l;
      return merge(cx, codeOf(nil), R(), l);
    }
    case SyntaxKind.EqualsEqualsEqualsToken:
      return eq(cx, L(), R());
    case SyntaxKind.ExclamationEqualsEqualsToken:
      return not(cx, eq(cx, L(), R()));
  }
  const ops: Partial<Record<SyntaxKind, [string, (a: number, b: number) => unknown, "boolean" | "number"]>> = {
    [SyntaxKind.LessThanToken]: ["<", (a, b) => a < b, "boolean"],
    [SyntaxKind.LessThanEqualsToken]: ["<=", (a, b) => a <= b, "boolean"],
    [SyntaxKind.GreaterThanToken]: [">", (a, b) => a > b, "boolean"],
    [SyntaxKind.GreaterThanEqualsToken]: [">=", (a, b) => a >= b, "boolean"],
    [SyntaxKind.PlusToken]: ["+", (a, b) => a + b, "number"],
    [SyntaxKind.MinusToken]: ["-", (a, b) => a - b, "number"],
    [SyntaxKind.AsteriskToken]: ["*", (a, b) => a * b, "number"],
    [SyntaxKind.PercentToken]: ["%", (a, b) => a % b, "number"],
  };
  const o = ops[op] ?? unsupported(`the operator ${node.getOperatorToken().getText()}`);
  const a = L();
  const b = R();
  if (a.k === "const" && b.k === "const" && (typeof a.v !== "number" || typeof b.v !== "number")) {
    if (o[0] === "+") return cst((a.v as number) + (b.v as number));
    return unsupported(`${o[0]} on non-numbers`);
  }
  const x = num(cx, a);
  const y = num(cx, b);
  if (x.k === "const" && y.k === "const") return cst(o[1](x.v as number, y.v as number));
  return { k: "js", t: o[2], code: `(${codeOf(x)} ${o[0]} ${codeOf(y)})` };
}

function objectLiteral(t: Translator, node: Node, env: Env): Sym {
  if (!Node.isObjectLiteralExpression(node)) return unsupported(node.getKindName());
  let base: Sym | null = null;
  let fields = new Map<string, Sym>();
  for (const p of node.getProperties()) {
    if (Node.isSpreadAssignment(p)) {
      const v = evaluate(t, p.getExpression(), env);
      // A spread after fields: those fields are shadowed by the spread only if it has them; keep it exact
      // by starting over from the spread as the new base when fields came first.
      if (fields.size > 0) base = { k: "obj", base, fields };
      base = base === null ? v : spreadOver(base, v);
      fields = new Map();
    } else if (Node.isPropertyAssignment(p)) {
      const nameNode = p.getNameNode();
      let key: string;
      if (Node.isComputedPropertyName(nameNode)) {
        const k = evaluate(t, nameNode.getExpression(), env);
        if (k.k !== "const") unsupported("an object key computed at run time");
        key = String(k.v);
      } else key = Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode) ? String(nameNode.getLiteralValue()) : nameNode.getText();
      fields.set(key, evaluate(t, p.getInitializerOrThrow(), env));
    } else if (Node.isShorthandPropertyAssignment(p)) fields.set(p.getName(), evaluate(t, p.getNameNode(), env));
    else unsupported(`a ${p.getKindName()} in an object literal`);
  }
  return { k: "obj", base, fields };
}

/** `{ ...a, ...b }`: b's keys win. Only a spread of a view or literal object (known keys) is exact. */
function spreadOver(a: Sym, b: Sym): Sym {
  if (b.k === "view") return b;
  if (b.k === "obj") return { k: "obj", base: b.base === null ? a : spreadOver(a, b.base), fields: b.fields };
  return unsupported(`spreads a ${b.k}`);
}

export function evaluate(t: Translator, node: Node, env: Env): Sym {
  const cx = t.cx;
  switch (node.getKind()) {
    case SyntaxKind.ParenthesizedExpression:
    case SyntaxKind.AsExpression:
    case SyntaxKind.NonNullExpression:
    case SyntaxKind.SatisfiesExpression:
    case SyntaxKind.TypeAssertionExpression:
      return evaluate(t, (node as unknown as { getExpression(): Node }).getExpression(), env);
    case SyntaxKind.TrueKeyword:
      return TRUE;
    case SyntaxKind.FalseKeyword:
      return FALSE;
    case SyntaxKind.NullKeyword:
      return cst(null);
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return cst((node as unknown as { getLiteralValue(): unknown }).getLiteralValue());
    case SyntaxKind.Identifier: {
      const name = node.getText();
      const v = env.get(name) ?? t.scope(name, node);
      if (v !== undefined) return v;
      if (name === "undefined") return cst(undefined);
      return unsupported(GLOBALS.has(name) ? `uses the global ${name}` : `reads ${name}, which is neither a local nor a top-level helper or constant`);
    }
    case SyntaxKind.PropertyAccessExpression: {
      const n = node.asKindOrThrow(SyntaxKind.PropertyAccessExpression);
      if (n.hasQuestionDotToken()) unsupported("optional chaining");
      return member(cx, evaluate(t, n.getExpression(), env), n.getName());
    }
    case SyntaxKind.ElementAccessExpression: {
      const n = node.asKindOrThrow(SyntaxKind.ElementAccessExpression);
      return memberAt(cx, evaluate(t, n.getExpression(), env), evaluate(t, n.getArgumentExpressionOrThrow(), env));
    }
    case SyntaxKind.PrefixUnaryExpression: {
      const n = node.asKindOrThrow(SyntaxKind.PrefixUnaryExpression);
      const v = evaluate(t, n.getOperand(), env);
      if (n.getOperatorToken() === SyntaxKind.ExclamationToken) return not(cx, v);
      if (n.getOperatorToken() === SyntaxKind.MinusToken) {
        const x = num(cx, v);
        return x.k === "const" ? cst(-(x.v as number)) : { k: "js", t: "number", code: `(-${codeOf(x)})` };
      }
      return unsupported(`the prefix operator ${n.getText().slice(0, 1)}`);
    }
    case SyntaxKind.BinaryExpression:
      return binary(t, node, env);
    case SyntaxKind.ConditionalExpression: {
      const n = node.asKindOrThrow(SyntaxKind.ConditionalExpression);
      const c = truthy(cx, evaluate(t, n.getCondition(), env));
      if (c.k === "const") return evaluate(t, c.v ? n.getWhenTrue() : n.getWhenFalse(), env);
      return merge(cx, codeOf(c), evaluate(t, n.getWhenTrue(), env), evaluate(t, n.getWhenFalse(), env));
    }
    case SyntaxKind.ObjectLiteralExpression:
      return objectLiteral(t, node, env);
    case SyntaxKind.ArrayLiteralExpression: {
      const items: Item[] = [];
      for (const e of node.asKindOrThrow(SyntaxKind.ArrayLiteralExpression).getElements()) {
        if (Node.isSpreadElement(e)) items.push(...itemsOf(cx, evaluate(t, e.getExpression(), env)));
        else items.push({ v: evaluate(t, e, env), when: TRUE });
      }
      return arrOf(items);
    }
    case SyntaxKind.NewExpression: {
      const n = node.asKindOrThrow(SyntaxKind.NewExpression);
      if (n.getExpression().getText() !== "Set" || env.has("Set")) return unsupported(`new ${n.getExpression().getText()}`);
      const args = n.getArguments();
      return newSet(t, args.length ? evaluate(t, args[0]!, env) : undefined);
    }
    case SyntaxKind.CallExpression:
      return call(t, node, env);
    case SyntaxKind.ArrowFunction:
    case SyntaxKind.FunctionExpression:
      return { k: "fn", call: (args) => callFunction(t, node, args, env) };
    default:
      return unsupported(`a ${node.getKindName()}`);
  }
}
