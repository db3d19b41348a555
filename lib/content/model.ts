import { slug as githubSlug } from "github-slugger";
import type { Heading, List, ListItem, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { dateFromFileName } from "./dates";
import type { WeekFrontmatter } from "./frontmatter";
import { PAGE_IDS } from "../page-ids";
import { collectImages } from "./images";
import { uniqueTags } from "./tags";
import { displayName, isFolderNoteName } from "./slugs";
import { hashText, normalizeTaskText, OccurrenceCounter, sourceKey } from "./ids";
import { labelId, parseLabel, splitSpeaker } from "./labels";
import { headingText, linkEntriesToSections, readSections, sameText } from "./sections";
import { NoteTree } from "./note-tree";
import type { BodyTask, Entry, Part, Section, Task, Week, WeekSlug } from "./types";

/** What the model is built from: a parsed note and its validated front matter. */
export type WeekInput = {
  slug: WeekSlug;
  /** The note's path inside the content root. */
  path: string;
  source: string;
  frontmatter: WeekFrontmatter;
  tree: Root;
};

const contentsHeading = /^(?:contents|table of contents|목차|차례)$/iu;

/** Whether a heading's text names the Contents list (`Contents`, `목차`, ...). */
export function isContentsHeading(text: string): boolean {
  return contentsHeading.test(normalizeTaskText(text));
}

/** A parsed note -> the typed `Week` model. Pure: no I/O, no React. */
export function buildWeek(input: WeekInput): Week {
  const { frontmatter, slug, source } = input;
  const titleHeading = leadingTitleHeading(input.tree);
  const title = frontmatter.title ?? (titleHeading ? headingText(titleHeading) : nameFromPath(input.path));
  const hoistTitle = titleHeading !== null && sameText(headingText(titleHeading), title);
  // The leading `# title` becomes the page's <h1>; keeping it in the body too would repeat it.
  const tree: Root = hoistTitle
    ? { ...input.tree, children: input.tree.children.filter((node) => node !== titleHeading) }
    : input.tree;

  const parts = readContents(tree, slug);
  const entries = parts.flatMap((part) => part.entries);
  // Only a hoisted title leaves the body; a different leading H1 stays a section like any other.
  const sections = readSections(tree, hoistTitle ? titleHeading : null, entries);
  linkEntriesToSections(entries, sections);
  const bodyTasks = readBodyTasks(tree, slug, sections);

  return {
    slug,
    path: input.path,
    title,
    // A nested note's slug holds its folders' names (`level1-week01-day01`): a number there is the folder's, not the note's.
    number: frontmatter.week ?? weekNumberFrom(title) ?? (input.path.includes("/") ? null : weekNumberFrom(slug)),
    description: frontmatter.description ?? null,
    date: frontmatter.date ?? dateFromFileName(source),
    updated: frontmatter.updated ?? null,
    tags: uniqueTags([...(frontmatter.tags ?? []), ...inlineTags(tree)]),
    categories: frontmatter.categories ?? [],
    draft: frontmatter.draft ?? false,
    showToc: frontmatter.toc ?? true,
    frontmatterSlug: frontmatter.slug ?? null,
    parts,
    sections,
    bodyTasks,
    images: collectImages(tree, sections),
    tree: new NoteTree(tree),
    source,
  };
}

/** The tags written inline (`#태그`), as the Obsidian tag reader marked them, in source order. */
function inlineTags(tree: Root): string[] {
  const tags: string[] = [];
  visit(tree, "link", (link) => {
    if (link.data?.inlineTag !== undefined) tags.push(link.data.inlineTag);
  });
  return tags;
}

function leadingTitleHeading(tree: Root): Heading | null {
  // Comments before the title (a template's note, a tool's marker) are not shown, so the title still leads.
  const first = tree.children.find((node) => node.type !== "html" || !/^(?:\s*<!--[\s\S]*?-->)*\s*$/u.test(node.value));
  return first?.type === "heading" && first.depth === 1 ? first : null;
}

/** A note without a title of its own is called by its file name; a folder's README or index by the folder's. */
function nameFromPath(notePath: string): string {
  const segments = notePath.split("/");
  const file = segments.at(-1) ?? notePath;
  const folder = segments.at(-2);
  return displayName(isFolderNoteName(file) && folder !== undefined ? folder : file);
}

function weekNumberFrom(text: string): number | null {
  const match = /(?:week|wk)[\s_-]*0*(\d+)|0*(\d+)\s*주차/iu.exec(text);
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits);
}

