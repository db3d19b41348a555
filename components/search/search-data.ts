import { SearchEngine } from "@/lib/search/engine";
import { INDEX_URL, parseSearchIndex, parseWeekTexts, textsUrl, type WeekTextsData } from "@/lib/search/format";

/**
 * The index and the week texts as the browser fetches them: once per page
 * life, validated, shared by every open of the dialog. A failed fetch is
 * forgotten so the next open tries again.
 */
let engine: Promise<SearchEngine> | null = null;
const texts = new Map<string, Promise<WeekTextsData>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  return json;
}

/** The engine over the site's index; starts the download on first call. */
export function loadEngine(): Promise<SearchEngine> {
  if (!engine) {
    const loading = fetchJson(INDEX_URL).then((json) => new SearchEngine(parseSearchIndex(json)));
    loading.catch(() => {
      if (engine === loading) engine = null;
    });
    engine = loading;
  }
  return engine;
}

/** One week's texts (snippets, phrase checks). */
export function loadTexts(slug: string): Promise<WeekTextsData> {
  let loading = texts.get(slug);
  if (!loading) {
    const started = fetchJson(textsUrl(slug)).then(parseWeekTexts);
    started.catch(() => texts.delete(slug));
    texts.set(slug, started);
    loading = started;
  }
  return loading;
}
