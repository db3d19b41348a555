import { allFolders, type CourseFolder } from "@/lib/content/course";
import { w3cDate } from "@/lib/content/dates";
import { lastDate, type NoteDates } from "@/lib/content/note-dates";
import { buildTagIndex } from "@/lib/content/tags";
import { sectionIds } from "@/lib/content/section-summary";
import { sectionHref, sectionPagePath, TAG_INDEX_PATH, tagHref } from "@/lib/urls";
import type { Week } from "@/lib/content/types";

/**
 * sitemap.xml and robots.txt for a site at `origin`. `next start` builds answer
 * them per request (route.served.ts: the request's host when SITE_URL is
 * unset); a static export writes them once with SITE_URL (route.export.ts).
 * They are route handlers rather than Next's sitemap.ts/robots.ts because
 * those file names cannot take the served/export page extensions.
 */

/** The notes the site files list, handed in by their route: app/ is the only layer that loads content. */
export type SiteNotes = { weeks: readonly Week[]; course: CourseFolder; datesOf: (week: Week) => NoteDates };

type SitemapEntry = { url: string; lastModified?: string; changeFrequency: "weekly" | "monthly"; priority: number };

/** Home, the date view, the tags, every folder page, every week and every section page (the ones made for link previews). */
export function sitemapEntries(origin: string, { weeks, course, datesOf }: SiteNotes): SitemapEntry[] {
  const folders = allFolders(course).filter((folder) => folder.index === null);
  const tags = buildTagIndex(weeks);
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${origin}/notes`, changeFrequency: "weekly", priority: 0.6 },
    ...(tags.length > 0 ? [{ url: `${origin}${TAG_INDEX_PATH}`, changeFrequency: "weekly" as const, priority: 0.4 }] : []),
    ...tags.map((tag) => ({ url: `${origin}${tagHref(tag.key)}`, changeFrequency: "weekly" as const, priority: 0.4 })),
    ...folders.map((folder) => ({ url: `${origin}${sectionHref(folder.slug)}`, changeFrequency: "weekly" as const, priority: 0.6 })),
    ...weeks.flatMap((week) => [
      { url: `${origin}${sectionHref(week.slug)}`, ...lastModified(datesOf(week)), changeFrequency: "weekly" as const, priority: 0.8 },
      ...sectionIds(week).map((id) => ({ url: `${origin}${sectionPagePath(week.slug, id)}`, changeFrequency: "monthly" as const, priority: 0.5 })),
    ]),
  ];
}

/** The sitemap's `<lastmod>`: the note's last commit (lib/content/note-dates.ts), else the dates its front matter gives. */
function lastModified(dates: NoteDates): Pick<SitemapEntry, "lastModified"> {
  const date = lastDate(dates);
  return date ? { lastModified: w3cDate(date) } : {};
}

/** Text as XML character data: escaped, and without the control characters XML 1.0 forbids (a note may hold them; a parser would refuse the file). */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export function sitemapResponse(origin: string, notes: SiteNotes): Response {
  const urls = sitemapEntries(origin, notes).map((entry) =>
    [
      "<url>",
      `<loc>${xmlText(entry.url)}</loc>`,
      entry.lastModified ? `<lastmod>${xmlText(entry.lastModified)}</lastmod>` : "",
      `<changefreq>${entry.changeFrequency}</changefreq>`,
      `<priority>${entry.priority}</priority>`,
      "</url>",
    ].join(""),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}

/** Every page is public notes; crawlers find them all through the sitemap. */
export function robotsResponse(origin: string): Response {
  return new Response(`User-Agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
