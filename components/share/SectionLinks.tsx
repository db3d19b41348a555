import "./share.css";
import { sectionIds } from "@/lib/content/section-summary";
import type { Week } from "@/lib/content/types";
import { CopyLinkHandler } from "./CopyLinkHandler";
import { SectionTarget } from "./SectionTarget";

/**
 * The week page's shareable-link islands: copy buttons in headings and opening
 * a link to a section. A server component, so the ids of the sections that
 * have their own preview page (`/weeks/week-08/lecture-2`) are worked out at
 * build time and handed to the copy menu as a short list.
 */
export function SectionLinks({ week }: { week: Week }) {
  return (
    <>
      <CopyLinkHandler slug={week.slug} sectionPages={sectionIds(week)} />
      <SectionTarget />
    </>
  );
}
