import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { EXIT, visit } from "unist-util-visit";
import { hasClass } from "./hast-class";
import { hastProperty, MERMAID_NOTICE, NOTE_DOM } from "../dom-contract";

/**
 * The static form of a diagram marked by rehype-mermaid-blocks: the figure
 * says it is pending and keeps its code block, with a notice for readers
 * without JavaScript. The diagram island (components/note/MermaidDiagram.tsx) finds these
 * figures, draws them, and only then changes the figure; until it has drawn
 * (and whenever it cannot) the code is the content.
 */
const rehypeMermaidFigures: Plugin<[], Root> = function () {
  const source = hastProperty(NOTE_DOM.mermaid);
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "figure" || !hasClass(node, "mermaid-diagram") || typeof node.properties[source] !== "string") return;
      node.properties[hastProperty(NOTE_DOM.mermaidState)] = "pending";
      node.children.push(h("noscript", [h("p", { className: ["mermaid-notice"] }, MERMAID_NOTICE)]));
    });
  };
};

/** Whether the note holds a diagram, so the page mounts the diagram island (and loads mermaid) only then. */
export function containsMermaid(tree: Root): boolean {
  const source = hastProperty(NOTE_DOM.mermaid);
  let found = false;
  visit(tree, "element", (node: Element) => {
    if (node.tagName !== "figure" || typeof node.properties[source] !== "string") return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

export default rehypeMermaidFigures;
