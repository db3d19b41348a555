import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeExternalLinks from "rehype-external-links";
import rehypeKatex from "rehype-katex";
import rehypeMinifyWhitespace from "rehype-minify-whitespace";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { FileIndex } from "../content/files";
import { buildNoteIndex, type NoteIndex } from "../content/note-index";
import type { Week } from "../content/types";
import { codeThemes, getHighlighter } from "./highlighter";
import { containsMath } from "./katex-assets";
import rehypeCodeBlocks from "./rehype-code-blocks";
import rehypeDemoteHeadings from "./rehype-demote-headings";
import rehypeFileLinks from "./rehype-file-links";
import rehypeFootnotes from "./rehype-footnotes";
import rehypeGithubAlerts from "./rehype-github-alerts";
import rehypeHeadingLinks from "./rehype-heading-links";
import rehypeImages from "./rehype-images";
import rehypeLectureTasks from "./rehype-lecture-tasks";
import rehypeMathErrors from "./rehype-math-errors";
import rehypeMermaidBlocks from "./rehype-mermaid-blocks";
import rehypeMermaidFigures, { containsMermaid } from "./rehype-mermaid-figures";
import rehypeMissingNotes from "./rehype-missing-notes";
import rehypeNoteLinks from "./rehype-note-links";
import rehypeObsidianCallouts from "./rehype-obsidian-callouts";
import rehypeScrollTables from "./rehype-scroll-tables";
import rehypeSectionIds from "./rehype-section-ids";
import rehypeShiki from "./rehype-shiki";
import rehypeTaskInputs from "./rehype-task-inputs";
import rehypeTaskItems from "./rehype-task-items";
import rehypeTaskPanels from "./rehype-task-panels";
import rehypeUserAnchors from "./rehype-user-anchors";
import remarkAutolinkParticles from "./remark-autolink-particles";
import remarkCloseRawText from "./remark-close-raw-text";
import remarkGithubInlineMath from "./remark-github-inline-math";
import remarkLiteralTags from "./remark-literal-tags";
import { sanitizeSchema } from "./sanitize-schema";
import type { SanitizedHtml } from "./sanitized-html";

/** Options of renderWeekBody. */
export type RenderOptions = {
  /** The notes of the site (the loader's index); links to other notes resolve against it. Default: this note alone. */
  index?: NoteIndex;
  /** The files of the repository (the loader's `files`); links to them become `/files/…` links. Default: none known, links stay as written. */
  files?: FileIndex;
};

/**
 * A week's parsed body -> sanitized, highlighted hast, ready for React.
 * Sanitizing comes right after the raw HTML is parsed, and only our own
 * trusted steps (ids, KaTeX, Shiki) run after it.
 */
export async function renderWeekBody(week: Week, options: RenderOptions = {}): Promise<HastRoot> {
  const highlighter = await getHighlighter();
  const processor = unified()
    // MD AST -> MD AST
    .use(remarkLiteralTags)
    .use(remarkCloseRawText)
    // GitHub parity ($`a^2`$, bare URLs followed by Korean particles); `:rocket:` is read by the parser (lib/content/parse)
    .use(remarkGithubInlineMath)
    .use(remarkAutolinkParticles)
    // MD AST -> HTML AST, raw HTML kept for rehype-raw to parse
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: "각주",
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        `본문으로 돌아가기 (${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""})`,
    })
    // HTML AST -> HTML AST
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    // Before anything wraps the body: only top-level quotes can be alerts. Obsidian callouts first: they are marked, alerts are not.
    .use(rehypeObsidianCallouts)
    .use(rehypeGithubAlerts)
    .use(rehypeDemoteHeadings)
    .use(rehypeSectionIds, { sections: week.sections })
    .use(rehypeMissingNotes, { week })
    // Once every heading, placeholders included, has its public id.
    .use(rehypeHeadingLinks)
    .use(rehypeTaskItems, { week })
    .use(rehypeLectureTasks, { week })
    // GitHub parity, once every public id is set: footnotes, links between notes, authors' anchors, diagrams
    .use(rehypeFootnotes)
    .use(rehypeNoteLinks, { index: options.index ?? buildNoteIndex([week]), fromPath: week.path })
    .use(rehypeFileLinks, { files: options.files ?? null, fromPath: week.path })
    .use(rehypeUserAnchors)
    .use(rehypeMermaidBlocks)
    .use(rehypeKatex, { throwOnError: false, strict: false })
    .use(rehypeMathErrors)
    // The line breaks between block elements are text nodes React would hydrate one by one (a
    // third of a week page's nodes); only whitespace that renders is kept. Once alerts and math
    // have read their text, before Shiki multiplies the nodes of code blocks.
    .use(rehypeMinifyWhitespace)
    .use(rehypeShiki, { highlighter, themes: codeThemes })
    // Before external links: the links it wraps images in point at the originals on the web.
    .use(rehypeImages, { images: week.images })
    .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] });
  // The model is shared between pages; the plugins must not change it.
  return processor.run(structuredClone(week.tree.root()));
}

/** The note body as the page receives it: one HTML string, and what the page must add for it. */
export type NoteHtml = {
  html: SanitizedHtml;
  /** KaTeX typeset a formula: the page links KaTeX's stylesheet. */
  math: boolean;
  /** The note has a ```` ```mermaid ```` diagram: the page mounts the diagram island. */
  mermaid: boolean;
};

/**
 * A week's body -> the HTML string of the note's `<article>` (issue #21). The
 * sanitized, highlighted tree of renderWeekBody gets the static markup of
 * what the islands enhance (task checkboxes and panels, code blocks with
 * their copy button, scrolling tables, pending diagrams), written with the
 * names of ./dom-contract, and is serialized once, here. This is the only
 * function that makes a SanitizedHtml.
 */
export async function renderNoteHtml(week: Week, options: RenderOptions = {}): Promise<NoteHtml> {
  const tree = await renderWeekBody(week, options);
  const islands = unified().use(rehypeTaskInputs).use(rehypeTaskPanels).use(rehypeMermaidFigures).use(rehypeCodeBlocks).use(rehypeScrollTables);
  const final = await islands.run(tree);
  return { html: toHtml(final) as SanitizedHtml, math: containsMath(final), mermaid: containsMermaid(final) };
}
