// The package as a user meets it: `npm pack`, installed offline into a fresh `npm init -y` project (CommonJS, npm's
// default) and into a `"type": "module"` one, each with `tsc --init`'s untouched strict tsconfig; a spec importing
// `clusterspec` must type-check, check from the CLI (one and two workers), and run under vitest with no config.
import { execFileSync, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, packTarball } from "./offlineProject.ts";

const lockSpec = (importLine: string, exportLine: string) => `${importLine}

${exportLine}defineSpec({
  name: "lock",
  description: "Clients take and release one lock.",
  params: { C: param.int(2, { min: 1, max: 4, doc: "clients" }) },
  sets: (p) => ({ Client: Array.from({ length: p.C }, (_, i) => \`c\${i + 1}\`) }),
  state: ({ sets }) => t.struct({ holder: t.option(t.id(sets.Client)), phase: t.enum("free", "held") }),
  init: () => ({ holder: null, phase: "free" as const }),
  actions: {
    Take: { over: { c: "Client" }, guard: (s) => s.holder === null, apply: (_s, { c }) => ({ holder: c, phase: "held" as const }) },
    Release: { over: { c: "Client" }, guard: (s, { c }) => s.holder === c, apply: () => ({ holder: null, phase: "free" as const }) },
  },
  invariants: { consistent: { statement: "The lock is held exactly when it has a holder.", check: (s) => (s.holder !== null) === (s.phase === "held") } },
});
`;

const esmSpec = lockSpec(`import { defineSpec, param, t } from "clusterspec";`, "export default ");
const vitestTest = (specModule: string) => `import { expect, test } from "vitest";
import { checkSpec } from "clusterspec";
import spec from "./${specModule}";

test("the lock spec holds", async () => {
  const r = await checkSpec(spec, { params: { C: 3 } });
  expect(r.result).toBe("ok");
  expect(r.distinctStates).toBe(4);
});
`;

function run(dir: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1", FORCE_COLOR: "0" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

const npx = (dir: string, ...args: string[]) => run(dir, join(dir, "node_modules/.bin", args[0]!), args.slice(1));

let tarball = "";
const dirs: string[] = [];
beforeAll(() => {
  tarball = packTarball();
}, 120_000);
afterAll(() => {
  for (const d of [...dirs, dirname(tarball)]) if (d) rmSync(d, { recursive: true, force: true });
});

describe("package (end to end)", () => {
  it("ships compiled JavaScript, declarations and the worker bootstrap, not the tests", () => {
    const files = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: join(import.meta.dirname, "../.."), encoding: "utf8" }))[0].files.map((f: { path: string }) => f.path) as string[];
    expect(files).toContain("dist/index.js");
    expect(files).toContain("dist/index.d.ts");
    expect(files).toContain("dist/checker/worker-entry.mjs");
    expect(files).toContain("bin/clusterspec.js");
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("generated/") || f.startsWith("bench/"))).toEqual([]);
  });

  for (const type of ["module", "commonjs"] as const) {
    it(`works in a fresh "type": "${type}" project with the strict tsc --init tsconfig`, () => {
      const dir = makeProject(tarball, type);
      dirs.push(dir);
      // A CommonJS project under verbatimModuleSyntax writes ES modules as .mts (or uses import = require, below).
      const ext = type === "module" ? "ts" : "mts";
      writeFileSync(join(dir, `lock.cspec.${ext}`), esmSpec);
      writeFileSync(join(dir, `lock.test.${ext}`), vitestTest(`lock.cspec.${ext === "ts" ? "js" : "mjs"}`));
      if (type === "commonjs")
        writeFileSync(join(dir, "required.cspec.ts"), lockSpec(`import cs = require("clusterspec");\nconst { defineSpec, param, t } = cs;`, "export = "));

      // `clusterspec init` scaffolds a spec, a mutant, a test and a config that work as written.
      const init = npx(dir, "clusterspec", "init", "lock");
      expect(init.code).toBe(0);

      const tsc = npx(dir, "tsc", "--noEmit");
      expect(tsc.all).not.toMatch(/error TS/);
      expect(tsc.code).toBe(0);

      const check = npx(dir, "clusterspec", "check", `lock.cspec.${ext}`, "--json");
      expect(check.stderr).toBe("");
      expect(JSON.parse(check.stdout)).toMatchObject({ spec: "lock", result: "ok", distinctStates: 3 });
      const two = npx(dir, "clusterspec", "check", `lock.cspec.${ext}`, "--param", "C=3", "--workers", "2", "--json");
      expect(JSON.parse(two.stdout)).toMatchObject({ result: "ok", distinctStates: 4 });

      if (type === "commonjs") {
        expect(JSON.parse(npx(dir, "clusterspec", "check", "required.cspec.ts", "--json").stdout)).toMatchObject({ result: "ok", distinctStates: 3 });
        // A .ts spec in ES module syntax inside a CommonJS project: tsx compiles it to require("clusterspec"),
        // which loads the ES module package (this used to be CS101 "Cannot require() ES Module … in a cycle").
        writeFileSync(join(dir, "esm-syntax.cspec.ts"), esmSpec);
        const cjs = npx(dir, "clusterspec", "check", "esm-syntax.cspec.ts", "--json");
        expect(cjs.stderr).toBe("");
        expect(JSON.parse(cjs.stdout)).toMatchObject({ result: "ok", distinctStates: 3 });
        rmSync(join(dir, "esm-syntax.cspec.ts"));
      }

      const folder = npx(dir, "clusterspec", "check", "lock", "--json");
      expect(JSON.parse(folder.stdout).specs.map((r: { spec: string; pass: boolean }) => [r.spec, r.pass])).toEqual([
        ["lock", true],
        ["lock-m1", true],
      ]);
      expect(folder.code).toBe(0);
      expect(npx(dir, "clusterspec", "describe", `lock/lock.cspec.${ext}`).stdout).toContain("mutualExclusion: At most one client holds the lock.");

      const vitest = npx(dir, "vitest", "run");
      expect(vitest.all).toMatch(/Test Files\s+2 passed/);
      expect(vitest.all).toMatch(/Tests\s+3 passed/);
      expect(vitest.all).not.toMatch(/No test suite found/);
      expect(vitest.code).toBe(0);
      // About 20 s on an idle 2-core machine; the margin is for shared, loaded CI machines.
    }, 300_000);
  }
});
