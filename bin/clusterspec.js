#!/usr/bin/env node
// clusterspec CLI entry: specs are TypeScript modules, so register tsx before loading the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
