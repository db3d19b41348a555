#!/usr/bin/env node
// `npm run build`: the production build `npm start` and `npm test` serve.
//
//   next build -> scripts/csp.ts (each prerendered page's script policy) -> record the build
//
// NEXT_DIST_DIR, CONTENT_DIR and SITE_URL are passed through to both steps.

import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recordBuild } from "./build-info.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const bin = (/** @type {string} */ name) => path.join(ROOT, "node_modules", ".bin", name);

for (const [command, args] of /** @type {const} */ ([
  [bin("next"), ["build"]],
  [bin("tsx"), ["scripts/csp.ts"]],
])) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.error) console.error(`build: could not run ${command}: ${result.error.message} (did you run npm ci?)`);
  const code = result.error ? 1 : (result.status ?? 1);
  if (code !== 0) process.exit(code);
}
recordBuild();
