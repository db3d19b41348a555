import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { sourceKey } from "../content/ids";
import type { Section } from "../content/types";

/** Options: the week's sections, whose ids the model already decided. */
export type Options = { sections: readonly Section[] };

const emptyOptions: Options = { sections: [] };

/**
 * Give every Markdown heading its public id (`lecture-2`, or GitHub's id) and
 * an empty anchor for each alias, so links copied from GitHub keep working.
 *
 * Runs after sanitizing: author-written ids are prefixed there, ours must not be.
 * Headings are matched to sections by source position, so raw HTML headings
 * (which the model does not know) never shift the ids of the ones after them.
 */
const rehypeSectionIds: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  const byPosition = new Map(settings.sections.map((section) => [sourceKey(section.position?.start), section]));
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (!headingRank(node) || !node.position) return;
      const section = byPosition.get(sourceKey(node.position.start));
      if (!section) return;
      node.properties.id = section.id;
      const anchors = section.aliases.map((alias) => h("span", { id: alias, className: ["heading-alias"] }));
      node.children.unshift(...anchors);
    });
  };
};

export default rehypeSectionIds;
