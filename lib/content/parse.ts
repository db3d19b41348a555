import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath, { singleDollarTextMath: true });

/** Markdown text -> mdast with GFM (tables, task items, autolinks, footnotes) and math. */
export function parseMarkdown(markdown: string): Root {
  // remark-gfm and remark-math only extend the parser; there are no transforms to run.
  return parser.parse(markdown);
}
