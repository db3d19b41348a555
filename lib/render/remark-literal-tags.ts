import { htmlTagNames } from "html-tag-names";
import type { Html, Nodes, Paragraph, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

const knownTags = new Set(htmlTagNames);
const flowParents = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);
const tagToken = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/gu;

/**
 * Keep text that only looks like a tag: `<eos>`, `<pad>`, `</s2>`.
 *
 * CommonMark reads `<eos>` as raw HTML, and GitHub then drops it, so a note
 * about tokenizers loses its words. HTML whose tags are all not HTML elements
 * (`<eos>`, or `<eos>` followed by a line of prose) is turned back into the
 * text the author wrote; HTML with any real element is left to the sanitizer.
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
  const names = [...html.matchAll(tagToken)].map((match) => (match[1] ?? "").toLowerCase());
  return names.length > 0 && names.every((name) => !knownTags.has(name));
}

export default remarkLiteralTags;
