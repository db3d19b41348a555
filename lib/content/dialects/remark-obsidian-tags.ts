import type { Link, Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { Plugin } from "unified";
import { tagKey, tagLabel } from "../tags";
import { tagHref } from "../../urls";
import { textSource } from "./text-source";

declare module "mdast" {
  interface LinkData {
    /** The tag an inline `#태그` names, as written without `#` (set by remark-obsidian-tags). */
    inlineTag?: string;
  }
}

// Obsidian's tag characters (help.obsidian.md "Tags"): letters of any script, digits, `_`, `-` and `/` for nesting.
// It starts with a letter, digit or `_`: `#️⃣` (a keycap emoji: `#` and two combining marks) is not a tag.
const inlineTag = /#([\p{L}\p{N}_][\p{L}\p{M}\p{N}_/-]*)/gu;
// A CSS colour in prose (`#1e90ff`, `#f0f`) is not a tag anyone meant; one without a digit (`#add`) may be a word.
const hexColour = /^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/iu;

/**
 * Read Obsidian's inline tags (`#태그`, `#mlops`, `#ai/nlp`) into links to the
 * tag's page (`/tags/태그`), keeping the text `#태그` as written, so the tag
 * shows where the author put it and the note lists it under its title
 * (lib/content/model.ts reads `data.inlineTag`).
 *
 * As in Obsidian, a tag starts after a space or at the start of a text, holds
 * letters, digits, `_`, `-` and `/`, and is not only digits (`#1`, an issue
 * number, stays text). It reads text nodes after CommonMark has parsed the
 * note, so `# 제목` is a heading and never a tag, code spans and blocks are
 * not text, and a `#` inside a URL or a link is left alone; headings are left
 * alone too (their text is the section's title and id). Hand-written: the
 * published remark tag plugins (remark-hashtags, @flowershow's) read `#` inside
 * words and URLs and know no Hangul.
 */
const remarkObsidianTags: Plugin<[], Root> = function () {
  return function (tree, file) {
    findAndReplace(
      tree,
      [
        inlineTag,
        (whole: string, name: string, match) => {
          const node = match.stack.at(-1);
          if (node?.type !== "text") return false;
          const before = node.value[match.index - 1];
          if (before !== undefined && !/\s/u.test(before)) return false;
          const source = textSource(node, file);
          if (source.char(match.index)?.escaped) return false;
          const trimmed = name.replace(/\/+$/u, "");
          if (/^[\d/_-]*$/u.test(trimmed) || hexColour.test(trimmed)) return false;
          const key = tagKey(trimmed);
          if (key === null) return false;
          const written = `#${trimmed}`;
          const position = source.position(match.index, match.index + written.length);
          const link: Link = {
            type: "link",
            url: tagHref(key),
            title: null,
            children: [{ type: "text", value: written, ...(position ? { position } : {}) }],
            data: { inlineTag: tagLabel(trimmed) },
            ...(position ? { position } : {}),
          };
          file.info(`Obsidian tag ${written} shown as a link to its tag page`, { place: position, ruleId: "inline-tag", source: "obsidian" });
          // A trailing `/` is not part of the tag: it stays text after the link.
          return whole === written ? link : [link, { type: "text", value: whole.slice(written.length) }];
        },
      ],
      { ignore: ["link", "linkReference", "heading", "definition"] },
    );
  };
};

export default remarkObsidianTags;
