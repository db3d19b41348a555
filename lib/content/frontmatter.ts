import { z } from "zod";

/** Front matter a week note may carry; every field is optional. */
export const WeekFrontmatterSchema = z.object({
  /** Title of the week, shown as the page's only `<h1>`. Defaults to the note's first `# heading`. */
  title: z.string().trim().min(1, "must not be empty").optional(),
  /** Week number, used for sorting and labels. Defaults to the number in the title or file name. */
  week: z.number().int().min(0).optional(),
  /** One line shown under the title and in the page's meta description. */
  description: z.string().trim().min(1, "must not be empty").optional(),
  /** Date of the week as `YYYY-MM-DD` (YAML reads unquoted dates as dates; both are accepted). */
  date: z
    .union([
      z.date().transform((date) => date.toISOString().slice(0, 10)),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2022-11-07"),
    ])
    .optional(),
  /** Free-form tags. */
  tags: z.array(z.string().trim().min(1)).optional(),
  /** Drafts are left out of the site. */
  draft: z.boolean().optional(),
});

/** Front matter as written by an author. */
export type WeekFrontmatterInput = z.input<typeof WeekFrontmatterSchema>;
/** Front matter after validation and normalisation. */
export type WeekFrontmatter = z.output<typeof WeekFrontmatterSchema>;

/** The keys the schema knows, for warnings about the others. */
export const knownFrontmatterKeys: readonly string[] = Object.keys(WeekFrontmatterSchema.shape);

const expectedByKey: Record<string, string> = {
  title: "a text such as `title: \"Week 8 : AI 서비스 개발 기초\"`",
  week: "a whole number such as `week: 8`",
  description: "one line of text",
  date: "a date such as `date: 2022-11-07`",
  tags: "a list such as `tags: [mlops, serving]`",
  draft: "`true` or `false`",
};

/** How to fix a front-matter key, in words. */
export function expectedFrontmatterValue(key: string): string {
  return expectedByKey[key] ?? "a valid value";
}
