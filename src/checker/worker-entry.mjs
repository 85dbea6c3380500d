// Worker bootstrap: workers load TypeScript specs, so register tsx before importing the worker loop.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
