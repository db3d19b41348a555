import type { Schema } from "hast-util-sanitize";
import { defaultSchema } from "rehype-sanitize";

const defaultAttributes = defaultSchema.attributes ?? {};

/**
 * GitHub's own allow-list (rehype-sanitize's default) plus the few things
 * notes use that GitHub also renders: `<mark>`, `<abbr title>`, and the class
 * names remark-math gives formulas so KaTeX can find them after sanitizing.
 * Scripts, handlers, `javascript:` URLs, `<style>`, `<iframe>` and forms never pass.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "mark", "abbr"],
  attributes: {
    ...defaultAttributes,
    code: [["className", /^language-./u, "math-inline", "math-display"]],
    abbr: ["title"],
  },
  // Their content is code or styling, not the reader's text: drop it with the element.
  strip: ["script", "style", "template", "noscript", "iframe", "textarea", "title", "xmp", "noembed", "noframes"],
};
