import { OG_SIZE } from "@/components/share/og-card";
import { sectionCard } from "@/components/share/section-card";

export const alt = "강의 노트 미리보기";
export const size = OG_SIZE;
export const contentType = "image/png";

// Drawn on the first request of each card and kept by `next start` (components/share/section-card.tsx);
// a section that does not exist answers 404.
export function generateStaticParams(): { slug: string; section: string }[] {
  return [];
}
export const dynamicParams = true;

export default sectionCard;
