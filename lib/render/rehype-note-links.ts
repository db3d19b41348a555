import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { noteHref } from "../content/links";
import { type NoteIndex, resolveNoteLink } from "../content/note-index";
import { noteSlug } from "../content/slugs";
import { classList } from "./hast-class";

/** Options: the notes of the site and where the rendered note lives among them. */
export type Options = { index: NoteIndex; fromPath: string };

/**
 * Turn links between notes into links between pages, as the author's tool
 * resolves them in the repository (lib/content/note-index.ts):
 * `../Day_2/README.md#section` -> `/weeks/week_2-day_2#section`.
 *
 * A link to a note the site does not have points where that note's page would
 * be (a link out of the notes folder stays as written), and is marked (`note-link-missing`, title "없는 노트") so the reader sees it
 * before clicking; the build warns about it from the Markdown (lib/content/links.ts).
 * Runs after sanitizing: the sanitizer already dropped unsafe URLs.
 */
const rehypeNoteLinks: Plugin<[Options], Root> = function (options) {
  const { index, fromPath } = options;
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const target = resolveNoteLink(node.properties.href, fromPath, index);
      if (target.kind === "other") return;
      if (target.kind === "note") {
        node.properties.href = noteHref(target.slug, target.hash);
        return;
      }
      if (target.kind === "missing") node.properties.href = noteHref(noteSlug(target.path, new Set()), target.hash);
      node.properties.className = [...classList(node), "note-link-missing"];
      node.properties.title = "없는 노트";
    });
  };
};

export default rehypeNoteLinks;
