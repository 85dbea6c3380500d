// `npm run build`: compile src/ to dist/ (JavaScript + .d.ts) and copy the worker bootstrap, which tsc does not emit.
import { copyFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const root = new URL("../", import.meta.url);
rmSync(new URL("dist", root), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", new URL("tsconfig.build.json", root).pathname], { stdio: "inherit" });
copyFileSync(new URL("src/checker/worker-entry.mjs", root), new URL("dist/checker/worker-entry.mjs", root));
