import type { Image, Link, Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { Plugin } from "unified";
import { encodeFileName, parseWikiLink, wikiLinkText, wikiLinkUrl } from "./obsidian-wiki-link";
import { textSource } from "./text-source";

const embed = /!\[\[([^[\]\n]+)\]\]/gu;

// The image formats Obsidian embeds as pictures (help.obsidian.md "Accepted file formats").
const imageFile = /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)$/iu;

// `|300` (width) or `|300x200` (width and height), as Obsidian sizes embeds.
const size = /^(\d+)(?:x(\d+))?$/u;

/**
 * Read Obsidian embeds (help.obsidian.md "Embed files"):
 *
 * - `![[그림.png]]`, `![[그림.png|300]]`, `![[그림.png|300x200]]` become mdast
 *   images with the size as `width`/`height` (lib/content/images.ts records
 *   them) and `data.wikiEmbed`, so the site resolver can find the file by name
 *   anywhere in the vault; until then the URL is the file beside the note.
 *   Another `|text` is the alt text; with none, the page generates one as for `![](…)`.
 * - `![[다른 노트]]` and `![[노트#제목]]` embed a note, which the portal does not
 *   inline: they are links to it (with `data.wikiLink`) and a warning.
 * - `![[문서.pdf]]` and other files: a link to the file, and a warning.
 *
 * Runs before remark-obsidian-wiki-links, on text only (code stays as written);
 * hand-written for the reasons given there.
 */
const remarkObsidianEmbeds: Plugin<[], Root> = function () {
  return function (tree, file) {
    findAndReplace(
      tree,
      [
        embed,
        (whole: string, inner: string, match) => {
          const node = match.stack.at(-1);
          if (node?.type !== "text") return false;
          const source = textSource(node, file);
          if (source.char(match.index)?.escaped || source.char(match.index + 1)?.escaped) return false;
          const position = source.position(match.index, match.index + whole.length);
          const place = { place: position, ruleId: "embed", source: "obsidian" };
          const [name = "", ...options] = inner.split("|").map((part) => part.trim());
          if (imageFile.test(name)) {
            const image = embeddedImage(name, options);
            if (position) image.position = position;
            file.info(`Obsidian embed ${whole} shown as an image`, place);
            return image;
          }
          const parsed = parseWikiLink(inner);
          if (!parsed) return false;
          const isNote = !/\.[\p{L}\p{N}]+$/u.test(parsed.link.target);
          const link: Link = {
            type: "link",
            url: isNote ? wikiLinkUrl(parsed.link) : encodeFileName(parsed.link.target),
            title: null,
            children: [{ type: "text", value: wikiLinkText(parsed), ...(position ? { position } : {}) }],
            data: isNote ? { wikiLink: parsed.link, wikiEmbed: true } : { wikiEmbed: true },
            ...(position ? { position } : {}),
          };
          file.message(`${isNote ? "note embeds are shown as links" : "embedded files are shown as links"}: ${whole}`, place);
          return link;
        },
      ],
      { ignore: ["link", "linkReference"] },
    );
  };
};

function embeddedImage(name: string, options: readonly string[]): Image {
  const sized = options.map((option) => size.exec(option)).find((found) => found !== null);
  const alt = options.find((option) => !size.test(option)) ?? "";
  const width = sized?.[1];
  const height = sized?.[2];
  return {
    type: "image",
    url: encodeFileName(name),
    alt,
    title: null,
    data: {
      wikiEmbed: true,
      ...(width === undefined ? {} : { hProperties: { width, ...(height === undefined ? {} : { height }) } }),
    },
  };
}

export default remarkObsidianEmbeds;
