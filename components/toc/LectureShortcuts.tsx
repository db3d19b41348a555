"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { bySelector, PAGE_DOM } from "@/lib/dom-contract";
import { isTyping } from "../site/browser";
import { getActiveSection, goToTarget, type TocLink, tocLinks } from "./active-section";

// The help dialog is only read after "?" (or its button): it loads then, and opens as soon as it has.
const ShortcutHelp = lazy(() => import("./ShortcutHelp"));

function preloadHelp(): void {
  void import("./ShortcutHelp").catch(() => undefined);
}

/**
 * Keyboard shortcuts for moving between lectures (`]` next, `[` previous) and
 * a `?` help dialog listing them. Keys typed into form fields are left alone.
 */
export function LectureShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  // A ref as well as state: while the dialog is still loading, the page behind it must already ignore `[` and `]`.
  const helpWanted = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  const openHelp = useCallback(() => {
    if (helpWanted.current) return;
    helpWanted.current = true;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHelpOpen(true);
  }, []);

  const closeHelp = useCallback(() => {
    helpWanted.current = false;
    setHelpOpen(false);
    returnFocus.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTyping(event.target)) return;
      // Another dialog (search, lightbox, this help) has the keyboard.
      if (helpWanted.current || document.querySelector("dialog[open]")) return;
      if (event.key === "?") {
        event.preventDefault();
        openHelp();
      } else if (event.key === "]" || event.key === "[") {
        const step = event.key === "]" ? 1 : -1;
        const target = neighbour(step);
        // Past the first or last lecture, the course goes on: the previous or next note, as the pager under the note links it.
        const pager = target ? null : document.querySelector<HTMLAnchorElement>(`a${bySelector(PAGE_DOM.pager, step === 1 ? "next" : "previous")}`);
        if (!target && !pager) return;
        event.preventDefault();
        if (target) goToTarget(target.target, target.id);
        else pager?.click();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [openHelp]);

  return (
    <>
      <button
        type="button"
        onClick={openHelp}
        onPointerEnter={preloadHelp}
        onFocus={preloadHelp}
        aria-haspopup="dialog"
        className="hidden rounded-md border border-line px-2.5 py-1 text-sm text-muted hover:bg-soft hover:text-ink scripted:sm:inline-block"
      >
        단축키 <kbd className="ml-1 font-mono text-xs">?</kbd>
      </button>
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutHelp onClose={closeHelp} />
        </Suspense>
      ) : null}
    </>
  );
}

/** The next (+1) or previous (-1) lecture, skipping targets at the same place (aliases of one heading). */
function neighbour(step: 1 | -1): TocLink | null {
  const links = tocLinks();
  const active = getActiveSection();
  const index = links.findIndex((link) => link.id === active);
  const current = links[index];
  if (!current) return step === 1 ? (links[0] ?? null) : null;
  const top = (link: TocLink) => link.target.getBoundingClientRect().top;
  const samePlace = (a: TocLink, b: TocLink) => Math.abs(top(a) - top(b)) <= 2;
  for (let at = index + step; at >= 0 && at < links.length; at += step) {
    const candidate = links[at];
    if (!candidate || samePlace(candidate, current)) continue;
    // Several entries of one combined section: land on the first of them, as the TOC marks it.
    let first = at;
    for (let before = links[first - 1]; before && samePlace(before, candidate); before = links[first - 1]) first -= 1;
    return links[first] ?? candidate;
  }
  return null;
}
