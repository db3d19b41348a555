"use client";

import { useEffect } from "react";
import { goToTarget, LECTURE_TOC_ID, READING_LINE, setActiveSection, tocLinks } from "./navigation/active-section";

/**
 * Enhances the server-rendered lecture TOC: marks the entry being read with
 * `aria-current="location"`, keeps it visible in the sidebar, tells the other
 * islands which entry it is, and makes TOC clicks scroll (smoothly unless
 * reduced motion is asked for) while replacing the URL hash instead of
 * stacking history entries. Without JavaScript the TOC stays plain links.
 */
export function TocScrollSpy() {
  useEffect(() => {
    const nav = document.getElementById(LECTURE_TOC_ID);
    if (!nav) return;
    const toc: HTMLElement = nav;
    const targets = tocLinks();
    let current: HTMLAnchorElement | null = null;
    let frame = 0;

    function update() {
      frame = 0;
      let active: (typeof targets)[number] | null = null;
      let activeTop = Number.NEGATIVE_INFINITY;
      for (const candidate of targets) {
        const top = candidate.target.getBoundingClientRect().top;
        // The last heading above the reading line wins; ties keep the first TOC entry.
        if (top <= READING_LINE && top > activeTop) {
          active = candidate;
          activeTop = top;
        }
      }
      setActiveSection(active?.id ?? null);
      if (active?.link === current) return;
      current?.removeAttribute("aria-current");
      current = active?.link ?? null;
      if (!current) return;
      current.setAttribute("aria-current", "location");
      keepVisible(toc, current);
    }

    function schedule() {
      if (frame === 0) frame = window.requestAnimationFrame(update);
    }

    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      const pair = link ? targets.find((candidate) => candidate.link === link) : undefined;
      if (!pair || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      goToTarget(pair.target, pair.id);
    }

    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    toc.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      toc.removeEventListener("click", onClick);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, []);

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
