import { bySelector, NOTE_DOM } from "@/lib/dom-contract";

/** A heading's copy-link button that an event came from, with what the link is made of. */
export type FirstUse = { kind: "click" | "menu"; button: HTMLButtonElement; id: string; title: string };

/** The copy-link button (from rehype-heading-links) an event happened on, if any. */
export function copyButton(event: Event): Omit<FirstUse, "kind"> | null {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(`button${bySelector(NOTE_DOM.copyLink)}`) : null;
  const id = button?.getAttribute(NOTE_DOM.copyLink);
  if (!button || !id) return null;
  const title = button.closest("h2, h3, h4, h5, h6")?.textContent?.trim() || document.title;
  return { button, id, title };
}
