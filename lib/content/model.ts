import { slug as githubSlug } from "github-slugger";
import GithubSlugger from "github-slugger";
import type { Heading, List, ListItem, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { WeekFrontmatter } from "./frontmatter";
import { collectImages } from "./images";
import { PAGE_IDS } from "../page-ids";
import { hashText, normalizeTaskText, OccurrenceCounter } from "./ids";
import { labelId, parseLabel, splitSpeaker } from "./labels";
import type { BodyTask, Entry, LectureLabel, Part, Section, Task, Week, WeekSlug } from "./types";

/** What the model is built from: a parsed note and its validated front matter. */
export type WeekInput = {
  slug: WeekSlug;
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
  const title = frontmatter.title ?? (titleHeading ? headingText(titleHeading) : slug);
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
    title,
    number: frontmatter.week ?? weekNumberFrom(title) ?? weekNumberFrom(slug),
    description: frontmatter.description ?? null,
    date: frontmatter.date ?? null,
    tags: frontmatter.tags ?? [],
    draft: frontmatter.draft ?? false,
    parts,
    sections,
    bodyTasks,
    images: collectImages(tree, sections),
    tree,
    source,
  };
}

function leadingTitleHeading(tree: Root): Heading | null {
  const first = tree.children.find((node) => node.type !== "html" || node.value.trim() !== "");
  return first?.type === "heading" && first.depth === 1 ? first : null;
}

function headingText(heading: Heading): string {
  return normalizeTaskText(toString(heading));
}

function sameText(a: string, b: string): boolean {
  return normalizeTaskText(a) === normalizeTaskText(b);
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
  const byPosition = new Map(sections.map((section) => [positionKey(section.position), section]));
  const counters = new Map<string, OccurrenceCounter>();
  // Open headings, outermost first: a subsection of a lecture still belongs to the lecture.
  const open: Section[] = [];
  const found: BodyTask[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") {
      const section = byPosition.get(positionKey(node.position ?? null));
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

function positionKey(position: Section["position"]): string {
  return position ? `${position.start.line}:${position.start.column}` : "";
}

/** Every heading of the body in source order, with its public id and aliases. */
function readSections(tree: Root, titleHeading: Heading | null, entries: readonly Entry[]): Section[] {
  const slugger = new GithubSlugger();
  // GitHub numbers repeated heading ids over the whole file, the title included.
  if (titleHeading) slugger.slug(toString(titleHeading));
  const taken = new Set<string>(Object.values(PAGE_IDS));
  const sections: Section[] = [];
  visit(tree, "heading", (heading) => {
    if (heading === titleHeading) return;
    const title = headingText(heading);
    const gitHubId = slugger.slug(toString(heading));
    const { label } = parseLabel(title);
    const labelIds = label ? sectionLabelIds(label, entries) : [];
    const primary = labelIds.find((id) => !taken.has(id)) ?? gitHubId;
    const id = taken.has(primary) ? uniqueId(primary, taken) : primary;
    taken.add(id);
    const aliases = [...labelIds, gitHubId].filter((alias) => alias !== id && !taken.has(alias));
    for (const alias of aliases) taken.add(alias);
    sections.push({
      id,
      aliases: [...new Set(aliases)],
      depth: heading.depth,
      title,
      label,
      entryIds: [],
      position: heading.position ?? null,
    });
  });
  return sections;
}

function uniqueId(id: string, taken: ReadonlySet<string>): string {
  let count = 1;
  while (taken.has(`${id}-${count}`)) count += 1;
  return `${id}-${count}`;
}

/** Ids a labelled heading answers to: its matching Contents entries first, then one per number. */
function sectionLabelIds(label: LectureLabel, entries: readonly Entry[]): string[] {
  const matched = entries.filter((entry) => covers(label, entry, false)).map((entry) => entry.id);
  const own = label.numbers.map((number) => labelId(label.kind, number)).filter((id): id is string => id !== null);
  return [...new Set([...matched, ...own])];
}

/**
 * Whether a body heading's label holds an entry's notes: same kind and a shared
 * number. With `loosely`, a lecture heading also holds the practice of its number.
 */
function covers(label: LectureLabel, entry: Entry, loosely: boolean): boolean {
  const sameKind = label.kind === entry.kind || (loosely && label.kind === "lecture" && entry.kind === "practice");
  return sameKind && entry.numbers.some((number) => label.numbers.includes(number));
}

function linkEntriesToSections(entries: readonly Entry[], sections: Section[]): void {
  for (const entry of entries) {
    const section = entry.kind === "other" ? sectionByTitle(entry, sections) : sectionByLabel(entry, sections);
    if (!section) continue;
    entry.sectionId = section.id;
    section.entryIds.push(entry.id);
    if (section.id !== entry.id && !section.aliases.includes(entry.id) && !sections.some((other) => other.id === entry.id)) {
      section.aliases.push(entry.id);
    }
  }
}

function sectionByLabel(entry: Entry, sections: readonly Section[]): Section | undefined {
  const labelled = sections.filter((section): section is Section & { label: LectureLabel } => section.label !== null);
  return (
    labelled.find((section) => covers(section.label, entry, false)) ??
    labelled.find((section) => covers(section.label, entry, true))
  );
}

function sectionByTitle(entry: Entry, sections: readonly Section[]): Section | undefined {
  return sections.find((section) => section.label === null && sameText(section.title, entry.title));
}
