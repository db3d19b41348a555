import { htmlTagNames } from "html-tag-names";
import type { Html, Nodes, Paragraph, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

const knownTags = new Set(htmlTagNames);
const flowParents = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);
const singleTag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>$/u;

/**
 * Keep text that only looks like a tag: `<eos>`, `<pad>`, `</s2>`.
 *
 * CommonMark reads `<eos>` as raw HTML, and GitHub then drops it, so a note
 * about tokenizers loses its words. A lone tag whose name is not an HTML
 * element is turned back into the text the author wrote.
 */
const remarkLiteralTags: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "html", (node: Html, index, parent) => {
      if (!parent || index === undefined || !isUnknownTag(node.value)) return;
      const text: Text = { type: "text", value: node.value, ...(node.position ? { position: node.position } : {}) };
      // A block of HTML becomes a paragraph; HTML inside a line becomes text.
      const replacement: Text | Paragraph = flowParents.has(parent.type)
        ? { type: "paragraph", children: [text], ...(node.position ? { position: node.position } : {}) }
        : text;
      const siblings: Nodes[] = parent.children;
      siblings.splice(index, 1, replacement);
      return SKIP;
    });
  };
};

function isUnknownTag(html: string): boolean {
  const name = singleTag.exec(html.trim())?.[1];
  return name !== undefined && !knownTags.has(name.toLowerCase());
}

export default remarkLiteralTags;
