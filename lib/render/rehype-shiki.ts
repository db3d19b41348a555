import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { Highlighter } from "shiki";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { classList } from "./hast-class";

/** Options: a highlighter with the languages and themes already loaded. */
export type Options = {
  highlighter: Highlighter;
  themes: { light: string; dark: string };
};

/** Longer code blocks (in characters) are shown plain. */
const maxHighlighted = 200_000;
/** Longer lines (minified JSON, base64) are shown plain; their grammar's regexes can take seconds on one. */
const maxLineLength = 5_000;

/**
 * Highlight fenced code at build time with Shiki, in a light and a dark theme
 * (CSS variables switch between them), so no highlighter ships to the browser.
 * A language Shiki does not know stays plain code rather than failing the page.
 */
const rehypeShiki: Plugin<[Options], Root> = function (options) {
  const { highlighter, themes } = options;
  const loaded = new Set(highlighter.getLoadedLanguages());
  return function (tree) {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "pre" || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
      if (!code) return;
      const language = languageOf(code);
      if (language === "math") return;
      const text = toString(code).replace(/\n$/u, "");
      // A pasted log of megabytes would take minutes to tokenize; it is read, not studied, so it stays plain.
      const known = language !== null && loaded.has(language) && text.length <= maxHighlighted;
      const highlighted = highlighter.codeToHast(text, { lang: known ? language : "text", themes, tokenizeMaxLineLength: maxLineLength });
      const pre = highlighted.children.find((child): child is Element => child.type === "element" && child.tagName === "pre");
      if (!pre) return;
      pre.properties.dataLanguage = language ?? "text";
      if (node.position) pre.position = node.position;
      parent.children.splice(index, 1, pre satisfies ElementContent);
    });
  };
};

function languageOf(code: Element): string | null {
  for (const name of classList(code)) {
    if (typeof name === "string" && name.startsWith("language-")) return name.slice("language-".length).toLowerCase();
  }
  return null;
}

export default rehypeShiki;
