/**
 * Small facts about the browser that several islands ask: one home each, so a
 * shortcut key and a saved record behave alike everywhere. No React, no lib/
 * imports: every island may load it for a few bytes.
 */

/** localStorage, or null on the server; reading it may still throw where storage is blocked, which its callers catch. */
export function browserStorage(): Storage | null {
  return typeof window === "undefined" ? null : window.localStorage;
}

/** Whether a key press lands in a field the reader is typing in: single-key shortcuts (`/`, `j`, `[`) leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));
}
