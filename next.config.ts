import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { loadAllWeeks } from "./lib/content/index";

/**
 * Check every note before a production build, so bad content stops the build
 * with one `content/<file>.md:<line>:<col> <problem>` line per problem instead
 * of a stack trace from inside a page.
 */
function checkContent(): void {
  const { warnings, errors } = loadAllWeeks();
  for (const warning of warnings) console.warn(`warning ${warning.message}`);
  if (errors.length === 0) return;
  for (const error of errors) console.error(error.message);
  console.error(`\n${errors.length} problem(s) in the notes; fix them and build again.`);
  process.exit(1);
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) checkContent();
  return {
    // A second build folder lets the e2e fixture site (CONTENT_DIR) be built and served beside the real one.
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    reactStrictMode: true,
    poweredByHeader: false,
  };
}
