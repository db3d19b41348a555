import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { noteHref, noteLinkTarget } from "../content/links";
import { classList } from "./hast-class";

/**
 * Options: the slugs of the notes the site has. Without them links are still
 * rewritten, but none can be marked missing (nothing is known to be missing).
 */
export type Options = { slugs?: readonly string[] };

const emptyOptions: Options = {};

/**
 * Turn links between notes into links between pages, as GitHub resolves them
 * in the repository: `./week-09.md#section` -> `/weeks/week-09#section`.
 *
 * A link to a note the site does not have keeps pointing where it would be,
 * and is marked (`note-link-missing`, title "없는 노트") so the reader sees it
 * before clicking; the build warns about it from the Markdown (lib/content/links.ts).
 * Runs after sanitizing: the sanitizer already dropped unsafe URLs.
 */
const rehypeNoteLinks: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  const known = settings.slugs ? new Set(settings.slugs) : null;
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const target = noteLinkTarget(node.properties.href);
      if (!target) return;
      node.properties.href = noteHref(target);
      if (known === null || known.has(target.slug)) return;
      node.properties.className = [...classList(node), "note-link-missing"];
      node.properties.title = "없는 노트";
    });
  };
};

export default rehypeNoteLinks;
