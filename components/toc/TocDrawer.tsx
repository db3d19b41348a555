"use client";

import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { PAGE_IDS } from "@/lib/page-ids";

// The drawer itself (focus trap, backdrop, close button) is phones-only and needed only once "목차" is tapped.
const TocDrawerPanel = lazy(() => import("./TocDrawerPanel"));

function preload(): void {
  void import("./TocDrawerPanel").catch(() => undefined);
}

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
      <a href={`#${PAGE_IDS.tocColumn}`} className={`${className} scripted:hidden`}>
        목차
      </a>
      <button
        ref={button}
        type="button"
        className={`${className} noscript:hidden`}
        aria-expanded={open}
        aria-controls={PAGE_IDS.tocColumn}
        onPointerDown={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        목차
      </button>
      {open ? (
        <Suspense fallback={null}>
          <TocDrawerPanel containerId={PAGE_IDS.tocColumn} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
