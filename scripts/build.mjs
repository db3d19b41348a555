#!/usr/bin/env node
// `npm run build`: the production build `npm start` and `npm test` serve.
//
//   next build -> scripts/csp.ts (each prerendered page's script policy)
//   -> Brotli and gzip of each prerendered page (scripts/prerendered.mjs) -> record the build
//
// NEXT_DIST_DIR, CONTENT_DIR and SITE_URL are passed through to both steps.

import path from "node:path";
import { recordBuild } from "./build-info.mjs";
import { precompressPrerendered } from "./prerendered.mjs";
import { ROOT, runToolsOrExit } from "./run-tools.mjs";

runToolsOrExit("build", [
  ["next", ["build"]],
  ["tsx", ["scripts/csp.ts"]],
]);
await precompressPrerendered(path.resolve(ROOT, process.env.NEXT_DIST_DIR ?? ".next"));
recordBuild();
