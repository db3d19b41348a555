"use client";

import "./share.css";
import { CopyLinkHandler } from "./CopyLinkHandler";
import { SectionTarget } from "./SectionTarget";

/** The week page's shareable-link islands: copy buttons in headings and opening a link to a section. */
export function SectionLinks({ slug }: { slug: string }) {
  return (
    <>
      <CopyLinkHandler slug={slug} />
      <SectionTarget />
    </>
  );
}
