"use client";

import { useEffect } from "react";
import { bySelector, PAGE_DOM } from "@/lib/dom-contract";
import { PAGE_IDS } from "@/lib/page-ids";
import { previewTarget } from "./preview-target";

/** How long a pointer rests on a link before its card opens: a pointer passing over it opens nothing. */
const INTENT_DELAY_MS = 300;

/** Links previewed: the note's own (static HTML, so found by delegation) and the backlinks list. */
const SCOPE = `#${PAGE_IDS.noteBody}, ${bySelector(PAGE_DOM.linkPreviews)}`;

type CardModule = typeof import("./preview-card");
let cardModule: Promise<CardModule> | null = null;

/** The card's code (and, through it, the preview data) loads on the first intent, never with the page. */
function loadCard(): Promise<CardModule> {
  cardModule ??= import("./preview-card");
  return cardModule;
}

function previewableLink(target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const link = target.closest("a[href]");
  if (!(link instanceof HTMLAnchorElement) || !link.closest(SCOPE)) return null;
  return previewTarget(link.getAttribute("href") ?? "", window.location.href) ? link : null;
}

/**
 * Link previews: listens on the document for a mouse or pen resting on a link
 * to another note or section, or keyboard focus reaching one, and after a
 * short delay opens a card (./preview-card.ts, imported then). Touch shows
 * nothing: a tap follows the link as usual. One listener for every link, so
 * the note's HTML needs no wrapper per link.
 */
export function LinkPreviews() {
  useEffect(() => {
    let timer: number | undefined;
    let pending: HTMLAnchorElement | null = null;

    function schedule(link: HTMLAnchorElement, cause: "pointer" | "focus") {
      if (pending === link) return;
      window.clearTimeout(timer);
      pending = link;
      timer = window.setTimeout(() => {
        pending = null;
        void loadCard().then(
          (card) => card.openPreview(link, cause),
          () => undefined,
        );
      }, INTENT_DELAY_MS);
    }

    function cancel(link: HTMLAnchorElement) {
      if (pending !== link) return;
      window.clearTimeout(timer);
      pending = null;
    }

    function onPointerOver(event: PointerEvent) {
      if (event.pointerType === "touch") return;
      const link = previewableLink(event.target);
      if (link) schedule(link, "pointer");
    }

    function onPointerOut(event: PointerEvent) {
      const link = previewableLink(event.target);
      if (link && !(event.relatedTarget instanceof Node && link.contains(event.relatedTarget))) cancel(link);
    }

    function onFocusIn(event: FocusEvent) {
      const link = previewableLink(event.target);
      // Focus by keyboard only: a click or a tap focuses the link too, and is already following it.
      if (link?.matches(":focus-visible")) schedule(link, "focus");
    }

    function onFocusOut(event: FocusEvent) {
      const link = previewableLink(event.target);
      if (link) cancel(link);
    }

    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("pointerout", onPointerOut);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("pointerout", onPointerOut);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
    };
  }, []);
  return null;
}