/** The list right after a `## Contents` (or `## 목차`) heading, as parts and entries. */
function readContents(tree: Root, slug: WeekSlug): Part[] {
  const list = contentsList(tree);
  if (!list) return [];
  const entryIds = new OccurrenceCounter(Object.values(PAGE_IDS));
  const parts: Part[] = [];
  let loose: Part | null = null;
  for (const item of list.children) {
    const nested = nestedList(item);
    const isPart = parseLabel(itemText(item)).label === null && nested !== null && nested.children.some(hasLabel);
    if (isPart) {
      loose = null;
      parts.push({ title: itemText(item), entries: nested.children.map((child) => readEntry(child, slug, entryIds)) });
    } else {
      if (!loose) {
        loose = { title: "", entries: [] };
        parts.push(loose);
      }
      loose.entries.push(readEntry(item, slug, entryIds));
    }
  }
  return parts;
}

function contentsList(tree: Root): List | null {
  const children = tree.children;
  for (const [index, node] of children.entries()) {
    if (node.type !== "heading" || !isContentsHeading(headingText(node))) continue;
    const next = children[index + 1];
    return next?.type === "list" ? next : null;
  }
  return null;
}

function hasLabel(item: ListItem): boolean {
  return parseLabel(itemText(item)).label !== null;
}

/** The item's own text, without its nested lists. */
function itemText(item: ListItem): string {
  return normalizeTaskText(
    item.children
      .filter((child) => child.type !== "list")
      .map((child) => toString(child))
      .join(" "),
  );
}

function nestedList(item: ListItem): List | null {
  return item.children.find((child): child is List => child.type === "list") ?? null;
}

function readEntry(item: ListItem, slug: WeekSlug, entryIds: OccurrenceCounter): Entry {
  const text = itemText(item);
  const { label, rest } = parseLabel(text);
  const kind = label?.kind ?? "other";
  const { speaker, title } = label?.kind === "special" ? splitSpeaker(rest) : { speaker: null, title: rest };
  const id = entryIds.next(label ? labelId(label.kind, label.numbers[0]) ?? `special-${githubSlug(title)}` : githubSlug(text));
  const nested = nestedList(item);
  return {
    id,
    kind,
    numbers: label?.numbers ?? [],
    label: label?.text ?? "",
    title,
    speaker,
    tasks: nested ? readTasks(nested, `${slug}/${id}`) : [],
    sectionId: null,
    position: item.position ?? null,
  };
}

/** Nested list items -> tasks with ids stable under reordering, insertion and whitespace edits. */
export function readTasks(list: List, idPrefix: string): Task[] {
  const occurrences = new OccurrenceCounter();
  return list.children.map((item) => {
    const text = itemText(item);
    const id = occurrences.next(`${idPrefix}/${hashText(text)}`);
    const nested = nestedList(item);
    return {
      id,
      text,
      done: item.checked === true,
      children: nested ? readTasks(nested, id) : [],
      position: item.position ?? null,
    };
  });
}

/**
 * GFM task items of the body (the Contents list excepted: its items are entry
 * tasks already). An item belongs to the entry whose section (or a subsection
 * of it) holds it, else to the section it sits in, so its id survives edits
 * elsewhere in the note exactly like a Contents task's.
 */
function readBodyTasks(tree: Root, slug: WeekSlug, sections: readonly Section[]): BodyTask[] {
  const contents = contentsList(tree);
  const byPosition = new Map(sections.map((section) => [sourceKey(section.position?.start), section]));
  const counters = new Map<string, OccurrenceCounter>();
  // Open headings, outermost first: a subsection of a lecture still belongs to the lecture.
  const open: Section[] = [];
  const found: BodyTask[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") {
      const section = byPosition.get(sourceKey(node.position?.start));
      if (!section) continue;
      while ((open.at(-1)?.depth ?? 0) >= section.depth) open.pop();
      open.push(section);
      continue;
    }
    if (node === contents) continue;
    const sectionId = open.at(-1)?.id ?? null;
    const entryId = open.findLast((section) => section.entryIds.length > 0)?.entryIds[0] ?? null;
    const prefix = `${slug}/${entryId ?? sectionId ?? "body"}`;
    let counter = counters.get(prefix);
    if (!counter) {
      counter = new OccurrenceCounter();
      counters.set(prefix, counter);
    }
    for (const task of taskItems(node, prefix, counter)) found.push({ entryId, sectionId, task });
  }
  return found;
}

/** GFM task items in a node, outermost first; task items nested in one become its children. */
function taskItems(node: Nodes, idPrefix: string, occurrences: OccurrenceCounter): Task[] {
  if (node.type === "listItem" && typeof node.checked === "boolean") {
    const text = itemText(node);
    const id = occurrences.next(`${idPrefix}/${hashText(text)}`);
    const childIds = new OccurrenceCounter();
    return [
      {
        id,
        text,
        done: node.checked,
        children: node.children.flatMap((child) => taskItems(child, id, childIds)),
        position: node.position ?? null,
      },
    ];
  }
  return "children" in node ? node.children.flatMap((child) => taskItems(child, idPrefix, occurrences)) : [];
}
