"use client";

import { lazy, Suspense, useCallback, useRef, useState } from "react";

// The drawer itself (focus trap, backdrop, close button) is phones-only and needed only once "목차" is tapped.
const TocDrawerPanel = lazy(() => import("./TocDrawerPanel"));

function preload(): void {
  void import("./TocDrawerPanel").catch(() => undefined);
}

/** The element that holds the lecture TOC: a sidebar on wide screens, this drawer on phones. */
const TOC_CONTAINER_ID = "toc";

/**
 * The "목차" button of phones: opens the lecture TOC as a modal drawer (focus
 * kept inside, Escape or a tap outside closes it, focus goes back to the
 * button). Without JavaScript a plain link to the TOC after the note stands in
 * for it; CSS picks one of the two, so hydration swaps nothing.
 */
export function TocDrawer() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus({ preventScroll: true });
  }, []);

  const className = "rounded-md border border-line px-3 py-1 text-sm font-medium text-ink hover:bg-soft lg:hidden";
  return (
    <>
      <a href={`#${TOC_CONTAINER_ID}`} className={`${className} scripted:hidden`}>
        목차
      </a>
      <button
        ref={button}
        type="button"
        className={`${className} noscript:hidden`}
        aria-expanded={open}
        aria-controls={TOC_CONTAINER_ID}
        onPointerDown={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        목차
      </button>
      {open ? (
        <Suspense fallback={null}>
          <TocDrawerPanel containerId={TOC_CONTAINER_ID} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
