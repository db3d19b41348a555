"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { copyButton, type FirstUse } from "./copy-button";

// Copying, the share sheet, the menu and the by-hand fallback are not needed to paint the page: they load when a
// copy button is first pointed at or focused, or on its first use.
const CopyLinkActions = lazy(() => import("./CopyLinkActions"));

type Props = {
  /** The week whose headings the buttons sit in; the copied URL is `<origin>/weeks/<slug>#<id>`. */
  slug: string;
  /** Ids of the sections with a preview page of their own (`/weeks/<slug>/<id>`): their buttons get the menu. */
  sectionPages: readonly string[];
};

/** How long the "copied" toast stays on screen. */
const TOAST_MS = 2500;

/**
 * The copy-link buttons that rehype-heading-links puts in every heading, made
 * to work (CopyLinkActions does the work, loaded when a button is first pointed
 * at or focused). Until that has loaded, a click or
 * ArrowDown on a button is caught here and handed to it, so the first use
 * still acts. The toast is rendered here, in the page from the start.
 */
export function CopyLinkHandler({ slug, sectionPages }: Props) {
  const [message, setMessage] = useState("");
  const [wanted, setWanted] = useState(false);
  const [firstUse, setFirstUse] = useState<FirstUse | null>(null);
  // A ref, not state: from the moment CopyLinkActions listens, an event must not be caught twice.
  const ready = useRef(false);
  const onReady = useCallback(() => {
    ready.current = true;
  }, []);

  useEffect(() => {
    // Pointing at or focusing a button fetches the module ahead of the click, as the search button does.
    function approach(event: Event) {
      if (!ready.current && copyButton(event)) setWanted(true);
    }
    function early(event: MouseEvent | KeyboardEvent) {
      if (ready.current || (event instanceof KeyboardEvent && event.key !== "ArrowDown")) return;
      const found = copyButton(event);
      if (!found) return;
      event.preventDefault();
      setFirstUse({ kind: event instanceof KeyboardEvent ? "menu" : "click", ...found });
      setWanted(true);
    }
    document.addEventListener("pointerover", approach);
    document.addEventListener("focusin", approach);
    document.addEventListener("click", early);
    document.addEventListener("keydown", early);
    return () => {
      document.removeEventListener("pointerover", approach);
      document.removeEventListener("focusin", approach);
      document.removeEventListener("click", early);
      document.removeEventListener("keydown", early);
    };
  }, []);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(""), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <>
      {/* Always in the DOM, so screen readers hear the change; visible only while it has something to say. */}
      <div role="status" aria-live="polite" className="share-toast no-print" data-visible={message ? "" : undefined}>
        {message}
      </div>
      {wanted ? (
        <Suspense fallback={null}>
          <CopyLinkActions slug={slug} sectionPages={sectionPages} firstUse={firstUse} onReady={onReady} onMessage={setMessage} />
        </Suspense>
      ) : null}
    </>
  );
}
