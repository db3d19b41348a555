/**
 * Which TOC entry the reader is in, shared by the client islands that follow
 * the scroll (TOC highlight, breadcrumb, "on this page", shortcuts).
 * Only client components import this module.
 */
import { PAGE_IDS } from "@/lib/page-ids";
import { safeDecode } from "@/lib/urls";

let activeId: string | null = null;
const listeners = new Set<() => void>();

/** Subscribe for `useSyncExternalStore`. */
export function subscribeActiveSection(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The id of the TOC entry being read, or null above the first one. */
export function getActiveSection(): string | null {
  return activeId;
}

/** Server snapshot: nothing is being read before the page runs. */
export function getServerActiveSection(): string | null {
  return null;
}

/** Called by the scrollspy when the reader moves into another entry. */
export function setActiveSection(id: string | null): void {
  if (id === activeId) return;
  activeId = id;
  for (const listener of listeners) listener();
}

/** How far below the top of the viewport a heading counts as "being read": below the sticky bars. */
export const READING_LINE = 128;

/** A TOC link and the element it points to. */
export type TocLink = { link: HTMLAnchorElement; id: string; target: HTMLElement };

/** The links of the lecture TOC whose targets exist, in TOC order. */
export function tocLinks(): TocLink[] {
  const nav = document.getElementById(PAGE_IDS.lectureToc);
  if (!nav) return [];
  return [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const id = safeDecode(link.hash.slice(1));
    const target = document.getElementById(id);
    return target ? [{ link, id, target }] : [];
  });
}

/** Scroll to a TOC target (instantly when the reader asks for reduced motion) and put it in the URL without a history entry. */
export function goToTarget(target: HTMLElement, id: string): void {
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "start" });
  window.history.replaceState(window.history.state, "", `#${encodeURIComponent(id)}`);
  // Keys pressed before a smooth scroll ends move on from here, not from where the scroll is.
  setActiveSection(id);
}
