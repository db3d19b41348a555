"use client";

import { useEffect, useRef } from "react";
import { getActiveSection, goToTarget, type TocLink, tocLinks } from "./navigation/active-section";
import { useHydrated } from "./navigation/use-hydrated";

/** The shortcuts, as the help dialog lists them. Bracket keys type the same in Korean and English input modes. */
const shortcuts: readonly { keys: string[]; action: string }[] = [
  { keys: ["]"], action: "다음 강의로 이동" },
  { keys: ["["], action: "이전 강의로 이동" },
  { keys: ["?"], action: "단축키 도움말 열기" },
  { keys: ["Esc"], action: "대화상자·목차 닫기" },
];

/**
 * Keyboard shortcuts for moving between lectures (`]` next, `[` previous) and
 * a `?` help dialog listing them. Keys typed into form fields are left alone.
 */
export function LectureShortcuts() {
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  function openHelp() {
    const help = dialog.current;
    if (!help || help.open) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    help.showModal();
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTyping(event.target)) return;
      // Another dialog (search, lightbox, this help) has the keyboard.
      if (document.querySelector("dialog[open]")) return;
      if (event.key === "?") {
        event.preventDefault();
        openHelp();
      } else if (event.key === "]" || event.key === "[") {
        const target = neighbour(event.key === "]" ? 1 : -1);
        if (!target) return;
        event.preventDefault();
        goToTarget(target.target, target.id);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      {hydrated ? (
        <button
          type="button"
          onClick={openHelp}
          aria-haspopup="dialog"
          className="hidden rounded-md border border-line px-2.5 py-1 text-sm text-muted hover:bg-soft hover:text-ink sm:inline-block"
        >
          단축키 <kbd className="ml-1 font-mono text-xs">?</kbd>
        </button>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        onClose={() => returnFocus.current?.focus({ preventScroll: true })}
        className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-xl border border-line bg-page p-6 text-ink shadow-xl backdrop:bg-black/40"
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <h2 id="shortcuts-title" className="text-lg font-bold">
          키보드 단축키
        </h2>
        <dl className="mt-4 space-y-2">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.action} className="flex items-center justify-between gap-4">
              <dt>
                {shortcut.keys.map((key) => (
                  <kbd key={key} className="rounded border border-line bg-soft px-2 py-0.5 font-mono text-sm">
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd className="text-muted">{shortcut.action}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-6 text-right">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md bg-accent px-4 py-1.5 font-semibold text-page hover:opacity-90"
          >
            닫기
          </button>
        </div>
      </dialog>
    </>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));
}

/** The next (+1) or previous (-1) lecture, skipping targets at the same place (aliases of one heading). */
function neighbour(step: 1 | -1): TocLink | null {
  const links = tocLinks();
  const active = getActiveSection();
  const index = links.findIndex((link) => link.id === active);
  const current = links[index];
  if (!current) return step === 1 ? (links[0] ?? null) : null;
  const top = (link: TocLink) => link.target.getBoundingClientRect().top;
  const samePlace = (a: TocLink, b: TocLink) => Math.abs(top(a) - top(b)) <= 2;
  for (let at = index + step; at >= 0 && at < links.length; at += step) {
    const candidate = links[at];
    if (!candidate || samePlace(candidate, current)) continue;
    // Several entries of one combined section: land on the first of them, as the TOC marks it.
    let first = at;
    for (let before = links[first - 1]; before && samePlace(before, candidate); before = links[first - 1]) first -= 1;
    return links[first] ?? candidate;
  }
  return null;
}
