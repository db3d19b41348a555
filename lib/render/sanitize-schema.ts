import type { Schema } from "hast-util-sanitize";
import { defaultSchema } from "rehype-sanitize";

const defaultAttributes = defaultSchema.attributes ?? {};

/**
 * GitHub's own allow-list (rehype-sanitize's default) plus the few things
 * notes use that GitHub also renders: `<mark>`, `<abbr title>`, and the class
 * names remark-math gives formulas so KaTeX can find them after sanitizing, and
 * the `data-callout*` marks of Obsidian callouts (lib/content/dialects/remark-obsidian-callouts),
 * which rehype-obsidian-callouts draws after sanitizing.
 * Scripts, handlers, `javascript:` URLs, `<style>`, `<iframe>` and forms never pass.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "mark", "abbr"],
  attributes: {
    ...defaultAttributes,
    code: [["className", /^language-./u, "math-inline", "math-display"]],
    abbr: ["title"],
    blockquote: [...(defaultAttributes.blockquote ?? []), "dataCallout", "dataCalloutFold", "dataCalloutTitle"],
  },
  // Their content is code, styling or never shown: drop it with the element. `<textarea>` and
  // `<xmp>` are not here: a browser shows their content as plain text, and so does the note
  // (the element goes, its text stays, markup in it included, as text).
  strip: ["script", "style", "template", "noscript", "iframe", "title", "noembed", "noframes"],
};
