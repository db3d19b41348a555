import { readFileSync } from "node:fs";
import path from "node:path";
import { toHtml } from "hast-util-to-html";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Week 8 with plain unified, in one server component and no client component:
 * what any Next.js site pays before adding features. FLOOR_NOTE names the note
 * (bench/run.ts sets it); the page is prerendered, so only the build reads it.
 */
async function render(): Promise<string> {
  const file = process.env.FLOOR_NOTE ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "week-08.md");
  const markdown = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/u, "");
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  const tree = await processor.run(processor.parse(markdown));
  return toHtml(tree);
}

export default async function Week08() {
  const html = await render();
  return <article dangerouslySetInnerHTML={{ __html: html }} />;
}
