import { notFound } from "next/navigation";
import { OG_SIZE, ogCard } from "@/components/share/og-card";
import { getAllWeeks, getWeek } from "@/lib/content";
import { weekStats } from "@/lib/content/stats";
import { safeDecode } from "@/lib/content/share";

export const alt = "주차 노트 미리보기";
export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams(): { slug: string }[] {
  return getAllWeeks().map((week) => ({ slug: week.slug }));
}

/** The week's preview card: its title and what it holds. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const week = getWeek(safeDecode(slug));
  if (!week) notFound();
  const { lectures, tasks } = weekStats(week);
  return ogCard({
    name: `weeks/${week.slug}`,
    eyebrow: week.number !== null ? `Week ${week.number}` : "주차 노트",
    title: week.title,
    subtitle: week.description ?? `강의 ${lectures}개 · 자기 학습 과제 ${tasks}개`,
  });
}
