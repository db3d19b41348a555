import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

/** Options of rehypeFootnotes. */
export type Options = {
  /**
   * Put before every footnote id; default `""`. Give each render its own when
   * several rendered notes (or sections of one note) share a page.
   */
  idPrefix?: string;
  /** The prefix the sanitizer put on ids (`clobberPrefix`); default `"user-content-"`, rehype-sanitize's. */
  clobberPrefix?: string;
};

const emptyOptions: Options = {};

/**
 * Make GFM footnotes work in both directions with ids that are unique on the page.
 *
 * remark-rehype links references and definitions by id, and then the sanitizer
 * prefixes every id (`user-content-`) but no `href`, so `#user-content-fn-1`
 * pointed at `user-content-user-content-fn-1`. This trusted step, after
 * sanitizing, renumbers the footnote ids in order of first use:
 * `fn-1`, `fnref-1`, `fnref-1-2` (second reference), `footnote-label`;
 * an id some heading already has gets `-2`, `-3`. The "각주" title is shown,
 * as GitHub shows its "Footnotes".
 */
const rehypeFootnotes: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  const idPrefix = settings.idPrefix ?? "";
  const clobberPrefix = settings.clobberPrefix ?? "user-content-";
  return function (tree) {
    const section = footnoteSection(tree);
    if (!section) return;
    // Ids in the footnotes and on references are renamed below, so they are not taken.
    const renaming = new Set<Element>();
    visit(section, "element", (node: Element) => void renaming.add(node));
    const taken = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (renaming.has(node) || node.properties.dataFootnoteRef !== undefined) return;
      if (typeof node.properties.id === "string") taken.add(node.properties.id);
    });
    const unique = (base: string): string => {
      let id = `${idPrefix}${base}`;
      for (let n = 2; taken.has(id); n += 1) id = `${idPrefix}${base}-${n}`;
      taken.add(id);
      return id;
    };
    // Old target (an href without `#`) -> new id.
    const renamed = new Map<string, string>();
    const unprefixed = (id: unknown): string =>
      typeof id === "string" && id.startsWith(clobberPrefix) ? id.slice(clobberPrefix.length) : String(id);

    const label = section.children.find((child): child is Element => child.type === "element" && child.properties.id !== undefined);
    const labelId = label ? unique("footnote-label") : null;
    if (label && labelId) {
      label.properties.id = labelId;
      // Visible, like GitHub's "Footnotes"; remark-rehype hides it (`sr-only`).
      label.properties.className = ["footnotes-title"];
    }

    const numbers = new Map<string, number>();
    visit(section, "element", (node: Element) => {
      if (node.tagName !== "li" || node.properties.id === undefined) return;
      const number = numbers.size + 1;
      const old = unprefixed(node.properties.id);
      numbers.set(old, number);
      node.properties.id = unique(`fn-${number}`);
      renamed.set(old, node.properties.id);
    });

    const uses = new Map<number, number>();
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || node.properties.dataFootnoteRef === undefined) return;
      const target = hrefTarget(node);
      const number = target === null ? undefined : numbers.get(target);
      if (target === null || number === undefined) return;
      const use = (uses.get(number) ?? 0) + 1;
      uses.set(number, use);
      node.properties.href = `#${renamed.get(target) ?? target}`;
      const old = unprefixed(node.properties.id);
      node.properties.id = unique(use === 1 ? `fnref-${number}` : `fnref-${number}-${use}`);
      renamed.set(old, node.properties.id);
      if (labelId) node.properties.ariaDescribedBy = [labelId];
    });

    visit(section, "element", (node: Element) => {
      if (node.tagName !== "a" || node.properties.dataFootnoteBackref === undefined) return;
      const target = hrefTarget(node);
      const id = target === null ? undefined : renamed.get(target);
      if (id) node.properties.href = `#${id}`;
    });
  };
};

/** The `<section data-footnotes>` remark-rehype appends to the body, if any. */
function footnoteSection(tree: Root): Element | null {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "section" && node.properties.dataFootnotes !== undefined) found.push(node);
  });
  return found.at(-1) ?? null;
}

function hrefTarget(node: Element): string | null {
  const href = node.properties.href;
  return typeof href === "string" && href.startsWith("#") ? href.slice(1) : null;
}

export default rehypeFootnotes;
