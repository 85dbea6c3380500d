#!/usr/bin/env node
// clusterspec CLI entry. Specs are TypeScript modules, so tsx is registered before anything loads a spec
// (ESM and CommonJS hooks both: a user's project may be either). Installed, the CLI runs from the compiled
// dist/; in a clone (where tsconfig.json sits next to src/) it runs the sources through tsx, so no build step
// is needed and a stale dist/ is never used.
import { existsSync } from "node:fs";
import { register as registerEsm } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";

registerEsm();
registerCjs();
const root = new URL("../", import.meta.url);
const clone = existsSync(new URL("tsconfig.json", root)) && existsSync(new URL("src/cli/main.ts", root));
const entry = clone || !existsSync(new URL("dist/cli/main.js", root)) ? "../src/cli/main.ts" : "../dist/cli/main.js";
const { main } = await import(entry);
const code = await main(process.argv.slice(2));
// A spec that leaves a timer (setInterval) or handle open must not keep the process alive after the result;
// stdout and stderr are synchronous for files and pipes, so nothing written is lost.
process.exit(code);
