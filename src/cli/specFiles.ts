/**
 * A user's own specs for `clusterspec check DIR|GLOB`: which files, and what each must give. A folder holds spec
 * modules named `*.cspec.{ts,mts,cts,js,mjs}`; a `clusterspec.config.json` (in the folder, else the current one) can
 * list other globs and the expected verdict per glob. Without a config, a spec under a `mutants/` folder must be
 * refuted and every other must hold — the convention of the built-in specs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { ClusterspecError } from "../core/errors.ts";

export type Verdict = "ok" | "violation";

export interface SpecFile {
  readonly file: string;
  readonly kind: "family" | "mutant";
  readonly expected: Verdict;
}

export const CONFIG_FILE = "clusterspec.config.json";
export const SPEC_SUFFIX = /\.cspec\.(ts|mts|cts|js|mjs)$/;

export interface SpecConfig {
  /** Globs, relative to the config's folder, of the spec modules to check. */
  readonly specs?: readonly string[];
  /** Glob → expected verdict; the first matching glob wins. */
  readonly expect?: Readonly<Record<string, Verdict>>;
}

/** `**` any folders, `*` any name part, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (s: string) => /[*?]/.test(s);

/** Every file under `dir` (skipping node_modules and dot folders), as `/`-separated paths relative to `dir`. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith(".") || e.name === "node_modules") return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [relative(base, p).split(sep).join("/")];
  });
}

function readConfig(path: string): SpecConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ClusterspecError({ code: "CS284", message: `${path} is not valid JSON: ${(e as Error).message}.`, where: { file: path }, hint: `Write ${CONFIG_FILE} as { "specs": ["**/*.cspec.ts"], "expect": { "mutants/**": "violation" } }.` });
  }
  const c = raw as SpecConfig;
  const okSpecs = c.specs === undefined || (Array.isArray(c.specs) && c.specs.every((s) => typeof s === "string"));
  const okExpect = c.expect === undefined || (typeof c.expect === "object" && c.expect !== null && Object.values(c.expect).every((v) => v === "ok" || v === "violation"));
  const unknown = Object.keys(c as object).filter((k) => k !== "specs" && k !== "expect" && k !== "$schema");
  if (!okSpecs || !okExpect || unknown.length)
    throw new ClusterspecError({
      code: "CS284",
      message: `${path} is malformed: ${unknown.length ? `unknown key ${unknown[0]}` : !okSpecs ? "`specs` must be an array of globs" : "`expect` maps globs to \"ok\" or \"violation\""}.`,
      where: { file: path },
      hint: `Write { "specs": ["**/*.cspec.ts"], "expect": { "mutants/**": "violation" } }.`,
    });
  return c;
}

/** The spec files `target` (a folder or a glob) names, each with its expected verdict. */
export function findSpecFiles(target: string, cwd = process.cwd()): SpecFile[] {
  const abs = resolve(cwd, target);
  const folder = !isGlob(target) && existsSync(abs) && statSync(abs).isDirectory();
  const root = folder ? abs : cwd;
  const configPath = [join(root, CONFIG_FILE), join(cwd, CONFIG_FILE)].find((p) => existsSync(p));
  const configRoot = configPath ? resolve(configPath, "..") : root;
  const config = configPath ? readConfig(configPath) : {};
  const files = walk(root);
  const selected = folder
    ? config.specs
      ? files.filter((f) => config.specs!.some((g) => globToRegExp(g).test(relative(configRoot, join(root, f)).split(sep).join("/"))))
      : files.filter((f) => SPEC_SUFFIX.test(f))
    : files.filter((f) => globToRegExp(target.replace(/^\.\//, "")).test(f));
  const expectations = Object.entries(config.expect ?? {}).map(([g, v]) => [globToRegExp(g), v] as const);
  return selected.sort().map((f) => {
    const path = join(root, f);
    const fromConfig = relative(configRoot, path).split(sep).join("/");
    const expected = expectations.find(([re]) => re.test(fromConfig))?.[1] ?? (/(^|\/)mutants\//.test(fromConfig) ? "violation" : "ok");
    const shown = relative(cwd, path);
    return { file: shown.startsWith("..") ? path : shown, kind: expected === "violation" ? "mutant" : "family", expected };
  });
}
