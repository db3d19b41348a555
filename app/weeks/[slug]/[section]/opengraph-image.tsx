import { notFound } from "next/navigation";
import { OG_SIZE } from "@/components/share/og-card";
import { sectionCard } from "@/components/share/section-card";
import { getAllWeeks, getWeek } from "@/lib/content";
import { sectionIds, sectionSummary } from "@/lib/content/section-summary";
import { fromRouteParam } from "@/lib/urls";

export const alt = "강의 노트 미리보기";
export const size = OG_SIZE;
export const contentType = "image/png";

/**
 * A static export (`npm run export`, NEXT_EXPORT=1) has no server to draw a
 * card on request, so it draws every card at build time; `npm start` draws
 * each on its first request and keeps it (components/share/section-card.tsx).
 * A section that does not exist answers 404 either way.
 */
export function generateStaticParams(): { slug: string; section: string }[] {
  if (process.env.NEXT_EXPORT !== "1") return [];
  return getAllWeeks().flatMap((week) => sectionIds(week).map((section) => ({ slug: week.slug, section })));
}

/** A lecture's preview card: its week, its title and its first sentence. */
export default async function Image({ params }: { params: Promise<{ slug: string; section: string }> }): Promise<Response> {
  const { slug, section } = await params;
  const week = getWeek(fromRouteParam(slug));
  const summary = week ? sectionSummary(week, fromRouteParam(section)) : null;
  if (!week || !summary) notFound();
  return sectionCard(week, summary);
}
