/**
 * A window event that opens the header's search dialog with a query (its
 * `detail`), for pages that know the query only in the browser.
 */
export const OPEN_SEARCH_EVENT = "study-portal:open-search";

export function requestSearch(query: string): void {
  window.dispatchEvent(new CustomEvent<string>(OPEN_SEARCH_EVENT, { detail: query }));
}
