import type { NextConfig } from "next";

/**
 * The floor of bench/run.ts: the least a Next.js app of the portal's versions
 * ships for Week 8. FLOOR_EXPORT=1 makes the static HTML export the file
 * server serves (FLOOR_DIST_DIR=out: with an export the build folder is the
 * export); FLOOR_DIST_DIR keeps it apart from `next start`'s .next.
 */
const config: NextConfig = {
  ...(process.env.FLOOR_EXPORT === "1" ? { output: "export" as const } : {}),
  distDir: process.env.FLOOR_DIST_DIR ?? ".next",
  poweredByHeader: false,
};

export default config;
