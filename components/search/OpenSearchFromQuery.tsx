"use client";

import { useEffect } from "react";
import { requestSearch } from "./open-search";

/** On the exported /search page: `?q=` in the address opens the search dialog with it. */
export function OpenSearchFromQuery() {
  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get("q")?.normalize("NFC").trim();
    // After this commit's effects: the header's dialog listens from its own effect.
    if (query) window.setTimeout(() => requestSearch(query.slice(0, 200)), 0);
  }, []);
  return null;
}
