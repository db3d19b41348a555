import { entryHeading } from "./entry-heading";
import { ContentError } from "./errors";
import type { Entry, LectureLabel, Week } from "./types";

/**
 * Authoring hints `npm run lint:content` prints on top of the build's own
 * problems: a Contents entry without notes, a lecture heading missing from
 * Contents, an image without alt text. The page still renders in each case,
 * so none fails a build. (A link to a missing file is a warning of the build
 * itself: lib/content/files.ts.)
 */
export function authoringWarnings(week: Week): ContentError[] {
  return [...entriesWithoutNotes(week), ...lecturesMissingFromContents(week), ...imagesWithoutAlt(week)].sort(
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
