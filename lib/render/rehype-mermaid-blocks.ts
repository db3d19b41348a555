import type { Element, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { hastProperty, NOTE_DOM } from "../dom-contract";

/**
 * Mark ```` ```mermaid ```` blocks for the diagram island:
 * `<figure class="mermaid-diagram" data-mermaid="<source>">` around the code
 * block, which stays as it is (highlighted later, with its copy button).
 *
 * The page shows that code until the island (components/note/MermaidDiagram.tsx) has loaded
 * mermaid and drawn the SVG, and keeps showing it, with a notice, when the
 * diagram cannot be drawn or JavaScript is off. Only pages with such a figure
 * ever load mermaid. Runs after sanitizing and before Shiki.
 */
const rehypeMermaidBlocks: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "pre" || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
      if (!code || !isMermaid(code)) return;
      const source = toString(code).replace(/\n$/u, "");
      const figure = h("figure", { className: ["mermaid-diagram"], [hastProperty(NOTE_DOM.mermaid)]: source }, [node]);
      if (node.position) figure.position = node.position;
      parent.children.splice(index, 1, figure);
      return SKIP;
    });
  };
};

function isMermaid(code: Element): boolean {
  const classes = code.properties.className;
  return Array.isArray(classes) && classes.some((name) => typeof name === "string" && name.toLowerCase() === "language-mermaid");
}

export default rehypeMermaidBlocks;
