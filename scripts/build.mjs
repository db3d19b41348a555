#!/usr/bin/env node
// `npm run build`: the production build `npm start` and `npm test` serve.
//
//   next build -> scripts/csp.ts (each prerendered page's script policy) -> record the build
//
// NEXT_DIST_DIR, CONTENT_DIR and SITE_URL are passed through to both steps.

import { recordBuild } from "./build-info.mjs";
import { runToolsOrExit } from "./run-tools.mjs";

runToolsOrExit("build", [
  ["next", ["build"]],
  ["tsx", ["scripts/csp.ts"]],
]);
recordBuild();
