import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "@/lib/content/parse";
import { sanitizeSchema } from "@/lib/render/sanitize-schema";

/**
 * Markdown -> the sanitized hast that the trusted plugins of lib/render/process.ts
 * receive: remark-rehype (Korean footnote labels), rehype-raw, rehype-sanitize.
 */
export function sanitizedHast(markdown: string): Root {
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true, footnoteLabel: "각주" })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema);
  return processor.runSync(parseMarkdown(markdown));
}

/** Every element with the tag name, in document order. */
export function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

/** The tree as HTML without the line breaks between tags, for exact comparisons. */
export function compactHtml(tree: Root | Element): string {
  return toHtml(tree)
    .replace(/>\n\s*</gu, "><")
    .trim();
}

export { hasClass } from "@/lib/render/hast-class";
