/**
 * Ids the week page gives its own elements: the skip link's target, the TOC's
 * column (a sidebar on wide screens, a drawer on phones; the no-script TOC
 * link's target), the lecture TOC and the note's body. A heading called "TOC"
 * or "Main" has one of them as its GitHub id; two elements with one id would
 * send the page's links to the heading or the heading's link to the page, so
 * such a heading takes the next free id (`toc-1`). `NoteBody` is capitalised
 * and no GitHub id is. Ids of dialogs come from `useId`.
 *
 * A contract module, like lib/urls and lib/dom-contract: it imports nothing,
 * and every layer may import it, lib/content included (eslint-rules/layers.mjs).
 * The model reserves these ids itself rather than being handed them by its
 * caller because a heading's id is part of the public URL contract: every
 * reader of the notes (the build, `npm run lint:content`, the search index,
 * the bench, the tests) must give `## TOC` the same `#toc-1`, and a list each
 * caller passed in could drift from the page's.
 */
export const PAGE_IDS = { main: "main", tocColumn: "toc", lectureToc: "lecture-toc", noteBody: "NoteBody" } as const;
