import type { Nodes, Root } from "mdast";
import { visitParents } from "unist-util-visit-parents";
import { safeDecode } from "../urls";
import { isNoteLinkUrl, type NoteIndex, resolveNoteLink } from "./note-index";
import { perTree } from "./per-tree";
import type { Section, Week, WeekSlug } from "./types";

/** One mention of a note in another note: where it is and the sentence that holds it. */
export type Backlink = {
  /** The note that links. */
  from: { slug: WeekSlug; title: string };
  /** The section of that note the link sits in; null for text before its first heading. */
  section: { id: string; title: string } | null;
  /** The section of the linked note the link names with its `#hash`; null for the whole note (or an id it does not have). */
  target: { id: string; title: string } | null;
  /** The sentence around the link as plain text, whitespace collapsed, clipped to `MAX_SENTENCE` characters. */
  sentence: string;
  /** Where the text of each link to the note sits in `sentence`: `[start, end)` in UTF-16 units, in order. */
  marks: [number, number][];
};

/** Every note's mentions, by the slug of the note they link to, each list in course order. */
export type BacklinkIndex = ReadonlyMap<WeekSlug, readonly Backlink[]>;

/** A sentence longer than this is cut around the link, with `…` where text was left out. */
export const MAX_SENTENCE = 180;

/** Blocks whose text is read as prose around a link; a link outside them (rare) is read on its own. */
const proseBlocks = new Set(["paragraph", "heading", "tableCell"]);

const sentences = new Intl.Segmenter("ko", { granularity: "sentence" });

/**
 * The backlinks of every note, from the links the pipeline resolves
 * (lib/content/note-index.ts): Markdown links, reference links through their
 * definitions, and Obsidian wiki links (already mdast links). A note's own
 * links to itself are not backlinks. `weeks` in reading order gives each list
 * its course order: by the linking note's place, then by the link's place in it.
 * Two links in one sentence make one backlink with two marks.
 */
export function buildBacklinks(weeks: readonly Week[], index: NoteIndex): BacklinkIndex {
  const bySlug = new Map(weeks.map((week) => [week.slug, week]));
  const backlinks = new Map<WeekSlug, Backlink[]>();
  for (const week of weeks) {
    const seen = new Map<string, Backlink>();
    for (const mention of mentionsIn(week, index)) {
      if (mention.slug === week.slug) continue;
      const target = bySlug.get(mention.slug);
      if (!target) continue;
      const section = sectionAt(week.sections, mention.offset);
      const key = `${mention.slug}\u0000${section?.id ?? ""}\u0000${mention.sentence}`;
      const earlier = seen.get(key);
      if (earlier) {
        earlier.marks.push(...mention.marks.filter((mark) => !earlier.marks.some((other) => other[0] === mark[0])));
        continue;
      }
      const backlink: Backlink = {
        from: { slug: week.slug, title: week.title },
        section: section ? { id: section.id, title: section.title } : null,
        target: sectionNamed(target.sections, mention.hash),
        sentence: mention.sentence,
        marks: mention.marks,
      };
      seen.set(key, backlink);
      backlinks.set(mention.slug, [...(backlinks.get(mention.slug) ?? []), backlink]);
    }
  }
  return backlinks;
}

/** A link of a note to a note, with the sentence around it. */
type Mention = { slug: WeekSlug; hash: string; offset: number; sentence: string; marks: [number, number][] };

/** A link written as a link to a note (resolved or not), with the sentence around it. */
type WrittenMention = { url: string; offset: number; sentence: string; marks: readonly [number, number][] };

/** Every link of `week` that resolves to a note, in source order. */
function mentionsIn(week: Week, index: NoteIndex): Mention[] {
  return writtenMentions(week.tree.root()).flatMap((mention) => {
    const target = resolveNoteLink(mention.url, week.path, index);
    if (target.kind !== "note") return [];
    return [{ slug: target.slug, hash: target.hash, offset: mention.offset, sentence: mention.sentence, marks: mention.marks.map(([start, end]): [number, number] => [start, end]) }];
  });
}

/**
 * The links of a tree written as links to notes, with their sentences: read
 * once per parse (lib/content/per-tree.ts), since which note a link reaches
 * depends on the other notes and is resolved on every load, but the sentence
 * around it does not.
 */
