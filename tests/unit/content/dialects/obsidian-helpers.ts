import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Pluggable, unified } from "unified";
import { VFile } from "vfile";

/** Markdown -> mdast through remark-parse, GFM and the given dialect plugins, with the vfile they reported to. */
export function runDialect(markdown: string, ...plugins: Pluggable[]): { tree: Root; file: VFile } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugins);
  const file = new VFile({ path: "notes/n.md", value: markdown });
  const tree = processor.parse(file);
  // The dialect plugins change the tree in place.
  processor.runSync(tree, file);
  return { tree, file };
}

/** A tree (or part of it) without positions, for exact comparisons. */
export function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === "position" ? undefined : value))) as T;
}

/** The first paragraph's children, without positions. */
export function firstParagraph(tree: Root): unknown[] {
  const paragraph = tree.children.find((child) => child.type === "paragraph");
  return paragraph?.type === "paragraph" ? withoutPositions(paragraph.children) : [];
}

/** The vfile's messages as `line:column reason` ("!" before a warning). */
export function reports(file: VFile): string[] {
  return file.messages.map((message) => `${message.fatal === false ? "!" : ""}${message.line ?? "?"}:${message.column ?? "?"} ${message.reason}`);
}
