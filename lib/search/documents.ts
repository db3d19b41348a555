import type { Nodes, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { entryHeading } from "../content/entry-heading";
import { courseFolderPath, displayName, splitPath } from "../content/slugs";
import { isContentsHeading } from "../content/model";
import type { Entry, Section, Task, Week } from "../content/types";
import { DocKind } from "./format";
import { sourceKey } from "../content/ids";
import { weekLabel } from "../urls";

/** One searchable unit: a section of a week (or a lecture without notes, or the week itself). */
export type SearchDocument = {
  weekSlug: string;
  /** Anchor id on the week page; "" for the top of the page. */
  id: string;
  /** The section's heading as written. */
  title: string;
  /** The lecture (or top-level section) the results list groups this document under. */
  group: { id: string; label: string };
  /** Headings above this one, outermost first. */
  path: string[];
  /** The headings of `path` below the group's own heading, for display (`준비물` under `(1강)`: none). */
  trail: string[];
  /**
   * Label, title and speaker of the Contents entries whose notes the section
   * holds; for the week's own document, its tags (`#mlops`), which so rank as
   * a lecture's name does: a search for a tag finds the notes that carry it.
   */
  lecture: string;
  kind: DocKind;
  /** Prose, one block per line. */
  body: string;
  /** Code blocks, one per line group. */
  code: string;
  /** The lectures' self-study tasks, one per line. */
  tasks: string;
};

/** What a week contributes besides its documents: how results name it, and where it lives (`alice › Week_2`, empty at the root). */
export type SearchWeek = { slug: string; title: string; label: string; folder: string };

/** The week as results name it. */
export function searchWeek(week: Week): SearchWeek {
  const folder = courseFolderPath(splitPath(week.path).folder).split("/").filter(Boolean).map(displayName).join(" › ");
  return { slug: week.slug, title: week.title, label: weekLabel(week), folder };
}

/**
 * A week's search documents in page order: one per body section (split at the
 * top-level headings the model knows), one per Contents entry without notes
 * (the page gives it a short section with its tasks), and one for the week's
 * title and description. The Contents list itself is not a document: each of
 * its entries is indexed with the section that holds its notes.
 */
export function weekDocuments(week: Week): SearchDocument[] {
  const entries = new Map(week.parts.flatMap((part) => part.entries).map((entry) => [entry.id, entry]));
  const partOf = new Map(week.parts.flatMap((part) => part.entries.map((entry) => [entry.id, part.title] as const)));
  const contents = week.parts.length > 0 ? week.sections.find((section) => isContentsHeading(section.title)) : undefined;
  const nodes = nodesBySection(week);

  const documents: SearchDocument[] = [];
  const preamble = extract(nodes.get(null) ?? []);
  documents.push({
    weekSlug: week.slug,
    id: "",
    title: week.title,
    group: { id: "", label: week.title },
    path: [],
    trail: [],
    lecture: week.tags.map((tag) => `#${tag}`).join("\n"),
    kind: DocKind.week,
    body: [week.description ?? "", preamble.body].filter(Boolean).join("\n"),
    code: preamble.code,
    tasks: "",
  });

  const open: Section[] = [];
  for (const section of week.sections) {
    while ((open.at(-1)?.depth ?? 0) >= section.depth) open.pop();
    const ancestors = open.filter((ancestor) => ancestor !== contents);
    open.push(section);
    if (section === contents) continue;
    const held = section.entryIds.map((id) => entries.get(id)).filter((entry): entry is Entry => entry !== undefined);
    const lectureSection = [...ancestors, section].findLast((candidate) => candidate.entryIds.length > 0);
    // Outside lectures, a section is grouped under its outermost heading ("논문 스터디" and its subsections).
    const groupSection = lectureSection ?? ancestors[0] ?? section;
    const text = extract(nodes.get(section) ?? []);
    documents.push({
      weekSlug: week.slug,
      id: section.id,
      title: section.title,
      group: { id: groupSection.id, label: groupLabel(groupSection, entries) },
      path: ancestors.map((ancestor) => ancestor.title),
      trail: groupSection === section ? [] : ancestors.slice(ancestors.indexOf(groupSection) + 1).map((ancestor) => ancestor.title),
      lecture: held.map(entryHeading).join("\n"),
      kind: held.length > 0 ? DocKind.lecture : lectureSection ? DocKind.sub : DocKind.other,
      body: text.body,
      code: text.code,
      tasks: held.flatMap((entry) => taskTexts(entry.tasks)).join("\n"),
    });
  }

  // Lectures without notes: where the page puts their short section, after the notes of the entry before them.
  let anchor: string | null = null;
  for (const entry of entries.values()) {
    if (entry.sectionId !== null) {
      anchor = entry.sectionId;
      continue;
    }
    const label = entryHeading(entry);
    const stub: SearchDocument = {
      weekSlug: week.slug,
      id: entry.id,
      title: label,
      group: { id: entry.id, label },
      path: [partOf.get(entry.id) ?? ""].filter(Boolean),
      trail: [],
      lecture: label,
      kind: DocKind.lecture,
      body: "",
      code: "",
      tasks: taskTexts(entry.tasks).join("\n"),
    };
    documents.splice(insertionIndex(documents, week, anchor), 0, stub);
    anchor = entry.id;
  }
  return documents;
}

/** A lecture's group label: its Contents heading, or the body heading when it holds several entries (`(5강,6강)…`). */
function groupLabel(section: Section, entries: ReadonlyMap<string, Entry>): string {
  const [only, ...others] = section.entryIds.map((id) => entries.get(id)).filter((entry) => entry !== undefined);
  return only && others.length === 0 ? entryHeading(only) : section.title;
}

function taskTexts(tasks: readonly Task[]): string[] {
  return tasks.flatMap((task) => [task.text, ...taskTexts(task.children)]);
}

/** After the anchor's document and every later document nested in it (or in the stub placed there before). */
function insertionIndex(documents: readonly SearchDocument[], week: Week, anchor: string | null): number {
  const at = anchor === null ? -1 : documents.findIndex((document) => document.id === anchor);
  if (at === -1) return documents.length;
  const depth = week.sections.find((section) => section.id === anchor)?.depth;
  let index = at + 1;
  for (; index < documents.length; index += 1) {
    const document = documents[index];
    const section = document ? week.sections.find((candidate) => candidate.id === document.id) : undefined;
    if (!section || depth === undefined || section.depth <= depth) break;
  }
  return index;
}

/** Top-level nodes of the body by the section they fall in (null: before the first heading). */
function nodesBySection(week: Week): Map<Section | null, RootContent[]> {
  const byStart = new Map(week.sections.map((section) => [sourceKey(section.position?.start), section]));
  const groups = new Map<Section | null, RootContent[]>();
  let current: Section | null = null;
  for (const node of week.tree.root().children) {
    if (node.type === "heading") {
      const section = byStart.get(sourceKey(node.position?.start));
      if (section) {
        current = section;
        continue;
      }
    }
    const list = groups.get(current) ?? [];
    list.push(node);
    groups.set(current, list);
  }
  return groups;
}

/** Prose and code of some nodes: one line per block (paragraph, heading, table cell), raw HTML (images, layout) left out. */
function extract(nodes: readonly Nodes[]): { body: string; code: string } {
  const body: string[] = [];
  const code: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "code":
        code.push(node.value);
        return;
      case "html":
        return;
      case "math":
        body.push(node.value);
        return;
      case "paragraph":
      case "heading":
      case "tableCell": {
        // Soft line breaks inside a paragraph read as spaces; lines separate blocks only.
        const text = toString(node, { includeHtml: false })
          .replace(/\s*\n\s*/gu, " ")
          .trim();
        if (text) body.push(text);
        return;
      }
      default:
        if ("children" in node) for (const child of node.children) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return { body: body.join("\n"), code: code.join("\n") };
}
