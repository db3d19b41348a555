import { readFileSync } from "node:fs";
import path from "node:path";

/** What the pages and the service worker say when no build id can be read (`next dev`): no worker is registered then. */
export const NO_BUILD = "development";

let cached: string | null = null;

/**
 * The id of the build being prerendered or served: Next writes `BUILD_ID`
 * into its build folder before it renders any page or static route, so the
 * pages and `/sw.js` of one build name the same id, and every build a new one.
 * No file (the dev server) reads as `NO_BUILD`.
 */
export function currentBuildId(): string {
  if (cached !== null) return cached;
  // The build folder is chosen at run time (NEXT_DIST_DIR: the e2e fixture site); not traced statically.
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  let id = NO_BUILD;
  try {
    id = readFileSync(file, "utf8").trim() || NO_BUILD;
  } catch {
    id = NO_BUILD;
  }
  if (process.env.NODE_ENV === "production") cached = id;
  return id;
}
