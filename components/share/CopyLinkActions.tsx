"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { sectionHref, sectionPagePath } from "@/lib/urls";
import { copyButton, type FirstUse } from "./copy-button";

type Props = {
  /** The week whose headings the buttons sit in; the copied URL is `<origin>/weeks/<slug>#<id>`. */
  slug: string;
  /** Ids of the sections with a preview page of their own (`/weeks/<slug>/<id>`): their buttons get the menu. */
  sectionPages: readonly string[];
  /** A button used before this module had loaded: acted on as soon as it has. */
  firstUse: FirstUse | null;
  /** Called once this module's listeners are in place, so CopyLinkHandler stops catching uses itself. */
  onReady: () => void;
  /** The toast lives in CopyLinkHandler, in the page from the start, so screen readers hear it change. */
  onMessage: (message: string) => void;
};

type Fallback = { url: string; title: string; returnTo: HTMLElement };

/** The small menu shown under a lecture's copy button: its preview-page URL, and the share sheet where there is one. */
type Menu = { url: string; title: string; anchor: HTMLButtonElement; top: number; left: number; canShare: boolean };

/**
 * What the copy-link buttons that rehype-heading-links puts in every heading
 * do, loaded after the page (CopyLinkHandler): one delegated click listener
 * for all of them, so the note itself stays server-rendered. Copies with the
 * Clipboard API; on touch screens with a share sheet, offers that instead;
 * where the clipboard is missing or denied, shows the URL selected in a small
 * field to copy by hand.
 *
 * A click stays a one-step copy of the `#id` link. For a section with its own
 * preview page, a small menu then opens under the button (ArrowDown on the
 * button opens it without copying): "미리보기 링크 복사" copies the page URL that
 * chat apps show a card for, "공유…" hands it to the share sheet. Arrow keys,
 * Home and End move in it; Escape, Tab or a click elsewhere closes it.
 */
export default function CopyLinkActions({ slug, sectionPages, firstUse, onReady, onMessage }: Props) {
  const [fallback, setFallback] = useState<Fallback | null>(null);
  const [menu, setMenu] = useState<Menu | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // useId: a fixed id could be a note heading's GitHub id too.
  const fieldId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  // The first use is acted on once, even when effects run twice (Strict Mode in development).
  const handled = useRef<FirstUse | null>(null);

  useEffect(() => {
    function openMenu(button: HTMLButtonElement, id: string, title: string) {
      if (!sectionPages.includes(id)) return;
      const rect = button.getBoundingClientRect();
      const maxLeft = window.scrollX + document.documentElement.clientWidth - 208;
      setMenu({
        url: new URL(sectionPagePath(slug, id), window.location.origin).href,
        title,
        anchor: button,
        top: rect.bottom + window.scrollY + 4,
        left: Math.max(8, Math.min(rect.left + window.scrollX, maxLeft)),
        canShare: typeof navigator.share === "function",
      });
    }
    async function copy(button: HTMLButtonElement, id: string, title: string) {
      const url = new URL(sectionHref(slug, id), window.location.origin).href;
      if (!(await shared(url, title))) {
        if (!(await copied(url))) {
          onMessage("");
          setFallback({ url, title, returnTo: button });
          return;
        }
        setFallback(null);
        onMessage("링크를 복사했습니다");
      }
      openMenu(button, id, title);
    }
    function act(use: FirstUse) {
      const { button, id, title } = use;
      if (use.kind === "click") void copy(button, id, title);
      else openMenu(button, id, title);
    }
    function onClick(event: MouseEvent) {
      const found = copyButton(event);
      if (!found) return;
      event.preventDefault();
      act({ kind: "click", ...found });
    }
    function onKeyDown(event: globalThis.KeyboardEvent) {
      const found = event.key === "ArrowDown" ? copyButton(event) : null;
      if (!found) return;
      event.preventDefault();
      act({ kind: "menu", ...found });
    }
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    onReady();
    if (firstUse && handled.current !== firstUse) {
      handled.current = firstUse;
      act(firstUse);
    }
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [slug, sectionPages, firstUse, onReady, onMessage]);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [menu]);

  useEffect(() => {
    if (!fallback) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback]);

  function closeFallback() {
    fallback?.returnTo.focus();
    setFallback(null);
  }

  /** Closes the menu, focus back on its copy button. */
  function closeMenu() {
    menu?.anchor.focus();
    setMenu(null);
  }

  async function copyPreview() {
    if (!menu) return;
    closeMenu();
    if (await copied(menu.url)) {
      setFallback(null);
      onMessage("미리보기 링크를 복사했습니다");
    } else {
      onMessage("");
      setFallback({ url: menu.url, title: menu.title, returnTo: menu.anchor });
    }
  }

  async function share() {
    if (!menu) return;
    closeMenu();
    try {
      await navigator.share({ title: menu.title, url: menu.url });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) setFallback({ url: menu.url, title: menu.title, returnTo: menu.anchor });
    }
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>("[role=menuitem]")];
    const at = items.findIndex((item) => item === document.activeElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      items.at(next % items.length)?.focus();
    } else if (event.key === "Escape") {
      event.stopPropagation();
      closeMenu();
    } else if (event.key === "Tab") {
      // Back on the copy button before the browser moves focus: Tab goes on from there.
      closeMenu();
    }
  }

  return (
    <>
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
          <label htmlFor={fieldId} className="share-popover-label">
            자동으로 복사하지 못했습니다. 선택된 주소를 복사하세요 (Ctrl+C, ⌘C).
          </label>
          <input
            ref={field}
            id={fieldId}
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
      {menu
        ? createPortal(
            <div
              ref={menuRef}
              role="menu"
              aria-label={`${menu.title} 다른 링크`}
              className="share-menu no-print"
              style={{ top: menu.top, left: menu.left }}
              onKeyDown={onMenuKey}
              // A click on an item keeps focus where it is until the item acts (Safari does not focus buttons).
              onMouseDown={(event) => event.preventDefault()}
              onBlur={(event) => {
                if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setMenu(null);
              }}
            >
              <button type="button" role="menuitem" tabIndex={-1} onClick={copyPreview}>
                미리보기 링크 복사
              </button>
              {menu.canShare ? (
                <button type="button" role="menuitem" tabIndex={-1} onClick={share}>
                  공유…
                </button>
              ) : null}
            </div>,
            document.body,
          )
        : null}
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
