import type { Week } from "../content/types";
import { type BuiltSearch, buildSearch } from "./build";
import { SearchEngine } from "./engine";

let cache: { weeks: readonly Week[]; built: BuiltSearch; engine: SearchEngine } | null = null;

/**
 * The site's search index, texts and an engine over them, built once per
 * change of the notes: the loader hands app/'s routes the same array until a
 * note changes. Server only: route handlers and the /search page.
 */
export function siteSearch(weeks: readonly Week[]): { built: BuiltSearch; engine: SearchEngine } {
  if (cache?.weeks !== weeks) {
    const built = buildSearch(weeks);
    cache = { weeks, built, engine: new SearchEngine(built.index) };
  }
  return cache;
}
