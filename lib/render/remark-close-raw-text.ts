import type { Html, Nodes, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

/** Elements whose content the HTML parser reads as plain text up to their own end tag. */
const rawText = /<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)(?=[\s/>])[^>]*>/giu;

/** Parents whose `html` children are whole HTML blocks, not pieces of a line. */
const blockContainers = new Set<Nodes["type"]>(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * End an unclosed `<iframe>`, `<textarea>`, `<noscript>`... where its Markdown
 * block (or paragraph) ends.
 *
 * Markdown already ends such an HTML block at a blank line, but rehype-raw
 * feeds all raw HTML of the note to one HTML parser, which stays inside the
 * element and swallows every later paragraph: the sanitizer then drops them
 * with it. Closing the element where the author's block ends keeps the rest
 * of the note; the element itself is still removed by the sanitizer.
 */
const remarkCloseRawText: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "html", (node: Html, index, parent) => {
      const open = unclosedRawText(node.value);
      if (!open || !parent || index === undefined) return;
      // `<script>x</script>` inside a line is split into several nodes: the end tag may follow.
      // An HTML block ends where Markdown ends it: an end tag in a later block must not reach back.
      if (!blockContainers.has(parent.type)) {
        const later: readonly Nodes[] = parent.children.slice(index + 1);
        const closer = new RegExp(`</${open}\\s*>`, "iu");
        if (later.some((sibling) => sibling.type === "html" && closer.test(sibling.value))) return;
      }
      node.value += `</${open}>`;
    });
  };
};

/** The raw-text element the HTML leaves open, if any. */
export function unclosedRawText(html: string): string | null {
  let at = 0;
  for (;;) {
    rawText.lastIndex = at;
    const opener = rawText.exec(html);
    if (!opener) return null;
    const tag = (opener[1] ?? "").toLowerCase();
    const end = new RegExp(`</${tag}\\s*>`, "iu").exec(html.slice(rawText.lastIndex));
    if (!end) return tag;
    at = rawText.lastIndex + end.index + end[0].length;
  }
}

export default remarkCloseRawText;
