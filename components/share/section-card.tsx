import { ogCard } from "@/components/share/og-card";
import type { SectionSummary } from "@/lib/content/section-summary";
import type { Week } from "@/lib/content/types";
import { weekLabel } from "@/lib/urls";

/**
 * The preview card of a section page (app/weeks/[slug]/[section]/opengraph-image.tsx).
 * `npm start` draws each on its first request and keeps it: a course's
 * sections outnumber its notes many times, and drawing every card made most
 * of a build's time. The static export draws them all at build time.
 */

/** A lecture's preview card: its week, its title and its first sentence. */
export function sectionCard(week: Week, summary: SectionSummary): Promise<Response> {
  return ogCard({
    name: `weeks/${week.slug}/${summary.id}`,
    eyebrow: week.number !== null ? `${weekLabel(week)} · ${week.title.replace(/^Week\s*\d+\s*:?\s*/iu, "")}` : week.title,
    title: summary.title,
    subtitle: summary.description,
  });
}
