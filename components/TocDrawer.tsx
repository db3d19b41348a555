"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { focusableIn, trapTab } from "./navigation/focus-trap";
import { useHydrated } from "./navigation/use-hydrated";

/** The element that holds the lecture TOC: a sidebar on wide screens, this drawer on phones. */
const TOC_CONTAINER_ID = "toc";

/**
 * The "목차" button of phones: opens the lecture TOC as a modal drawer (focus
 * kept inside, Escape or a tap outside closes it, focus goes back to the
 * button). Before JavaScript runs it is a plain link to the TOC after the note.
 */
export function TocDrawer() {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const found = open ? document.getElementById(TOC_CONTAINER_ID) : null;
    if (!found) return;
    const drawer: HTMLElement = found;
    drawer.dataset.drawerOpen = "";
    drawer.setAttribute("role", "dialog");
    drawer.setAttribute("aria-modal", "true");
    drawer.setAttribute("aria-label", "강의 목차");
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    focusableIn(drawer)[0]?.focus({ preventScroll: true });

    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      } else trapTab(event, drawer);
    }
    // Capture: close (and unlock scrolling) before the TOC's own handler scrolls to the lecture.
    function onLinkClick(event: MouseEvent) {
      if (event.target instanceof Element && event.target.closest("a[href]")) close(false);
    }
    const wide = window.matchMedia("(min-width: 64rem)");
    function onWide() {
      if (wide.matches) close(false);
    }
    document.addEventListener("keydown", onKeyDown);
    drawer.addEventListener("click", onLinkClick, true);
    wide.addEventListener("change", onWide);
    return () => {
      delete drawer.dataset.drawerOpen;
      drawer.removeAttribute("role");
      drawer.removeAttribute("aria-modal");
      drawer.removeAttribute("aria-label");
      root.style.overflow = overflow;
      document.removeEventListener("keydown", onKeyDown);
      drawer.removeEventListener("click", onLinkClick, true);
      wide.removeEventListener("change", onWide);
    };
  }, [open, close]);

  // Only after a tap, so only in the browser.
  const container = open ? document.getElementById(TOC_CONTAINER_ID) : null;
  const className = "rounded-md border border-line px-3 py-1 text-sm font-medium text-ink hover:bg-soft lg:hidden";
  if (!hydrated) {
    return (
      <a href={`#${TOC_CONTAINER_ID}`} className={className}>
        목차
      </a>
    );
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={TOC_CONTAINER_ID}
        onClick={() => setOpen(true)}
      >
        목차
      </button>
      {container
        ? createPortal(
            <button
              type="button"
              onClick={() => close(true)}
              className="toc-drawer-close mb-3 ml-auto block rounded-md border border-line px-3 py-1 text-sm text-ink hover:bg-soft"
            >
              목차 닫기
            </button>,
            container,
          )
        : null}
      {open
        ? createPortal(<div aria-hidden="true" className="toc-backdrop" onClick={() => close(true)} />, document.body)
        : null}
    </>
  );
}
