import { slug as githubSlug } from "github-slugger";
import type { Link } from "mdast";

/**
 * What an Obsidian wiki link names, read from `[[노트#제목|별칭]]`:
 * the note as written (no `.md`; empty for `[[#제목]]`, a heading of the same
 * note), the heading (the last one of `#H1#H2`) or the block id (`^id`), and
 * the text the author chose.
 */
export type WikiLink = {
  target: string;
  heading: string | null;
  block: string | null;
  alias: string | null;
};

declare module "mdast" {
  interface LinkData {
    /** Set on links read from `[[…]]` (and `![[note]]`): the site resolver finds the note by file name or title. */
    wikiLink?: WikiLink;
    /** Set on links read from an embed `![[…]]` that the page shows as a link. */
    wikiEmbed?: true;
  }
  interface ImageData {
    /** Set on images read from `![[그림.png]]`: Obsidian finds the file by name anywhere in the vault. */
    wikiEmbed?: true;
  }
}

/** The wiki link an mdast link was read from, or null for a Markdown link. */
export function wikiLinkOf(link: Link): WikiLink | null {
  return link.data?.wikiLink ?? null;
}

/** `노트#제목|별칭` (the text between `[[` and `]]`) -> the link, or null when it names nothing (`[[]]`, `[[#]]`). */
export function parseWikiLink(inner: string): { link: WikiLink; headings: string[] } | null {
  const pipe = inner.indexOf("|");
  const path = (pipe === -1 ? inner : inner.slice(0, pipe)).trim();
  const aliasText = pipe === -1 ? "" : inner.slice(pipe + 1).trim();
  const [note = "", ...parts] = path.split("#");
  const target = note.trim().replace(/\.md$/iu, "");
  const sections = parts.map((part) => part.trim()).filter((part) => part !== "");
  const last = sections.at(-1) ?? null;
  const block = last?.startsWith("^") ? last.slice(1) : null;
  const heading = block === null ? last : null;
  if (target === "" && last === null) return null;
  return { link: { target, heading, block, alias: aliasText === "" ? null : aliasText }, headings: sections };
}

/** The text Obsidian shows for a wiki link: the alias, else `노트 > 제목` (or the heading alone in the same note). */
export function wikiLinkText(parsed: { link: WikiLink; headings: string[] }): string {
  if (parsed.link.alias !== null) return parsed.link.alias;
  return [parsed.link.target, ...parsed.headings].filter((part) => part !== "").join(" > ");
}

/**
 * Where the link points until the site resolver reads `data.wikiLink`: the
 * note as a Markdown file beside this one (`노트.md#제목`, heading as GitHub
 * slugs it), which lib/content/links.ts already turns into `/weeks/<slug>#…`.
 * A block id has no anchor on the site: the link goes to the note.
 */
export function wikiLinkUrl(link: WikiLink): string {
  const fragment = link.heading === null ? "" : `#${githubSlug(link.heading)}`;
  if (link.target === "") return fragment === "" ? "#" : fragment;
  return encodeFileName(`${link.target}.md`) + fragment;
}

/** A vault path as a relative URL: spaces, Hangul and `?`/`#` escaped, `/` kept. */
export function encodeFileName(name: string): string {
  return encodeURI(name.normalize("NFC")).replace(/[?#]/gu, (character) => encodeURIComponent(character));
}
