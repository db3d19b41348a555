"use client";

import { useEffect, useRef, useState } from "react";
import { sectionHref } from "@/lib/content/share";

type Props = {
  /** The week whose headings the buttons sit in; the copied URL is `<origin>/weeks/<slug>#<id>`. */
  slug: string;
};

type Fallback = { url: string; title: string; returnTo: HTMLElement };

/** How long the "copied" toast stays on screen. */
const TOAST_MS = 2500;

/**
 * The copy-link buttons that rehype-heading-links puts in every heading, made
 * to work: one delegated click listener for all of them, so the note itself
 * stays server-rendered. Copies with the Clipboard API; on touch screens with
 * a share sheet, offers that instead; where the clipboard is missing or
 * denied, shows the URL selected in a small field to copy by hand.
 */
export function CopyLinkHandler({ slug }: Props) {
  const [message, setMessage] = useState("");
  const [fallback, setFallback] = useState<Fallback | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    async function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button.heading-link[data-copy-id]") : null;
      const id = button?.dataset.copyId;
      if (!button || !id) return;
      event.preventDefault();
      const url = new URL(sectionHref(slug, id), window.location.origin).href;
      const title = button.closest("h2, h3, h4, h5, h6")?.textContent?.trim() || document.title;
      if (await shared(url, title)) return;
      if (await copied(url)) {
        setFallback(null);
        setMessage("링크를 복사했습니다");
      } else {
        setMessage("");
        setFallback({ url, title, returnTo: button });
      }
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [slug]);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(""), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  useEffect(() => {
    if (!fallback) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback]);

  function closeFallback() {
    fallback?.returnTo.focus();
    setFallback(null);
  }

  return (
    <>
      {/* Always in the DOM, so screen readers hear the change; visible only while it has something to say. */}
      <div role="status" aria-live="polite" className="share-toast no-print" data-visible={message ? "" : undefined}>
        {message}
      </div>
      {fallback ? (
        <div
          role="dialog"
          aria-label="링크 복사"
          className="share-popover no-print"
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.stopPropagation();
              closeFallback();
            }
          }}
        >
          <label htmlFor="share-link-field" className="share-popover-label">
            자동으로 복사하지 못했습니다. 선택된 주소를 복사하세요 (Ctrl+C, ⌘C).
          </label>
          <input
            ref={field}
            id="share-link-field"
            type="text"
            readOnly
            value={fallback.url}
            onFocus={(event) => event.currentTarget.select()}
            className="share-popover-field"
          />
          <button type="button" onClick={closeFallback} className="share-popover-close">
            닫기
          </button>
        </div>
      ) : null}
    </>
  );
}

/** Offers the system share sheet on touch screens that have one; true when it was shown (shared or dismissed). */
async function shared(url: string, title: string): Promise<boolean> {
  const touch = window.matchMedia("(hover: none) and (pointer: coarse)").matches;
  if (!touch || !("share" in navigator) || typeof navigator.share !== "function") return false;
  try {
    await navigator.share({ title, url });
    return true;
  } catch (error) {
    // The reader closing the sheet is an answer; any other failure falls back to copying.
    return error instanceof DOMException && error.name === "AbortError";
  }
}

/** Copies with the Clipboard API; false when it is missing (plain http, old browsers) or denied. */
async function copied(url: string): Promise<boolean> {
  // Typed as always there, but undefined outside secure contexts (plain http on a LAN address).
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}
