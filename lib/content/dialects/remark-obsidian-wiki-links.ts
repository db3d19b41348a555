import type { Link, Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { Plugin } from "unified";
import { parseWikiLink, wikiLinkText, wikiLinkUrl } from "./obsidian-wiki-link";
import { textSource } from "./text-source";

export type { WikiLink } from "./obsidian-wiki-link";
export { wikiLinkOf } from "./obsidian-wiki-link";

// The brackets hold no brackets and no line break, as in Obsidian.
const wikiLink = /\[\[([^[\]\n]+)\]\]/gu;

/**
 * Read Obsidian wiki links (help.obsidian.md "Internal links") into mdast links:
 * `[[노트]]`, `[[노트|별칭]]`, `[[노트#제목]]`, `[[#제목]]`, `[[노트#^block-id]]`.
 * Each link carries `data.wikiLink` (see obsidian-wiki-link.ts) and shows the
 * text Obsidian shows (`별칭`, `노트 > 제목`); its URL is the note as a
 * Markdown file beside this one until the site resolver reads `data.wikiLink`.
 *
 * It reads text nodes after CommonMark has parsed the note, so what Markdown
 * already made of the brackets stays: `[[Paper]](https://…)` is GitHub's link
 * with the text `[Paper]`, and code spans and blocks are not text at all. In a
 * table, `[[노트\|별칭]]` (Obsidian's escape) reaches here as `[[노트|별칭]]`.
 * An escaped `\[[노트]]` stays as written. Hand-written rather than
 * @flowershow/remark-wiki-link or remark-wiki-link: those read `[[` before
 * Markdown links do, which makes `[[Paper]](https://…)` a wiki link followed by
 * `(https://…)`, and keep the `\` of a table's `\|` in the note name.
 */
const remarkObsidianWikiLinks: Plugin<[], Root> = function () {
  return function (tree, file) {
    findAndReplace(
      tree,
      [
        wikiLink,
        (whole: string, inner: string, match) => {
          const node = match.stack.at(-1);
          if (node?.type !== "text") return false;
          const source = textSource(node, file);
          // `![[…]]` is an embed (remark-obsidian-embeds); `\[[…]]` was escaped by the author.
          if (node.value[match.index - 1] === "!" || source.char(match.index)?.escaped) return false;
          const parsed = parseWikiLink(inner);
          if (!parsed) return false;
          const url = wikiLinkUrl(parsed.link);
          const position = source.position(match.index, match.index + whole.length);
          const link: Link = {
            type: "link",
            url,
            title: null,
            children: [{ type: "text", value: wikiLinkText(parsed), ...(position ? { position } : {}) }],
            data: { wikiLink: parsed.link },
            ...(position ? { position } : {}),
          };
          file.info(`Obsidian wiki link ${whole} shown as a link`, { place: position, ruleId: "wiki-link", source: "obsidian" });
          return link;
        },
      ],
      // A wiki link inside a link's text would nest links.
      { ignore: ["link", "linkReference"] },
    );
  };
};

export default remarkObsidianWikiLinks;
