import { toString } from "mdast-util-to-string";
import { firstSentence } from "./share";
import { weekStats } from "./stats";
import type { Week } from "./types";

/**
 * What a note says about itself in one line, for its card in lists: the
 * author's description, else the first sentence of its first paragraph of
 * prose; null when it has neither (a card then shows its title alone, never a
 * line made up from the title).
 */
export function noteLead(week: Week): string | null {
  if (week.description) return week.description;
  for (const node of week.tree.root().children) {
    if (node.type !== "paragraph") continue;
    // A paragraph of only images or links (a badge row, a banner) is not prose.
    if (node.children.every((child) => child.type === "image" || child.type === "imageReference" || child.type === "break")) continue;
    const text = toString(node).replace(/\s+/gu, " ").trim();
    if (text.length >= 8) return firstSentence(text);
  }
  return null;
}

/** The note's meta description: its lead, else a sentence built from its contents. */
export function weekDescription(week: Week): string {
  const lead = noteLead(week);
  if (lead) return lead;
  const { lectures, tasks } = weekStats(week);
  const lectureTitles = week.parts.flatMap((part) => part.entries).slice(0, 4).map((entry) => entry.title);
  const summary = lectureTitles.length > 0 ? `${lectureTitles.join(", ")} 등` : "강의 노트";
  return `${week.title}: ${summary} — 강의 ${lectures}개, 자기 학습 과제 ${tasks}개.`;
}
