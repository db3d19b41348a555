"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import { isTyping } from "../site/browser";
import { useBrowserValue } from "../site/use-browser-value";
import { OPEN_SEARCH_EVENT } from "./open-search";
import type { ResultsHandle } from "./SearchResults";
import { safeDecode } from "@/lib/urls";

// The engine, the index and the result list load on first open (or hover/focus of the button), never with the page.
const SearchResults = lazy(() => import("./SearchResults"));

function preload(): void {
  void import("./SearchResults").then(
    (module) => module.preloadSearch(),
    () => undefined,
  );
}

/** The server cannot know the platform: the hint says "Ctrl K" until hydration, and switches only on Apple devices. */
function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/u.test(navigator.userAgent);
}

/** Another modal (shortcut help, image viewer) is open: "/" belongs to it. */
function otherModalOpen(own: HTMLDialogElement | null): boolean {
  return [...document.querySelectorAll('dialog[open], [role="dialog"][aria-modal="true"]')].some(
    (element) => element !== own && element.getClientRects().length > 0,
  );
}

/**
 * The header's search button and the search dialog. Ctrl+K / ⌘K anywhere and
 * "/" outside form fields open it; Escape closes it and focus returns. Without
 * JavaScript a link to the /search page stands in for the button; CSS picks
 * one of the two, so hydration swaps nothing.
 */
export function SearchLauncher() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<ResultsHandle>(null);
  // useId: a fixed id could be a note heading's GitHub id too ("Search Results").
  const listboxId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const isMac = useBrowserValue(isApplePlatform, false);

  const openSearch = useCallback(() => {
    if (dialog.current?.open) {
      input.current?.select();
      return;
    }
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMounted(true);
    setOpen(true);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) {
      element.showModal();
      input.current?.focus();
      input.current?.select();
    }
  }, [open, mounted]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.isComposing || event.altKey) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && (event.key.toLowerCase() === "k" || event.code === "KeyK");
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!commandK && !(slash && !otherModalOpen(dialog.current))) return;
      event.preventDefault();
      openSearch();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [openSearch]);

  useEffect(() => {
    function onRequest(event: Event) {
      if (!(event instanceof CustomEvent) || typeof event.detail !== "string") return;
      setQuery(event.detail);
      openSearch();
    }
    window.addEventListener(OPEN_SEARCH_EVENT, onRequest);
    return () => window.removeEventListener(OPEN_SEARCH_EVENT, onRequest);
  }, [openSearch]);

  function close() {
    dialog.current?.close();
  }

  function navigate(href: string) {
    close();
    router.push(href);
    flashTarget(href);
  }

  function onInputKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        event.preventDefault();
        results.current?.move(event.key === "ArrowDown" ? 1 : -1);
        break;
      case "Enter": {
        event.preventDefault();
        const href = results.current?.activeHref();
        if (href) navigate(href);
        else if (query.trim()) {
          close();
          router.push(`/search?q=${encodeURIComponent(query.trim())}`);
        }
        break;
      }
      case "Escape":
        event.preventDefault();
        close();
        break;
    }
  }

  const buttonClass =
    "no-print inline-flex h-10 items-center gap-2 rounded-md border border-line px-3 text-sm text-muted hover:bg-soft hover:text-ink";
  const icon = (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
  const label = (
    <>
      {icon}
      <span>검색</span>
      <kbd aria-hidden="true" className="hidden rounded border border-line px-1.5 font-mono text-xs sm:inline">
        {isMac ? "⌘K" : "Ctrl K"}
      </kbd>
    </>
  );

  return (
    <>
      <button
        type="button"
        onClick={openSearch}
        onPointerEnter={preload}
        onFocus={preload}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        className={`${buttonClass} noscript:hidden`}
      >
        {label}
      </button>
      <a href="/search" className={`${buttonClass} scripted:hidden`}>
        {label}
      </a>
      {mounted ? (
        <dialog
          ref={dialog}
          aria-label="검색"
          aria-modal="true"
          onClose={() => {
            setOpen(false);
            returnFocus.current?.focus({ preventScroll: true });
          }}
          onClick={(event) => {
            // A click on the backdrop lands on the dialog element itself.
            if (event.target === event.currentTarget) close();
          }}
          className="mx-auto mt-[8vh] mb-auto max-h-[80vh] w-[min(42rem,calc(100vw-1.5rem))] flex-col overflow-hidden rounded-xl border border-line bg-page p-0 text-ink shadow-2xl backdrop:bg-black/45 open:flex"
        >
          <div className="flex items-center gap-2 border-b-2 border-line px-4 focus-within:border-accent">
            <span className="text-muted">{icon}</span>
            <input
              ref={input}
              type="search"
              name="q"
              role="combobox"
              aria-label="검색어"
              aria-expanded={activeId !== null}
              aria-controls={activeId !== null ? listboxId : undefined}
              aria-autocomplete="list"
              aria-activedescendant={activeId ?? undefined}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              placeholder="노트 검색: 마스크, ㅁㅅㅋ, serving…"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onInputKeyDown}
              // Focus shows as the accent line under the field (globals.css): the global outline would be cut by the dialog's edge.
              className="search-input h-14 min-w-0 flex-1 bg-transparent text-base text-ink placeholder:text-muted"
            />
            <button type="button" onClick={close} className="rounded border border-line px-2 py-0.5 text-xs text-muted hover:bg-soft">
              닫기 <span aria-hidden="true">Esc</span>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
            <Suspense
              fallback={
                <p role="status" className="px-4 py-6 text-sm text-muted">
                  검색 준비 중…
                </p>
              }
            >
              <SearchResults
                ref={results}
                query={query}
                listboxId={listboxId}
                onActiveChange={setActiveId}
                onNavigate={navigate}
                onQuery={setQuery}
              />
            </Suspense>
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-line px-4 py-2 text-xs text-muted">
            <span>
              <kbd className="font-mono">↑</kbd> <kbd className="font-mono">↓</kbd> 이동
            </span>
            <span>
              <kbd className="font-mono">Enter</kbd> 열기
            </span>
            <span>
              <kbd className="font-mono">Esc</kbd> 닫기
            </span>
            {query.trim() ? (
              <a href={`/search?q=${encodeURIComponent(query.trim())}`} className="ml-auto text-accent underline underline-offset-2">
                결과 페이지로 보기
              </a>
            ) : null}
          </div>
        </dialog>
      ) : null}
    </>
  );
}

/** After opening a result, marks its section for a moment (and moves focus there) once the page shows it. */
function flashTarget(href: string): void {
  const url = new URL(href, window.location.href);
  const id = safeDecode(url.hash.slice(1));
  if (!id) return;
  const deadline = performance.now() + 4000;
  const look = () => {
    const target = window.location.pathname === url.pathname ? document.getElementById(id) : null;
    if (!target) {
      if (performance.now() < deadline) requestAnimationFrame(look);
      return;
    }
    target.setAttribute("data-search-hit", "");
    window.setTimeout(() => target.removeAttribute("data-search-hit"), 2600);
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
      target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
    }
    target.focus({ preventScroll: true });
  };
  requestAnimationFrame(look);
}
