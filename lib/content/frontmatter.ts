import { z } from "zod";
import { type NoteDate, parseNoteDate } from "./dates";

/**
 * Front matter as Jekyll (plain, Chirpy, Minimal Mistakes), Hugo, Obsidian,
 * Docusaurus and Quartz write it. Every key is optional and validated on its
 * own, so one unusable value is ignored with a warning instead of failing the
 * note. Keys are matched case-insensitively, as Hugo does.
 */

/** A line of text; YAML reads `title: 2023` as a number, which the author meant as text. */
const text = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, "must not be empty"));

/** A date in any form `parseNoteDate` reads; TOML dates arrive as `Date` objects whose `toISOString()` keeps the form written. */
const noteDate = z
  .union([z.string(), z.date().transform((value) => value.toISOString())])
  .transform((value, context): NoteDate => {
    const parsed = parseNoteDate(value);
    if (parsed) return parsed;
    context.addIssue({ code: "custom", message: "is not a date", input: value });
    return z.NEVER;
  });

/** A week number; `week: "8"` (quoted) is still 8. */
const weekNumber = z
  .union([z.number(), z.string().trim().regex(/^\d+$/u, "is not a whole number").transform(Number)])
  .pipe(z.number().int("must be a whole number").min(0, "must not be negative"));

/** An entry of a list of terms left out: where it stands in the list (0-based, top level), as written, and whether it was empty. */
export type DroppedTerm = { index: number; written: string; empty: boolean };

/** What a list of terms (`tags`, `categories`, `keywords`) became: the usable terms and each entry left out. */
export type Terms = { terms: string[]; dropped: DroppedTerm[] };

/**
 * Tags as every tool writes them: a list, one string, a comma- or
 * space-separated string, nested lists, Obsidian's `#tag`, Docusaurus'
 * `{ label, permalink }`. Empty or unreadable entries (Minimal Mistakes'
 * template leaves `- []`) are dropped and named, never an error.
 */
const terms = z.union([z.string(), z.number(), z.array(z.unknown())]).transform((value): Terms => {
  const result: Terms = { terms: [], dropped: [] };
  if (Array.isArray(value)) value.forEach((item, index) => addTerms(item, index, result));
  else addTerms(value, 0, result);
  result.terms = [...new Set(result.terms)];
  return result;
});

function addTerms(value: unknown, index: number, result: Terms): void {
  if (Array.isArray(value)) {
    if (value.length === 0) result.dropped.push({ index, written: "[]", empty: true });
    for (const item of value) addTerms(item, index, result);
    return;
  }
  const label = termLabel(value);
  if (label === null) {
    result.dropped.push({ index, written: JSON.stringify(value) ?? "nothing", empty: value === null || value === undefined });
    return;
  }
  // A comma list keeps multi-word tags ("machine learning"); without commas, Jekyll splits on spaces.
  const words = label.includes(",") ? label.split(",") : label.split(/\s+/u);
  const cleaned = words.map((word) => word.trim().replace(/^#/u, "").trim()).filter((word) => word !== "");
  if (cleaned.length === 0) result.dropped.push({ index, written: JSON.stringify(label), empty: true });
  else result.terms.push(...cleaned);
}

function termLabel(value: unknown): string | null {
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && value !== null && "label" in value && typeof value.label === "string") return value.label.normalize("NFC");
  return null;
}

/** A slug the author chose (Hugo, Docusaurus, Jekyll `slug:`). */
const slug = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, "must not be empty"));

/** Jekyll's `published: false` hides a post; Quartz writes `published: 2023-03-14` for the publication date. */
const published = z.union([z.boolean(), noteDate]);

/**
 * Every key the portal reads (lower case), each with the one schema its value
 * must meet. The source of truth for front matter: `readFrontmatter` validates
 * each key present with its schema and `mapFrontmatter` combines the results.
 */
