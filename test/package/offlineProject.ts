/**
 * A fresh user project with clusterspec installed from its packed tarball, without the network: the project's
 * package-lock.json is cut from the repository's own lockfile (the packages reachable from clusterspec, vitest
 * and typescript), so `npm ci --offline` takes every tarball from the npm cache the repository's install filled.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [k: string]: unknown;
}

/** `npm pack` into a temporary folder; returns the tarball's path. */
export function packTarball(): string {
  const out = mkdtempSync(join(tmpdir(), "clusterspec-pack-"));
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: repoRoot, encoding: "utf8" }).trim().split("\n").pop()!;
  return join(out, name);
}

/** Node's lookup: `<from>/node_modules/<name>`, then each enclosing node_modules folder. */
function locate(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const i = base.lastIndexOf("/node_modules/");
    base = i < 0 ? "" : base.slice(0, i);
  }
}

/** The repository lockfile's entries reachable from `roots`, re-rooted for a project depending on `rootDeps`. */
function cutLock(roots: readonly string[]): Record<string, LockEntry> {
  const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const keep = new Map<string, LockEntry>();
  const visit = (key: string) => {
    if (keep.has(key)) return;
    const entry = lock.packages[key]!;
    keep.set(key, { ...entry, dev: false });
    const deps = { ...entry.dependencies, ...entry.optionalDependencies };
    for (const [n, meta] of Object.entries(entry.peerDependencies ?? {})) if (!entry.peerDependenciesMeta?.[n]?.optional) deps[n] = meta;
    for (const n of Object.keys(deps)) {
      const found = locate(lock.packages, key, n);
      if (found) visit(found);
    }
  };
  for (const r of roots) visit(`node_modules/${r}`);
  const out: Record<string, LockEntry> = {};
  for (const [k, v] of [...keep].sort(([a], [b]) => a.localeCompare(b))) {
    const { dev: _dev, ...rest } = v;
    out[k] = rest;
  }
  return out;
}

/**
 * Makes `npm init -y` project (CommonJS, npm's default) or the same with `"type": "module"`, with clusterspec from
 * `tarball` plus vitest and typescript, installed offline. Returns the project folder.
 */
export function makeProject(tarball: string, type: "module" | "commonjs"): string {
  const dir = mkdtempSync(join(tmpdir(), `clusterspec-user-${type}-`));
  execFileSync("npm", ["init", "-y"], { cwd: dir, stdio: "ignore" });
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  const repoPkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; version: string };
  const tgz = `file:${tarball}`;
  if (type === "module") pkg.type = "module";
  pkg.dependencies = { clusterspec: tgz };
  pkg.devDependencies = { typescript: repoPkg.devDependencies.typescript!, vitest: repoPkg.devDependencies.vitest! };
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
  const packages = cutLock([...Object.keys(repoPkg.dependencies), "typescript", "vitest"]);
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const lock = {
    name: pkg.name,
    version: pkg.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: pkg.name, version: pkg.version, license: pkg.license, dependencies: pkg.dependencies, devDependencies: pkg.devDependencies },
      "node_modules/clusterspec": {
        version: repoPkg.version,
        resolved: tgz,
        integrity,
        license: "MIT",
        dependencies: repoPkg.dependencies,
        bin: { clusterspec: "bin/clusterspec.js" },
      },
      ...packages,
    },
  };
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify(lock, null, 2) + "\n");
  execFileSync("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  execFileSync(join(dir, "node_modules/.bin/tsc"), ["--init"], { cwd: dir, stdio: "ignore" });
  return dir;
}

export const projectName = (dir: string) => basename(dir);
