"use client";

import { useEffect } from "react";
import { activeTarget } from "@/lib/toc/reading-line";
import { PAGE_IDS } from "@/lib/page-ids";
import { goToTarget, READING_LINE, setActiveSection, type TocLink, tocLinks } from "./active-section";

/** Far enough above the viewport to hold any note: a target scrolled past stays "intersecting" however fast the reader scrolls. */
const ABOVE_THE_PAGE = 10_000_000;

/**
 * Enhances the server-rendered lecture TOC: marks the entry being read with
 * `aria-current="location"`, keeps it visible in the sidebar, tells the other
 * islands which entry it is, and makes TOC clicks scroll (smoothly unless
 * reduced motion is asked for) while replacing the URL hash instead of
 * stacking history entries. Without JavaScript the TOC stays plain links.
 *
 * An IntersectionObserver whose area ends at the reading line says which
 * targets have reached it, so neither hydration nor each scrolled frame reads
 * the layout of every heading; only the answer and headings tied with it are measured.
 */
export function TocScrollSpy() {
  useEffect(() => {
    const nav = document.getElementById(PAGE_IDS.lectureToc);
    if (!nav) return;
    const toc: HTMLElement = nav;
    const targets: (TocLink & { tocIndex: number })[] = tocLinks()
      .map((link, tocIndex) => ({ ...link, tocIndex }))
      .sort((a, b) => documentOrder(a.target, b.target));
    const reached = new Map<Element, boolean>();
    let current: HTMLAnchorElement | null = null;
    let observer: IntersectionObserver | null = null;
    let frame = 0;

    function update() {
      const spied = targets.map((target) => ({ tocIndex: target.tocIndex, above: reached.get(target.target) ?? false }));
      const index = activeTarget(spied, (at) => targets[at]?.target.getBoundingClientRect().top ?? Number.NaN);
      const active = index === null ? null : (targets[index] ?? null);
      setActiveSection(active?.id ?? null);
      if (active?.link === current) return;
      current?.removeAttribute("aria-current");
      current = active?.link ?? null;
      if (!current) return;
      current.setAttribute("aria-current", "location");
      keepVisible(toc, current);
    }

    function observe() {
      frame = 0;
      observer?.disconnect();
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) reached.set(entry.target, entry.isIntersecting);
          update();
        },
        { rootMargin: `${ABOVE_THE_PAGE}px 0px ${READING_LINE - window.innerHeight}px 0px` },
      );
      for (const target of targets) observer.observe(target.target);
    }

    // The observed area ends at the reading line, so its margin follows the window's height.
    function onResize() {
      if (frame === 0) frame = window.requestAnimationFrame(observe);
    }

    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      const pair = link ? targets.find((candidate) => candidate.link === link) : undefined;
      if (!pair || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      goToTarget(pair.target, pair.id);
    }

    observe();
    window.addEventListener("resize", onResize);
    toc.addEventListener("click", onClick);
    return () => {
      observer?.disconnect();
      window.removeEventListener("resize", onResize);
      toc.removeEventListener("click", onClick);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, []);

  return null;
}

/** Sort comparator: document order, an ancestor before what it contains. */
function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
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
