import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Lives under test/ so the top level stays as the user asked; root points back at the repository.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts", "generated/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
