"use client";

import { useEffect } from "react";
import { bySelector, NOTE_DOM } from "@/lib/dom-contract";

type Status = "idle" | "copied" | "failed";

const LABEL: Record<Status, string> = { idle: "복사", copied: "복사됨", failed: "복사 실패" };
const SAID: Record<Status, string> = { idle: "", copied: "코드를 복사했습니다", failed: "코드를 복사하지 못했습니다. 직접 선택해 복사하세요." };

/** How long "복사됨" stays on the button. */
const SHOWN_MS = 2000;

/**
 * Makes every code block's "복사" button (static HTML from
 * rehype-code-blocks) copy its code: one click listener on the note, so no
 * code block is a React component. The button says "복사됨" or "복사 실패" for
 * two seconds, and the block's live region says it to screen readers.
 */
export function CopyCodeButtons({ articleId }: { articleId: string }) {
  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const timers = new Map<HTMLButtonElement, number>();

    async function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(`button${bySelector(NOTE_DOM.copyCode)}`) : null;
      const figure = button?.closest("figure");
      if (!button || !figure) return;
      const code = figure.querySelector("pre")?.textContent ?? "";
      const status = (await copied(code)) ? "copied" : "failed";
      show(button, figure, status);
      window.clearTimeout(timers.get(button));
      timers.set(
        button,
        window.setTimeout(() => show(button, figure, "idle"), SHOWN_MS),
      );
    }
    article.addEventListener("click", onClick);
    return () => {
      article.removeEventListener("click", onClick);
      for (const timer of timers.values()) window.clearTimeout(timer);
    };
  }, [articleId]);

  return null;
}

function show(button: HTMLButtonElement, figure: Element, status: Status): void {
  button.textContent = LABEL[status];
  const region = figure.querySelector(bySelector(NOTE_DOM.copyCodeStatus));
  if (region) region.textContent = SAID[status];
}

/** Copies with the Clipboard API; false when it is missing (plain http) or denied. */
async function copied(text: string): Promise<boolean> {
  // Typed as always there, but undefined outside secure contexts.
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
