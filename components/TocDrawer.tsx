"use client";

import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { useHydrated } from "./navigation/use-hydrated";

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
