"use client";

import { THEME_STORAGE_KEY, type Theme } from "@/lib/theme";

/**
 * Switches between light and dark and remembers the choice; the boot script
 * applied it before paint. The button's name follows the theme through CSS
 * (the `dark:` spans), so it is right from the first paint and hydration
 * changes nothing. Without JavaScript there is no theme to switch: hidden.
 */
export function ThemeToggle() {
  function toggle() {
    const next: Theme = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be blocked; the theme still applies for this visit.
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      title="테마 전환"
      className="no-print inline-flex h-10 w-10 items-center justify-center rounded-md border border-line text-ink hover:bg-soft noscript:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" className="dark:hidden" />
        <g className="hidden dark:inline">
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </g>
      </svg>
      <span className="sr-only dark:hidden">테마 전환: 어두운 테마로</span>
      <span className="sr-only hidden dark:inline">테마 전환: 밝은 테마로</span>
    </button>
  );
}
