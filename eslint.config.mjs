import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import layers from "./eslint-rules/layers.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  // Which layer may import which (app → components → lib/render → lib/content; contracts import nothing): eslint-rules/layers.mjs.
  ...layers,
  {
    // The lightbox shows the author's own images from any host, as written;
    // next/image would need every host allow-listed and an image optimizer.
    files: ["components/lightbox/**"],
    rules: { "@next/next/no-img-element": "off" },
  },
  globalIgnores([
    ".next/**",
    // Every build folder: .next-fixtures (e2e), .next-bench-* (the benchmark), others passed as NEXT_DIST_DIR.
    ".next-*/**",
    "out/**",
    "node_modules/**",
    "scratch/**",
    "test-results/**",
    "playwright-report/**",
    "bench/floor/**",
    "next-env.d.ts",
  ]),
]);
