/** Verbs contributed by other parts of the toolkit, registered when present. */
import type { Command } from "commander";
import type { Io } from "./io.ts";

export async function registerOptionalCommands(program: Command, _io: Io): Promise<void> {
  try {
    const mod = (await import("./commands/cluster.ts")) as { registerClusterCommand?: (p: Command) => void };
    mod.registerClusterCommand?.(program);
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code !== "ERR_MODULE_NOT_FOUND") throw e;
  }
}
