import { notFound } from "next/navigation";
import { folderDescription } from "@/components/course/FolderPage";
import { OG_SIZE, ogCard } from "@/components/share/og-card";
import { getCourse, getWeek, pageSlugs } from "@/lib/content";
import { folderBySlug } from "@/lib/content/course";
import { weekStats } from "@/lib/content/stats";
import { fromRouteParam, weekLabel } from "@/lib/urls";

export const alt = "노트 미리보기";
export const size = OG_SIZE;
export const contentType = "image/png";

/** Every page under /weeks/ has a card: notes, and folders that have no introduction note. */
export function generateStaticParams(): { slug: string }[] {
  return pageSlugs().map((slug) => ({ slug }));
}

/** The note's preview card: its title and what it holds; a folder's: its name and its notes. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const week = getWeek(fromRouteParam(slug));
  if (week) {
    const { lectures, tasks } = weekStats(week);
    return ogCard({
      name: `weeks/${week.slug}`,
      eyebrow: weekLabel(week, "주차 노트"),
      title: week.title,
      subtitle: week.description ?? `강의 ${lectures}개 · 자기 학습 과제 ${tasks}개`,
    });
  }
  const folder = folderBySlug(getCourse(), fromRouteParam(slug));
  if (!folder || folder.index !== null) notFound();
  return ogCard({ name: `weeks/${folder.slug}`, eyebrow: "폴더", title: folder.name, subtitle: folderDescription(folder) });
}
