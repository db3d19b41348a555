import type { MetadataRoute } from "next";
import { siteOrigin } from "@/components/share/site-url";
import { getAllWeeks } from "@/lib/content";
import { sectionIds } from "@/lib/content/section-summary";
import { sectionHref, sectionPagePath } from "@/lib/content/share";

/** Home, every week and every section page (the ones made for link previews). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  const weeks = getAllWeeks();
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1 },
    ...weeks.flatMap((week) => [
      { url: `${origin}${sectionHref(week.slug)}`, lastModified: week.date ?? undefined, changeFrequency: "weekly" as const, priority: 0.8 },
      ...sectionIds(week).map((id) => ({ url: `${origin}${sectionPagePath(week.slug, id)}`, changeFrequency: "monthly" as const, priority: 0.5 })),
    ]),
  ];
}
