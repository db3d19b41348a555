import type { Position } from "unist";
import type { NoteDate } from "./dates";
import type { NoteTree } from "./note-tree";

/** A week's slug: the file name of its note without `.md` (`week-08`). */
export type WeekSlug = string & { readonly __brand: "WeekSlug" };

/** What a Contents entry is, read from its label. */
export type EntryKind = "lecture" | "practice" | "special" | "day" | "other";

/** A label such as `(2강)`, `(5강-실습)`, `(특강 1강)`, `Lecture 3:` or `[Day 1]`, parsed. */
export type LectureLabel =
  | { kind: "lecture"; numbers: number[]; text: string }
  | { kind: "practice"; numbers: number[]; text: string }
  | { kind: "special"; numbers: number[]; text: string }
  | { kind: "day"; numbers: number[]; text: string };

/** A self-study task: a nested Contents item or a GFM task item. */
export type Task = {
  /** `<week slug>/<entry id>/<hash of normalized text>` (+ `-2`, `-3` for duplicates). */
  id: string;
  /** Plain text of the task (NFC, whitespace collapsed). */
  text: string;
  /** The author's `[x]`; false for plain nested items. */
  done: boolean;
  /** Tasks nested under this one. */
  children: Task[];
  position: Position | null;
};

/** A GFM task item (`- [ ]`, `- [x]`) of the body, outside the Contents list. */
export type BodyTask = {
  /** The Contents entry whose notes hold the item, if any: its id is then `<week>/<entry id>/<hash>`. */
  entryId: string | null;
  /** The section (nearest heading above) the item sits in; the id prefix when no entry holds it. */
  sectionId: string | null;
  task: Task;
};

/** One item of the Contents list. */
export type Entry = {
  /** Public anchor id: `lecture-2`, `lecture-5-practice`, `special-1`, `day-1`, or a slug. */
  id: string;
  kind: EntryKind;
  /** Lecture numbers the label names; empty for "other" and unnumbered specials. */
  numbers: number[];
  /** The label as written (`(2강)`), empty for "other". */
  label: string;
  /** The title as written in Contents, without label and speaker. */
  title: string;
  /** `(특강 1강) 이활석 - 서비스 향 AI 모델 개발하기` -> `이활석`. */
  speaker: string | null;
  tasks: Task[];
  /** Id of the body section that holds this entry's notes, if any. */
  sectionId: string | null;
  position: Position | null;
};

/** A top-level Contents item that groups entries ("Course", "AI 현업자 특강"). */
export type Part = { title: string; entries: Entry[] };

/** A heading of the body and the content up to the next heading of the same or higher rank. */
export type Section = {
  /** The id the heading carries in the page (a lecture id or GitHub's id). */
  id: string;
  /** Other ids that must resolve to this heading (GitHub's id of a lecture heading, combined lectures). */
  aliases: string[];
  /** Heading rank, 1 to 6. */
  depth: number;
  /** Heading text as written in the body. */
  title: string;
  /** The label the heading carries, if any. */
  label: LectureLabel | null;
  /** Ids of the Contents entries this section holds the notes of. */
  entryIds: string[];
  position: Position | null;
};

/** One week note, parsed and understood. */
export type Week = {
  slug: WeekSlug;
  /** Where the note lives inside the content root, `/`-separated: `Week_2/Day_4/03. 강의.md`, or `week-08.md`. */
  path: string;
  /** Front matter title ?? first H1 ?? file name. */
  title: string;
  /** Front matter `week` ?? "Week 8" in the title ?? digits of the slug. */
  number: number | null;
  description: string | null;
  /** Front matter `date` (or `created`, `publishDate`, ...) ?? the date a Jekyll file name starts with. */
  date: NoteDate | null;
  /** Front matter `last_modified_at` / `lastmod` / `updated` / `modified`. */
  updated: NoteDate | null;
  /** `tags`, `tag` and `keywords`, then Obsidian's inline `#태그`: one per tag key (lib/content/tags.ts), as first written, without `#`. */
  tags: string[];
  categories: string[];
  draft: boolean;
  /** False when the front matter says `toc: false`: the page leaves out the lecture TOC. */
  showToc: boolean;
  /** A `slug:` the front matter asks for, as written; slug making decides whether to honour it. */
  frontmatterSlug: string | null;
  /** From the Contents list; empty when the note has none. */
  parts: Part[];
  /** Body headings in source order; nothing dropped. */
  sections: Section[];
  /** Top-level GFM task items of the body, in source order (nested ones are their children). */
  bodyTasks: BodyTask[];
  /** Every image of the body, in source order, whatever its form. */
  images: NoteImage[];
  /** The parsed body (front matter removed), the input of the renderer. */
  tree: NoteTree;
  /** `content/<slug>.md`, for messages. */
  source: string;
};

/** An image of a note, as the author wrote it, placed in its section. */
export type NoteImage = {
  src: string;
  /** `alt` as written; null when the author gave none (then `generatedAlt` is shown). */
  alt: string | null;
  title: string | null;
  /** Width and height as written (`300`, `45%`), not measured. */
  width: string | null;
  height: string | null;
  /** Inside an `align="center"` element. */
  centered: boolean;
  /** Id of the section (heading) it stands under; null before the first heading. */
  sectionId: string | null;
  /** 1-based position among the images of its section. */
  index: number;
  /** `(5강,6강) 이미지 2`: its section's label (or title) and index. */
  generatedAlt: string;
  /** Caption from title, or a short line written right above it ("실습 결과"). */
  caption: string | null;
  /** Where it starts in the file; the renderer finds the same image by it. */
  line: number;
  column: number;
  /** For an image next to the note or mirrored (`npm run images:mirror`): where the site serves it and its intrinsic size, or that the file is missing. */
  local?: { status: "found"; url: string; width: number; height: number } | { status: "missing" };
};
