import type { Root } from "mdast";
import { highlightMarkFromMarkdown } from "mdast-util-highlight-mark";
import { highlightMark } from "micromark-extension-highlight-mark";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

/**
 * Read Obsidian highlights, `==강조==`, into `highlight` nodes drawn as `<mark>`
 * (the sanitizer keeps `<mark>`, GitHub's allow-list has it too).
 *
 * A syntax extension (micromark-extension-highlight-mark, from npm), not a
 * text search: like `~~` it is read by the parser itself, so `==` in code
 * stays code, an escaped `\==` neither opens nor closes, `a == b` is no
 * highlight (it needs `==` against the text), and `==**굵게** 글==` holds the
 * bold. The note must be parsed by the processor this plugin is used on.
 */
const remarkObsidianHighlights: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(highlightMark());
  (data.fromMarkdownExtensions ??= []).push(highlightMarkFromMarkdown);
  return function (tree, file) {
    visit(tree, "highlight", (node) => {
      node.data = { ...node.data, hName: "mark" };
      file.info("Obsidian highlight ==…== shown as <mark>", { place: node.position, ruleId: "highlight", source: "obsidian" });
    });
  };
};

export default remarkObsidianHighlights;
