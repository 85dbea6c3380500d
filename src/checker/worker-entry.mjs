// Worker bootstrap: workers load TypeScript specs, so register tsx (ESM and CommonJS hooks) before importing
// the worker loop. Compiled, this file sits next to worker.js in dist/; in the sources, next to worker.ts.
import { existsSync } from "node:fs";
import { register as registerEsm } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";

registerEsm();
registerCjs();
await import(existsSync(new URL("./worker.js", import.meta.url)) ? "./worker.js" : "./worker.ts");