export const WeekFrontmatterSchema = z
  .object({
    /** Title of the week, shown as the page's only `<h1>`. Defaults to the note's first `# heading`. */
    title: text,
    /** Week number, used for sorting and labels. Defaults to the number in the title or file name. */
    week: weekNumber,
    /** One line under the title and in the meta description (every tool). */
    description: text,
    /** Jekyll, Minimal Mistakes: the description. */
    excerpt: text,
    /** Hugo, Docusaurus blog: the description. */
    summary: text,
    /** Some Jekyll and Hugo themes: a line under the title, used as the description. */
    subtitle: text,
    /** The note's date (Jekyll, Hugo, Docusaurus, Quartz). */
    date: noteDate,
    /** Obsidian, Quartz: when the note was created; the date when `date` is missing. */
    created: noteDate,
    /** Hugo, Quartz: publication date; the date when `date` and `created` are missing. */
    publishdate: noteDate,
    /** Astro-style blogs: publication date. */
    pubdate: noteDate,
    /** Jekyll: `false` makes a draft; Quartz: a publication date. */
    published,
    /** Minimal Mistakes, Chirpy: when the note was last changed. */
    last_modified_at: noteDate,
    /** Hugo: when the note was last changed. */
    lastmod: noteDate,
    /** Quartz, Obsidian: when the note was last changed. */
    updated: noteDate,
    /** Quartz, Obsidian: when the note was last changed. */
    modified: noteDate,
    /** Quartz: when the note was last changed. */
    "last-modified": noteDate,
    /** Free-form tags (every tool). */
    tags: terms,
    /** Obsidian's older singular spelling of `tags`. */
    tag: terms,
    /** Hugo, Docusaurus: keywords, read as tags. */
    keywords: terms,
    /** Jekyll, Hugo: categories. */
    categories: terms,
    /** Jekyll's singular spelling of `categories`. */
    category: terms,
    /** Drafts are left out of the site (Jekyll, Hugo, Docusaurus, Quartz). */
    draft: z.boolean(),
    /** Obsidian Publish, Quartz: `publish: false` keeps a note out of the site. */
    publish: z.boolean(),
    /** Chirpy, Minimal Mistakes and others: `toc: false` hides the lecture table of contents. */
    toc: z.boolean(),
    /** A slug the author chose (Hugo, Docusaurus, Jekyll). */
    slug,
  })
  .partial();

/** Front matter as written by an author (the keys the portal reads). */
export type WeekFrontmatterInput = z.input<typeof WeekFrontmatterSchema>;
/** Each read key's value after validation. */
export type FrontmatterValues = z.output<typeof WeekFrontmatterSchema>;
/** A key the portal reads. */
export type FrontmatterKey = keyof FrontmatterValues;

/** The keys the schema knows. */
export const knownFrontmatterKeys = Object.keys(WeekFrontmatterSchema.shape) as readonly FrontmatterKey[];

/** Whether a (lower-cased) key is one the portal reads. */
export function isFrontmatterKey(key: string): key is FrontmatterKey {
  return Object.hasOwn(WeekFrontmatterSchema.shape, key);
}

/**
 * Keys that belong to another tool (a theme's layout, comments, sidebar,
 * Obsidian's aliases): accepted silently and not used. Lower case; matched
 * case-insensitively.
 */
export const foreignFrontmatterKeys: readonly string[] = [
  // Jekyll and its themes (Chirpy, Minimal Mistakes, Minima)
  "layout", "permalink", "defaults", "render_with_liquid", "excerpt_separator", "author", "authors", "comments", "share",
  "author_profile", "read_time", "related", "show_date", "toc_sticky", "toc_label", "toc_icon", "sidebar", "header", "classes",
  "pin", "image", "math", "mermaid", "search", "redirect_from", "redirect_to", "lang", "hidden", "sitemap", "feature_row",
  "media_subpath", "img_path", "use_math", "mathjax", "katex", "typora-root-url", "typora-copy-images-to",
  // Hugo and its themes
  "weight", "aliases", "url", "type", "menu", "linktitle", "expirydate", "headless", "outputs", "markup", "iscjklanguage",
  "series", "images", "featured_image", "thumbnail", "cover", "showtoc", "tocopen", "showreadingtime", "hidemeta", "build",
  "cascade", "resources", "translationkey", "disablecomments",
  // Docusaurus
  "id", "sidebar_position", "sidebar_label", "sidebar_class_name", "sidebar_custom_props", "hide_title", "hide_table_of_contents",
  "toc_min_heading_level", "toc_max_heading_level", "pagination_label", "pagination_next", "pagination_prev", "custom_edit_url",
  "last_update", "unlisted", "parse_number_prefixes", "displayed_sidebar", "tags_to_show",
  // Obsidian and Quartz
  "alias", "cssclasses", "cssclass", "enabletoc", "socialimage", "socialdescription", "comments_enabled", "status",
];

