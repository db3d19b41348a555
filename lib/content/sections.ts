import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { PAGE_IDS } from "../page-ids";
import { normalizeTaskText } from "./ids";
import { labelId, parseLabel } from "./labels";
import type { Entry, LectureLabel, Section } from "./types";

/** A heading's text as the model compares it: NFC, whitespace collapsed. */
export function headingText(heading: Heading): string {
  return normalizeTaskText(toString(heading));
}

/** Whether two titles are the same text but for Unicode form and spacing. */
export function sameText(a: string, b: string): boolean {
  return normalizeTaskText(a) === normalizeTaskText(b);
}

/** Every heading of the body in source order, with its public id and aliases. */
export function readSections(tree: Root, titleHeading: Heading | null, entries: readonly Entry[]): Section[] {
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

/** Points each Contents entry at the section holding its notes; the section answers to the entry's id too. */
export function linkEntriesToSections(entries: readonly Entry[], sections: Section[]): void {
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
