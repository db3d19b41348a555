import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    // The first render of a file loads Shiki's grammars and themes: seconds on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
