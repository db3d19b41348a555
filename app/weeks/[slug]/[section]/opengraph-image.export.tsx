import { OG_SIZE } from "@/components/share/og-card";
import { allSectionCards, sectionCard } from "@/components/share/section-card";

export const alt = "강의 노트 미리보기";
export const size = OG_SIZE;
export const contentType = "image/png";

// A static export has no server to draw a card on request: every card is drawn at build time.
export const generateStaticParams = allSectionCards;

export default sectionCard;
