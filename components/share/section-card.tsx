import { notFound } from "next/navigation";
import { ogCard } from "@/components/share/og-card";
import { getAllWeeks, getWeek } from "@/lib/content";
import { sectionIds, sectionSummary } from "@/lib/content/section-summary";
import { safeDecode } from "@/lib/content/share";

/**
 * The preview card of a section page (app/weeks/[slug]/[section]/opengraph-image.tsx).
 * `npm start` draws each on its first request and keeps it: a course's
 * sections outnumber its notes many times, and drawing every card made most
 * of a build's time. The static export draws them all at build time.
 */

/** Every section's card, for a build that draws them all. */
export function allSectionCards(): { slug: string; section: string }[] {
  return getAllWeeks().flatMap((week) => sectionIds(week).map((section) => ({ slug: week.slug, section })));
}

/** A lecture's preview card: its week, its title and its first sentence. */
export async function sectionCard({ params }: { params: Promise<{ slug: string; section: string }> }): Promise<Response> {
  const { slug, section } = await params;
  const week = getWeek(safeDecode(slug));
  const summary = week ? sectionSummary(week, safeDecode(section)) : null;
  if (!week || !summary) notFound();
  return ogCard({
    name: `weeks/${week.slug}/${summary.id}`,
    eyebrow: week.number !== null ? `Week ${week.number} · ${week.title.replace(/^Week\s*\d+\s*:?\s*/iu, "")}` : week.title,
    title: summary.title,
    subtitle: summary.description,
  });
}
