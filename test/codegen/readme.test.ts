// The README's machine example is a real test: the README shows test/codegen/readmeExample.test.ts verbatim.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("README: Generated machines", () => {
  it("shows the example test file verbatim", () => {
    const readme = readFileSync("README.md", "utf8");
    const example = readFileSync("test/codegen/readmeExample.test.ts", "utf8");
    expect(readme).toContain("```ts\n" + example + "```");
  });

  it("documents every export of a generated machine", async () => {
    const readme = readFileSync("README.md", "utf8");
    const m = await import("../../generated/pr-ownership/machine.ts");
    for (const name of Object.keys(m)) expect(readme, name).toContain(`\`${name}`);
  });
});
