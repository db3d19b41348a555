import type { Metadata } from "next";
import { IntentLink } from "@/components/site/IntentLink";
import { notFound } from "next/navigation";
import { getAllWeeks, getWeek } from "@/lib/content";
import { sectionIds, type SectionSummary, sectionSummary } from "@/lib/content/section-summary";
import { fromRouteParam, sectionHref, sectionPagePath, weekLabel } from "@/lib/urls";
import type { Week } from "@/lib/content/types";

type Params = { params: Promise<{ slug: string; section: string }> };

// Only the sections of the TOC have pages; any other id answers 404.
export const dynamicParams = false;

/**
 * One page per TOC target of every week. Next calls this once per week the
 * parent segment generates, with that week's slug; without one it lists all.
 */
export function generateStaticParams({ params }: { params?: { slug?: string } } = {}): { slug: string; section: string }[] {
  const weeks = params?.slug ? getAllWeeks().filter((week) => week.slug === params.slug) : getAllWeeks();
  return weeks.flatMap((week) => sectionIds(week).map((section) => ({ slug: week.slug, section })));
}

function fromParams(slug: string, section: string): { week: Week; summary: SectionSummary } {
  const week = getWeek(fromRouteParam(slug));
  const summary = week ? sectionSummary(week, fromRouteParam(section)) : null;
  if (!week || !summary) notFound();
  return { week, summary };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, section } = await params;
  const { week, summary } = fromParams(slug, section);
  const title = `${summary.title} · ${weekLabel(week)}`;
  const url = sectionPagePath(week.slug, summary.id);
  // og:image and twitter:image come from the opengraph-image route next to this page.
  return {
    title,
    description: summary.description,
    alternates: { canonical: url },
    openGraph: { type: "article", title, description: summary.description, url, siteName: "AI 스터디 노트", locale: "ko_KR" },
    twitter: { card: "summary_large_image", title, description: summary.description },
  };
}

/**
 * A section on its own, for link previews: its title, its text as plain
 * paragraphs and tasks, and the way into the full note at that section.
 */
export default async function SectionPage({ params }: Params) {
  const { slug, section } = await params;
  const { week, summary } = fromParams(slug, section);
  const full = sectionHref(week.slug, summary.id);
  return (
    <article className="mx-auto max-w-[72ch]">
      <p className="text-sm text-muted">
        <IntentLink href={sectionHref(week.slug)} className="hover:underline">
          {week.title}
        </IntentLink>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold leading-tight tracking-tight">{summary.title}</h1>
      <p className="mt-6">
        <IntentLink href={full} className="inline-flex rounded-md bg-accent px-4 py-2 font-semibold text-page hover:opacity-90">
          전체 노트 보기
        </IntentLink>
      </p>
      {summary.hasNotes ? (
        <div className="mt-8 space-y-3 leading-relaxed">
          {summary.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
          <p className="text-muted">…</p>
        </div>
      ) : (
        <p className="mt-8 text-muted">아직 정리된 노트가 없습니다.</p>
      )}
      {summary.tasks.length > 0 ? (
        <section aria-labelledby="section-tasks" className="mt-10">
          <h2 id="section-tasks" className="text-xl font-bold">
            자기 학습 과제
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {summary.tasks.map((task, index) => (
              <li key={index}>{task}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-10 border-t border-line pt-6">
        <IntentLink href={full} className="text-accent underline">
          전체 노트 보기
        </IntentLink>
      </p>
    </article>
  );
}
