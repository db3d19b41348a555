import path from "node:path";
import type { Definition, Link } from "mdast";
import { visit } from "unist-util-visit";
import { entryHeading } from "./entry-heading";
import { ContentError } from "./errors";
import { isLocalSource } from "./local-images";
import { isNoteLinkUrl } from "./note-index";
import type { Entry, LectureLabel, Week } from "./types";

/**
 * Authoring hints `npm run lint:content` prints on top of the build's own
 * problems: a Contents entry without notes, a lecture heading missing from
 * Contents, an image without alt text, a relative link to a file that does
 * not exist. The page still renders in each case, so none fails a build.
 * `exists` answers for a path relative to the notes folder, which keeps this pure.
 */
export function authoringWarnings(week: Week, exists: (relativePath: string) => boolean): ContentError[] {
  return [...entriesWithoutNotes(week), ...lecturesMissingFromContents(week), ...imagesWithoutAlt(week), ...deadRelativeLinks(week, exists)].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}

function at(week: Week, position: Entry["position"], reason: string): ContentError {
  return new ContentError(week.source, position?.start.line ?? 1, position?.start.column ?? 1, reason);
}

function entriesWithoutNotes(week: Week): ContentError[] {
  return week.parts
    .flatMap((part) => part.entries)
    .filter((entry) => entry.sectionId === null)
    .map((entry) => {
      const heading = entryHeading(entry);
      return at(week, entry.position, `Contents entry "${heading}" has no notes in the body; add a heading \`## ${heading}\` with its notes, or remove the entry`);
    });
}

function lecturesMissingFromContents(week: Week): ContentError[] {
  const entries = week.parts.flatMap((part) => part.entries);
  // A note without a Contents list has nothing to be missing from.
  if (entries.length === 0) return [];
  return week.sections
    .filter((section): section is typeof section & { label: LectureLabel } => section.label !== null && section.entryIds.length === 0)
    .filter((section) => !entries.some((entry) => listedBy(section.label, entry)))
    .map((section) =>
      at(week, section.position, `heading "${section.title}" is a lecture missing from Contents; add \`- ${section.title}\` to the Contents list so it gets a TOC entry and its tasks`),
    );
}

/** Whether a Contents entry already lists a heading's lecture (a subsection, or a lecture with its practice). */
function listedBy(label: LectureLabel, entry: Entry): boolean {
  const related = entry.kind === label.kind || (entry.kind === "lecture" && label.kind === "practice") || (entry.kind === "practice" && label.kind === "lecture");
  if (!related) return false;
  return label.numbers.length === 0 || entry.numbers.some((number) => label.numbers.includes(number));
}

function imagesWithoutAlt(week: Week): ContentError[] {
  return week.images
    .filter((image) => image.alt === null)
    .map((image) =>
      new ContentError(week.source, image.line, image.column, `image without alt text: ${image.src || "(no src)"}; describe it as \`![설명](...)\` or \`alt="설명"\` (readers now get "${image.generatedAlt}")`),
    );
}

function deadRelativeLinks(week: Week, exists: (relativePath: string) => boolean): ContentError[] {
  const problems: ContentError[] = [];
  visit(week.tree, (node) => {
    if (node.type !== "link" && node.type !== "definition") return;
    const link: Link | Definition = node;
    // Links to other notes are checked by the loader against the notes the site has.
    if (!isLocalSource(link.url) || link.url.startsWith("?") || isNoteLinkUrl(link.url)) return;
    const target = relativeFile(link.url);
    if (target !== null && exists(target)) return;
    const reason = target === null ? "points outside the notes folder" : "points at a file that does not exist";
    problems.push(at(week, link.position ?? null, `link ${reason}: ${link.url}; add the file next to the note or fix the path`));
  });
  return problems;
}

/** `./files/a%20b.pdf#p2` -> `files/a b.pdf`; null when it would leave the notes folder. */
function relativeFile(url: string): string | null {
  const filePath = url.split(/[?#]/u)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(filePath);
  } catch {
    decoded = filePath;
  }
  const normalized = path.posix.normalize(decoded);
  return normalized === ".." || normalized.startsWith("../") || path.posix.isAbsolute(normalized) ? null : normalized;
}
