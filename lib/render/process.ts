import type { Root as HastRoot } from "hast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Week } from "../content/types";
import { codeThemes, getHighlighter } from "./highlighter";
import rehypeDemoteHeadings from "./rehype-demote-headings";
import rehypeImages from "./rehype-images";
import rehypeLectureTasks from "./rehype-lecture-tasks";
import rehypeMissingNotes from "./rehype-missing-notes";
import rehypeSectionIds from "./rehype-section-ids";
import rehypeShiki from "./rehype-shiki";
import rehypeTaskItems from "./rehype-task-items";
import remarkLiteralTags from "./remark-literal-tags";
import { sanitizeSchema } from "./sanitize-schema";

/**
 * A week's parsed body -> sanitized, highlighted hast, ready for React.
 * Sanitizing comes right after the raw HTML is parsed, and only our own
 * trusted steps (ids, KaTeX, Shiki) run after it.
 */
export async function renderWeekBody(week: Week): Promise<HastRoot> {
  const highlighter = await getHighlighter();
  const processor = unified()
    // MD AST -> MD AST
    .use(remarkLiteralTags)
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
    .use(rehypeDemoteHeadings)
    .use(rehypeSectionIds, { sections: week.sections })
    .use(rehypeMissingNotes, { week })
    .use(rehypeTaskItems, { week })
    .use(rehypeLectureTasks, { week })
    .use(rehypeKatex, { throwOnError: false, strict: false })
    .use(rehypeShiki, { highlighter, themes: codeThemes })
    // Before external links: the links it wraps images in point at the originals on the web.
    .use(rehypeImages, { images: week.images })
    .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] });
  // The model is shared between pages; the plugins must not change it.
  return processor.run(structuredClone(week.tree));
}
