import { notFound } from "next/navigation";
import { OG_SIZE, ogCard } from "@/components/share/og-card";
import { getAllWeeks, getWeek } from "@/lib/content";
import { sectionIds, sectionSummary } from "@/lib/content/section-summary";
import { safeDecode } from "@/lib/content/share";

export const alt = "강의 노트 미리보기";
export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams(): { slug: string; section: string }[] {
  return getAllWeeks().flatMap((week) => sectionIds(week).map((section) => ({ slug: week.slug, section })));
}

/** A lecture's preview card: its week, its title and its first sentence. */
export default async function Image({ params }: { params: Promise<{ slug: string; section: string }> }) {
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
