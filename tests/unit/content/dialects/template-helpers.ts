import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { readHugoShortcodes } from "@/lib/content/dialects/read-hugo-shortcodes";
import { readLiquid } from "@/lib/content/dialects/read-liquid";
import remarkKramdownAttributes from "@/lib/content/dialects/remark-kramdown-attributes";
import { applyEdits, indexLines, literalRanges, type SourceEdit, type SourceText, type LiteralRange } from "@/lib/content/dialects/source-edits";
import { parseMarkdown } from "@/lib/content/parse";

type Reader = (source: SourceText, literals: readonly LiteralRange[], file: VFile) => SourceEdit[];

/** A note's source through one template reader: the rewritten text, the vfile, and a tree parsed from it with positions restored. */
export function readWith(reader: Reader, markdown: string): { text: string; file: VFile; tree: Root } {
  const file = new VFile({ path: "notes/n.md", value: markdown });
  const edits = reader(indexLines(markdown), literalRanges(parseMarkdown(markdown)), file);
  const edited = applyEdits(markdown, edits);
  const tree = parseMarkdown(edited.text);
  edited.restorePositions(tree);
  return { text: edited.text, file, tree };
}

export const liquid = (markdown: string) => readWith(readLiquid, markdown);
export const hugo = (markdown: string) => readWith(readHugoShortcodes, markdown);

/** Markdown parsed as the site parses it, then read by the kramdown plugin alone. */
export function kramdown(markdown: string): { tree: Root; file: VFile } {
  const file = new VFile({ path: "notes/n.md", value: markdown });
  const tree = parseMarkdown(markdown);
  unified().use(remarkKramdownAttributes).runSync(tree, file);
  return { tree, file };
}

/** A tree (or part of it) without positions, for exact comparisons. */
export function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === "position" ? undefined : value))) as T;
}

/** The vfile's messages as `line:column ruleId` ("!" before a warning). */
export function rules(file: VFile): string[] {
  return file.messages.map((message) => `${message.fatal === false ? "!" : ""}${message.line ?? "?"}:${message.column ?? "?"} ${message.ruleId ?? ""}`);
}
