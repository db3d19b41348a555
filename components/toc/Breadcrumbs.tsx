"use client";

import { Fragment } from "react";
import { IntentLink } from "@/components/site/IntentLink";
import { PAGE_IDS } from "@/lib/page-ids";
import { useActiveSection } from "./use-active-section";

type Props = {
  /** The folders above the note (`alice`, `Week_2`, `Day_4`), each linking to its page. */
  trail?: readonly { label: string; href: string }[];
  /** `Week 8`, or the week's title when it has no number. */
  weekLabel: string;
  /** Breadcrumb text per TOC target id. */
  crumbs: Record<string, string>;
};

/** 홈 › alice › Week_2 › Week 8 › (2강) MLOPs 개론 — the last step follows the lecture being read. */
export function Breadcrumbs({ trail = [], weekLabel, crumbs }: Props) {
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
        {trail.map((step) => (
          <Fragment key={step.href}>
            <li aria-hidden="true" className="shrink-0">
              ›
            </li>
            <li className="min-w-0 max-w-40 truncate">
              <IntentLink href={step.href} className="hover:text-ink hover:underline" title={step.label}>
                {step.label}
              </IntentLink>
            </li>
          </Fragment>
        ))}
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
