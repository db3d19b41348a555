/**
 * The names the note's static HTML and the page's islands agree on. The
 * render plugins write these attributes into the note body (an HTML string,
 * never hydrated as React); the islands in components/ find their elements by
 * them. Both sides import this module, so a rename cannot leave one behind.
 * It imports nothing: islands load it (a "use client" file may not import
 * lib/render), and it must stay a few hundred bytes.
 */
export const NOTE_DOM = {
  /** A code block's copy button (`<button data-copy-code>`), inside `figure.code-block`. */
  copyCode: "data-copy-code",
  /** The code block's live region that says whether the copy worked. */
  copyCodeStatus: "data-copy-code-status",
  /** A ```` ```mermaid ```` figure; the value is the diagram's source. */
  mermaid: "data-mermaid",
  /** The mermaid figure's state: pending, drawn or failed (styles and tests read it). */
  mermaidState: "data-state",
  /** A task checkbox; the value is the task id (lib/content/ids). */
  taskId: "data-task-id",
  /** A task's tree as JSON on the author's disabled checkbox (task-hast), which rehype-task-inputs turns into a live one. */
  taskNode: "data-task",
  /** A lecture's task panel; the value is the entry id. */
  lectureTasks: "data-lecture-tasks",
  /** The panel's task tree as JSON (TaskNode[]), for its progress bar. */
  taskTree: "data-tasks",
  /** The panel's progress bar's name, from rehype-lecture-tasks to rehype-task-panels. */
  panelLabel: "data-label",
  /** A progress bar the task islands keep up to date. */
  taskProgress: "data-task-progress",
  /** The "done/total" text of a progress bar. */
  taskProgressCount: "data-task-progress-count",
  /** Set on a panel and its progress bar when every task is done. */
  complete: "data-complete",
  /** A heading's copy-link button (rehype-heading-links); the value is the heading id. */
  copyLink: "data-copy-id",
  /** A note image wrapped in a link to its original, opened by the lightbox; the value is its section's id. */
  imageLink: "data-image-section",
  /** The image's 1-based place among its section's images (the lightbox's "N / M"). */
  imageIndex: "data-image-index",
  /** The image's caption, shown under it in the lightbox. */
  imageCaption: "data-caption",
} as const;

/** Class names the plugins write and the islands or their styles look for. */
export const NOTE_CLASS = {
  /** A heading's copy-link button (rehype-heading-links; components/share/share.css styles it). */
  headingLink: "heading-link",
  /** A task's checkbox (task-hast, rehype-task-inputs; the TaskCheckboxes island). */
  taskCheckbox: "task-checkbox",
} as const;

/**
 * Attributes of the page around the note that its islands find: the pager
 * links (LectureShortcuts' `[` and `]` past the last lecture) and the parts
 * of the page whose note links get previews beside the note body.
 */
export const PAGE_DOM = {
  pager: "data-pager",
  linkPreviews: "data-link-previews",
  /** A lecture's task count in the TOC (the entry's id as the value), kept by the TocTaskCounts island. */
  tocTaskCount: "data-toc-task-count",
} as const;

/** One of the attribute names above. */
export type NoteAttribute = (typeof NOTE_DOM)[keyof typeof NOTE_DOM] | (typeof PAGE_DOM)[keyof typeof PAGE_DOM];

/** `[data-…]`: a CSS selector for elements carrying the attribute. */
export function bySelector(attribute: NoteAttribute, value?: string): string {
  return value === undefined ? `[${attribute}]` : `[${attribute}="${CSS_ESCAPE(value)}"]`;
}

/** The hast property name of an attribute (`data-copy-code` -> `dataCopyCode`), for plugins reading `node.properties`. */
export function hastProperty(attribute: NoteAttribute): string {
  // hast's rule for `data-*` (property-information): drop "data-", camel-case the rest after "data".
  return `data${attribute.slice("data-".length).replace(/(?:^|-)([a-z])/gu, (_match, letter: string) => letter.toUpperCase())}`;
}

/** Escapes a value for a double-quoted attribute selector (CSS.escape is not there on the server). */
function CSS_ESCAPE(value: string): string {
  return value.replace(/["\\]/gu, "\\$&");
}

/** Shown when a diagram cannot be drawn (bad source, mermaid failed, or no JavaScript); the plugin and the island write it. */
export const MERMAID_NOTICE = "다이어그램을 그릴 수 없어 원본을 표시합니다";

/** "N개 중 M개 완료": a progress bar's value as words (rehype-task-panels and the TaskPanels island). */
export function progressValueText(done: number, total: number): string {
  return `${total}개 중 ${done}개 완료`;
}

/** Whether a count is complete (`data-complete`, "✓ 완료"): every task done, and at least one task. */
export function isComplete(done: number, total: number): boolean {
  return total > 0 && done === total;
}

/** "(과제 2/4)" after a lecture in the TOC; "(과제 4/4 ✓ 완료)" once all are done (LectureToc and the TocTaskCounts island). */
export function tocTaskCountText(done: number, total: number): string {
  return `(과제 ${done}/${total}${isComplete(done, total) ? ` ${COMPLETE_MARK}` : ""})`;
}

/** A progress bar's filled share as a CSS width. */
export function progressWidth(done: number, total: number): string {
  return `${total > 0 ? (done / total) * 100 : 0}%`;
}

/** The "✓ 완료" mark after a complete bar's count, and its classes. */
export const COMPLETE_MARK = "✓ 완료";
export const COMPLETE_MARK_CLASS = "ml-1.5 font-semibold text-accent";
