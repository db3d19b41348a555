"use client";

import { IntentLink } from "@/components/IntentLink";
import { PAGE_IDS } from "@/lib/page-ids";
import { useActiveSection } from "./navigation/use-active-section";

type Props = {
  /** `Week 8`, or the week's title when it has no number. */
  weekLabel: string;
  /** Breadcrumb text per TOC target id. */
  crumbs: Record<string, string>;
};

/** 홈 › Week 8 › (2강) MLOPs 개론 — the last step follows the lecture being read. */
export function Breadcrumbs({ weekLabel, crumbs }: Props) {
  const active = useActiveSection();
  const crumb = active ? crumbs[active] : undefined;
  return (
    <nav aria-label="현재 위치" className="min-w-0 text-sm text-muted">
      <ol className="flex min-w-0 items-center gap-1">
        <li className="shrink-0">
          <IntentLink href="/" className="hover:text-ink hover:underline">
            홈
          </IntentLink>
        </li>
        <li aria-hidden="true" className="shrink-0">
          ›
        </li>
        <li className="shrink-0" aria-current={crumb ? undefined : "page"}>
          {crumb ? (
            <a href={`#${PAGE_IDS.main}`} className="hover:text-ink hover:underline">
              {weekLabel}
            </a>
          ) : (
            weekLabel
          )}
        </li>
        {crumb ? (
          <>
            <li aria-hidden="true" className="shrink-0">
              ›
            </li>
            <li aria-current="location" className="truncate font-medium text-ink" title={crumb}>
              {crumb}
            </li>
          </>
        ) : null}
      </ol>
    </nav>
  );
}
