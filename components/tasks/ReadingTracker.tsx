"use client";

import { useEffect } from "react";
import { readLastRead, writeLastRead } from "@/lib/tasks/resume";
import { browserStorage } from "../site/browser";

/**
 * Remembers the week and the lecture being read for the home page's
 * "이어서 보기": the TOC entry the scrollspy marks `aria-current="location"`,
 * or the URL's hash. Renders nothing.
 */
export function ReadingTracker({ slug, navId }: { slug: string; navId: string }) {
  useEffect(() => {
    let timer = 0;
    // The visit itself is to be written, but not from hydration's effects, where even arming a
    // timer is costly (issue #8): the first move of the scrollspy or the page going away writes it.
    let pending = true;
    let last = current();

    function current(): string | null {
      const link = document.querySelector<HTMLAnchorElement>(`#${navId} a[aria-current="location"]`);
      const hash = link?.hash ?? window.location.hash;
      if (!hash) return null;
      try {
        return decodeURIComponent(hash.slice(1));
      } catch {
        return null;
      }
    }

    function write() {
      timer = 0;
      pending = false;
      // At the top of the page nothing is current yet: keep the place from the last visit.
      const previous = last === null ? readLastRead(browserStorage) : null;
      writeLastRead(browserStorage, { slug, anchor: last ?? (previous?.slug === slug ? previous.anchor : null), at: Date.now() });
    }

    // Read the place at once (the DOM may be gone by the time the write runs), write it a little later.
    function schedule() {
      last = current() ?? last;
      window.clearTimeout(timer);
      timer = window.setTimeout(write, 400);
      pending = true;
    }

    /** Writes the place now if a write is pending. */
    function flush() {
      if (!pending) return;
      window.clearTimeout(timer);
      write();
    }

    const nav = document.getElementById(navId);
    const observer = new MutationObserver(schedule);
    if (nav) observer.observe(nav, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
    window.addEventListener("hashchange", schedule);
    // Closing or reloading the tab within the delay still records the place.
    window.addEventListener("pagehide", flush);
    return () => {
      observer.disconnect();
      window.removeEventListener("hashchange", schedule);
      window.removeEventListener("pagehide", flush);
      // Leaving the page (a client-side link) flushes the place not yet written.
      flush();
    };
  }, [slug, navId]);

  return null;
}
