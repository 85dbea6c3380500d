// Test helper: generate machines into a temporary package (ESM, so tsx loads them as modules).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpecModule } from "../../src/checker/loadSpec.ts";
import { generateUnit, writeFiles, type UnitReport } from "../../src/codegen/generate.ts";

export interface TempMachines {
  readonly dir: string;
  /** Generates the machine of `specFile` and returns its path and compilation report. */
  make(specFile: string, options?: { compile?: boolean; params?: Record<string, string | number | boolean> }): Promise<{ path: string; report: UnitReport }>;
  dispose(): void;
}

export function tempMachines(prefix: string): TempMachines {
  const dir = mkdtempSync(join(tmpdir(), `clusterspec-${prefix}-`));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  let n = 0;
  return {
    dir,
    async make(specFile, options = {}) {
      const { spec, exportName } = await loadSpecModule(specFile);
      const out = join(dir, String(n++));
      const { files, report } = await generateUnit(spec, specFile, exportName, { out, compile: options.compile, params: options.params });
      writeFiles(files);
      return { path: join(out, spec.name, "machine.ts"), report };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
