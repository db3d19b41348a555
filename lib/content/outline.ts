import { entryHeading } from "./entry-heading";
import { sectionsOutsideContents } from "./stats";
import type { Section, Week } from "./types";

/** One link of the lecture TOC, in TOC order, with the words the breadcrumb shows for it. */
export type TocTarget = {
  /** The anchor id the link points to. */
  id: string;
  /** Breadcrumb text: `(2강) MLOPs 개론`, or a heading's text. */
  crumb: string;
  /** Id of the body heading whose sub-headings are listed under "이 강의의 소제목". */
  sectionId: string | null;
};

/** Every TOC link target of a week: Contents entries by part, then sections the Contents never names. */
export function tocTargets(week: Week): TocTarget[] {
  const entries = week.parts.flatMap((part) => part.entries);
  return [
    ...entries.map((entry) => ({ id: entry.id, crumb: entryHeading(entry), sectionId: entry.sectionId })),
    ...sectionsOutsideContents(week).map((section) => ({ id: section.id, crumb: section.title, sectionId: section.id })),
  ];
}

/**
 * The headings inside a section, up to two levels below it, until the next
 * heading of the same or a higher rank: the "on this page" list of a lecture.
 */
export function subheadingsOf(week: Week, sectionId: string): Section[] {
  const start = week.sections.findIndex((section) => section.id === sectionId);
  const parent = week.sections[start];
  if (!parent) return [];
  const inside: Section[] = [];
  for (const section of week.sections.slice(start + 1)) {
    if (section.depth <= parent.depth) break;
    if (section.depth <= parent.depth + 2) inside.push(section);
  }
  return inside;
}

/** Sub-headings of every TOC target that has some, keyed by the target's id; small enough to hand to the client. */
export function outlineByTarget(week: Week): Record<string, { id: string; title: string; level: number }[]> {
  const outline: Record<string, { id: string; title: string; level: number }[]> = {};
  for (const target of tocTargets(week)) {
    if (!target.sectionId) continue;
    const subheadings = subheadingsOf(week, target.sectionId);
    const parentDepth = week.sections.find((section) => section.id === target.sectionId)?.depth ?? 2;
    if (subheadings.length > 0) {
      outline[target.id] = subheadings.map((section) => ({ id: section.id, title: section.title, level: section.depth - parentDepth }));
    }
  }
  return outline;
}