/** Front matter mapped onto what a week means, whichever tool wrote it. */
export type WeekFrontmatter = {
  title?: string;
  week?: number;
  description?: string;
  date?: NoteDate;
  updated?: NoteDate;
  tags?: string[];
  categories?: string[];
  draft?: boolean;
  /** `toc: false` hides the lecture table of contents. */
  toc?: boolean;
  slug?: string;
};

const first = <T>(...values: (T | undefined)[]): T | undefined => values.find((value) => value !== undefined);

/** The validated values of every tool's keys -> one week front matter; the first key of each list below wins. */
export function mapFrontmatter(values: FrontmatterValues): WeekFrontmatter {
  const published = values.published;
  // Any one of the tools' switches saying "not public" makes a draft.
  const hidden = values.draft === true || published === false || values.publish === false;
  const stated = values.draft !== undefined || values.publish !== undefined || typeof published === "boolean";
  const tags = [values.tags, values.tag, values.keywords].flatMap((list) => list?.terms ?? []);
  const categories = [values.categories, values.category].flatMap((list) => list?.terms ?? []);
  const mapped: WeekFrontmatter = {};
  if (values.title !== undefined) mapped.title = values.title;
  if (values.week !== undefined) mapped.week = values.week;
  const description = first(values.description, values.excerpt, values.summary, values.subtitle);
  if (description !== undefined) mapped.description = description;
  const date = first(values.date, values.created, values.publishdate, values.pubdate, typeof published === "object" ? published : undefined);
  if (date !== undefined) mapped.date = date;
  const updated = first(values.last_modified_at, values.lastmod, values.updated, values.modified, values["last-modified"]);
  if (updated !== undefined) mapped.updated = updated;
  if (values.tags || values.tag || values.keywords) mapped.tags = [...new Set(tags)];
  if (values.categories || values.category) mapped.categories = [...new Set(categories)];
  if (stated) mapped.draft = hidden;
  if (values.toc !== undefined) mapped.toc = values.toc;
  if (values.slug !== undefined) mapped.slug = values.slug;
  return mapped;
}

const dateExample = "a date such as `date: 2023-03-14` or `date: 2023-03-14 21:05:00 +0900`";
const textExample = "one line of text";
const termsExample = "a list such as `tags: [mlops, serving]` or `tags: mlops, serving`";

const expectedByKey: Record<FrontmatterKey, string> = {
  title: "a text such as `title: \"Week 8 : AI 서비스 개발 기초\"`",
  week: "a whole number such as `week: 8`",
  description: textExample,
  excerpt: textExample,
  summary: textExample,
  subtitle: textExample,
  date: dateExample,
  created: dateExample,
  publishdate: dateExample,
  pubdate: dateExample,
  published: "`true`, `false` or a date",
  last_modified_at: dateExample,
  lastmod: dateExample,
  updated: dateExample,
  modified: dateExample,
  "last-modified": dateExample,
  tags: termsExample,
  tag: termsExample,
  keywords: termsExample,
  categories: "a list such as `categories: [AI, 강의]`",
  category: "a list such as `categories: [AI, 강의]`",
  draft: "`true` or `false`",
  publish: "`true` or `false`",
  toc: "`true` or `false`",
  slug: "a text such as `slug: week-08`",
};

/** How to fix a front-matter key, in words. */
export function expectedFrontmatterValue(key: FrontmatterKey): string {
  return expectedByKey[key];
}
