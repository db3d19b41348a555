/**
 * The note's blocks below the first screen are laid out only when they near
 * it (lib/render/rehype-render-later.ts), so until then they stand in at a
 * guessed height. A jump (a TOC link, a search result, the back button) must
 * not land by guesses: before one, every block gets its real height. The
 * first load stays cheap; a reader who starts jumping pays the whole layout
 * once. Only client components import this module.
 */

/** Gives every block of the note its real height from now on, on this page and the ones navigated to. */
export function layOutWholeNote(): void {
  document.documentElement.dataset.noteLayout = "full";
}

/**
 * For the jumps the page does not make itself, on a page that shows a note:
 * arriving with a fragment by a client-side navigation (Next scrolls to it,
 * and `:target`, which covers a loaded or clicked link, does not apply), and
 * history navigation (its scroll positions were taken from real heights).
 * Call while the page mounts, before Next scrolls; returns the cleanup.
 */
export function layOutForJumps(): () => void {
  if (window.location.hash.length > 1) layOutWholeNote();
  window.addEventListener("popstate", layOutWholeNote);
  return () => window.removeEventListener("popstate", layOutWholeNote);
}
