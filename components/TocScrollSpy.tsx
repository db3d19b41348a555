"use client";

import { useEffect } from "react";

/** How far below the top of the viewport a heading counts as "being read": the sticky header plus a little. */
const READING_LINE = 96;

/**
 * Enhances the server-rendered lecture TOC: marks the entry being read with
 * `aria-current="location"` and keeps it visible in the sidebar, and makes
 * TOC clicks scroll (smoothly unless reduced motion is asked for) while
 * replacing the URL hash instead of stacking history entries.
 * Without JavaScript the TOC stays plain working links.
 */
export function TocScrollSpy({ navId }: { navId: string }) {
  useEffect(() => {
    const found = document.getElementById(navId);
    if (!found) return;
    const nav: HTMLElement = found;
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links
      .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((pair): pair is { link: HTMLAnchorElement; target: HTMLElement } => pair.target !== null);
    let current: HTMLAnchorElement | null = null;
    let frame = 0;

    function update() {
      frame = 0;
      let active: HTMLAnchorElement | null = null;
      let activeTop = Number.NEGATIVE_INFINITY;
      for (const { link, target } of targets) {
        const top = target.getBoundingClientRect().top;
        // The last heading above the reading line wins; ties keep the first TOC entry.
        if (top <= READING_LINE && top > activeTop) {
          active = link;
          activeTop = top;
        }
      }
      if (active === current) return;
      current?.removeAttribute("aria-current");
      current = active;
      if (!active) return;
      active.setAttribute("aria-current", "location");
      keepVisible(nav, active);
    }

    function schedule() {
      if (frame === 0) frame = window.requestAnimationFrame(update);
    }

    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      const pair = link ? targets.find((candidate) => candidate.link === link) : undefined;
      if (!pair || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      pair.target.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "start" });
      window.history.replaceState(window.history.state, "", pair.link.hash);
    }

    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    nav.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      nav.removeEventListener("click", onClick);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, [navId]);

  return null;
}

/** Scroll the sidebar (not the page) so the active entry is in view. */
function keepVisible(nav: HTMLElement, link: HTMLElement) {
  const scroller = nav.closest("aside");
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight) return;
  const linkBox = link.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (linkBox.top < box.top) scroller.scrollTop -= box.top - linkBox.top + 16;
  else if (linkBox.bottom > box.bottom) scroller.scrollTop += linkBox.bottom - box.bottom + 16;
}
