declare const sanitized: unique symbol;

/**
 * The note body as one HTML string: what rehype-sanitize let through plus the
 * site's own plugins after it, serialized by hast-util-to-html. Only
 * lib/render/process.ts makes one (`renderNoteHtml`), and the one component
 * that inserts HTML (components/note/NoteBody) accepts nothing else: a plain
 * string does not type-check there (tests/unit/render/sanitized-html.test.ts).
 */
export type SanitizedHtml = string & { readonly [sanitized]: true };