const writtenMentions = perTree((tree: Root): readonly WrittenMention[] => {
  const definitions = definitionUrls(tree);
  const mentions: WrittenMention[] = [];
  visitParents(tree, (node, ancestors) => {
    if (node.type !== "link" && node.type !== "linkReference") return;
    const url = node.type === "link" ? node.url : definitions.get(node.identifier);
    if (url === undefined || !isNoteLinkUrl(url)) return;
    const block = ancestors.findLast((ancestor) => proseBlocks.has(ancestor.type)) ?? node;
    const offset = node.position?.start.offset ?? ancestors.findLast((ancestor) => ancestor.position)?.position?.start.offset ?? 0;
    mentions.push({ url, offset, ...sentenceAround(block, node) });
  });
  return mentions;
});

/** `[label]: ./note.md` definitions by identifier (mdast keeps it normalized, as references name it). */
function definitionUrls(tree: Root): Map<string, string> {
  const urls = new Map<string, string>();
  visitParents(tree, "definition", (definition) => {
    if (!urls.has(definition.identifier)) urls.set(definition.identifier, definition.url);
  });
  return urls;
}

/** The block's text, as mdast-util-to-string reads it, and where `link` sits in it. */
function textWithSpan(block: Nodes, link: Nodes): { text: string; start: number; end: number } {
  let text = "";
  let start = 0;
  let end = 0;
  const walk = (node: Nodes): void => {
    if (node === link) start = text.length;
    if ("value" in node && typeof node.value === "string" && node.type !== "html") text += node.value;
    else if (node.type === "image" || node.type === "imageReference") text += node.alt ?? "";
    else if ("children" in node) for (const child of node.children) walk(child);
    if (node === link) end = text.length;
  };
  walk(block);
  return { text, start, end };
}

/** The sentence (or sentences, when the link's text runs over one) of `block` that hold `link`, collapsed and clipped. */
export function sentenceAround(block: Nodes, link: Nodes): { sentence: string; marks: [number, number][] } {
  const { text, start, end } = textWithSpan(block, link);
  let from = 0;
  let to = text.length;
  for (const segment of sentences.segment(text)) {
    const segmentEnd = segment.index + segment.segment.length;
    if (segmentEnd <= start && segmentEnd < text.length) from = segmentEnd;
    if (segment.index >= Math.max(end, start + 1)) {
      to = segment.index;
      break;
    }
  }
  return clip(collapse(text.slice(from, to), [start - from, end - from]));
}

/** Whitespace runs to one space, trimmed, with the mark moved along. */
function collapse(text: string, mark: [number, number]): { text: string; mark: [number, number] } {
  let out = "";
  let markStart = 0;
  let markEnd = 0;
  for (let at = 0; at <= text.length; at += 1) {
    if (at === mark[0]) markStart = out.length;
    if (at === mark[1]) markEnd = out.length;
    const char = text[at];
    if (char === undefined) break;
    if (/\s/u.test(char)) {
      if (out !== "" && !out.endsWith(" ")) out += " ";
    } else out += char;
  }
  const trimmed = out.trimEnd();
  return { text: trimmed, mark: [Math.min(markStart, trimmed.length), Math.min(markEnd, trimmed.length)] };
}

/** A sentence cut to `MAX_SENTENCE` characters around its mark, `…` where text was left out. */
function clip({ text, mark }: { text: string; mark: [number, number] }): { sentence: string; marks: [number, number][] } {
  if (text.length <= MAX_SENTENCE) return { sentence: text, marks: [mark] };
  const width = Math.max(MAX_SENTENCE, mark[1] - mark[0]);
  const room = width - (mark[1] - mark[0]);
  let from = Math.max(0, Math.min(mark[0] - Math.floor(room / 2), text.length - width));
  let to = Math.min(text.length, from + width);
  // A cut next to a space would leave the space beside the `…`.
  while (from < mark[0] && text[from] === " ") from += 1;
  while (to > mark[1] && text[to - 1] === " ") to -= 1;
  const head = from > 0 ? "…" : "";
  const tail = to < text.length ? "…" : "";
  const shift = head.length - from;
  return { sentence: `${head}${text.slice(from, to)}${tail}`, marks: [[mark[0] + shift, mark[1] + shift]] };
}

/** The section holding a place of the body: the last heading at or before it. */
function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    const start = section.position?.start.offset;
    if (start === undefined || start > offset) continue;
    if (found === null || start >= (found.position?.start.offset ?? 0)) found = section;
  }
  return found;
}

/** The section of a note a `#hash` names, by its id or one of its aliases. */
function sectionNamed(sections: readonly Section[], hash: string): { id: string; title: string } | null {
  const id = safeDecode(hash.replace(/^#/u, "")).normalize("NFC");
  if (id === "") return null;
  const section = sections.find((candidate) => candidate.id === id || candidate.aliases.includes(id));
  return section ? { id: section.id, title: section.title } : null;
}
