import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { loadAllWeeks } from "./lib/content/index";
import { contentReport, strictContent } from "./lib/content/report";

/**
 * Check every note before a production build, so bad content stops the build
 * with one `content/<file>.md:<line>:<col> <problem>` line per problem instead
 * of a stack trace from inside a page.
 */
function checkContent(): void {
  const { lines, failed } = contentReport(loadAllWeeks(), strictContent());
  for (const line of lines) console.error(`${line.level} ${line.text}`);
  if (!failed) return;
  const strict = strictContent() ? " (STRICT_CONTENT=1: warnings count as errors)" : "";
  console.error(`\n${lines.filter((line) => line.level === "error").length} problem(s) in the notes${strict}; fix them and build again.`);
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
