import { OG_SIZE } from "@/components/share/og-card";
import { allSectionCards, sectionCard } from "@/components/share/section-card";

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
  return process.env.NEXT_EXPORT === "1" ? allSectionCards() : [];
}

export default sectionCard;
