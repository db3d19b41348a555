"use client";

import { useEffect } from "react";
import { createPortal } from "react-dom";
import { focusableIn, trapTab } from "./focus-trap";

type Props = {
  /** The element that holds the lecture TOC: a sidebar on wide screens, this drawer on phones. */
  containerId: string;
  /** Closes the drawer; `returnFocus` puts focus back on the "목차" button. */
  onClose: (returnFocus: boolean) => void;
};

/**
 * The open TOC drawer, loaded on the first tap of "목차" (TocDrawer): the
 * server-rendered TOC becomes a modal dialog with focus kept inside, Escape,
 * the close button or a tap outside closes it.
 */
export default function TocDrawerPanel({ containerId, onClose }: Props) {
  useEffect(() => {
    const found = document.getElementById(containerId);
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
        onClose(true);
      } else trapTab(event, drawer);
    }
    // Capture: close (and unlock scrolling) before the TOC's own handler scrolls to the lecture.
    function onLinkClick(event: MouseEvent) {
      if (event.target instanceof Element && event.target.closest("a[href]")) onClose(false);
    }
    const wide = window.matchMedia("(min-width: 64rem)");
    function onWide() {
      if (wide.matches) onClose(false);
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
  }, [containerId, onClose]);

  // Mounted only after a tap, so only in the browser.
  const container = document.getElementById(containerId);
  return (
    <>
      {container
        ? createPortal(
            <button
              type="button"
              onClick={() => onClose(true)}
              className="toc-drawer-close mb-3 ml-auto block rounded-md border border-line px-3 py-1 text-sm text-ink hover:bg-soft"
            >
              목차 닫기
            </button>,
            container,
          )
        : null}
      {createPortal(<div aria-hidden="true" className="toc-backdrop" onClick={() => onClose(true)} />, document.body)}
    </>
  );
}
