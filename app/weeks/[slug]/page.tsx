import type { Metadata } from "next";
import { Fragment, type ReactNode } from "react";
import { IntentLink } from "@/components/site/IntentLink";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/toc/Breadcrumbs";
import { KatexStylesheet } from "@/components/note/KatexStylesheet";
import { FirstPaintAfter } from "@/components/site/FirstPaintAfter";
import { ImageLightbox } from "@/components/lightbox/ImageLightbox";
import { LectureShortcuts } from "@/components/toc/LectureShortcuts";
import { LectureToc } from "@/components/toc/LectureToc";
import { OnThisPage } from "@/components/toc/OnThisPage";
import { SectionLinks } from "@/components/share/SectionLinks";
import { TocDrawer } from "@/components/toc/TocDrawer";
import { WeekTasksHeader } from "@/components/tasks/WeekTasksHeader";
import { FolderContents, FolderPage, folderDescription, trailLinks } from "@/components/course/FolderPage";
import { getAllWeeks, getBacklinks, getCourse, getFileIndex, getNoteIndex, getWeek, pageSlugs } from "@/lib/content";
import { NoteBacklinks } from "@/components/note/NoteBacklinks";
import { LinkPreviews } from "@/components/preview/LinkPreviews";
import { type CourseFolder, crumbsAbove, folderBySlug } from "@/lib/content/course";
import { PAGE_DOM } from "@/lib/dom-contract";
import { PAGE_IDS } from "@/lib/page-ids";
import { weekStats } from "@/lib/content/stats";
import type { Week } from "@/lib/content/types";
import { w3cDate } from "@/lib/content/dates";
import { getNoteDates, getSourceLinks } from "@/lib/content/history";
import { hasDates, NoteDates } from "@/components/note/NoteDates";
import type { NoteDates as Dates } from "@/lib/content/note-dates";
import { noteReadingMinutes, readingTimeLabel } from "@/lib/content/reading-time";
import { noteTagItems, TagList } from "@/components/note/TagList";
import { SourceLinks } from "@/components/note/SourceLinks";
import { weekDescription } from "@/lib/content/describe";
import { outlineByTarget, tocTargets } from "@/lib/content/outline";
import { fromRouteParam, sectionHref, weekLabel } from "@/lib/urls";
import { renderNoteHtml } from "@/lib/render/process";
import { NoteBody } from "@/components/note/NoteBody";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return pageSlugs().map((slug) => ({ slug }));
}

/** A note's page, or the page of a folder that has no introduction note. */
type PageTarget = { kind: "note"; week: Week } | { kind: "folder"; folder: CourseFolder };

function targetFromParams(slug: string): PageTarget {
  const week = getWeek(fromRouteParam(slug));
  if (week) return { kind: "note", week };
  const folder = folderBySlug(getCourse(), fromRouteParam(slug));
  if (folder && folder.index === null) return { kind: "folder", folder };
  notFound();
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const target = targetFromParams(slug);
  if (target.kind === "folder") return folderMetadata(target.folder);
  const { week } = target;
  const description = weekDescription(week);
  const url = sectionHref(week.slug);
  const { published, modified } = getNoteDates(week);
  // og:image and twitter:image come from the opengraph-image route next to this page.
  return {
    title: week.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title: week.title,
      description,
      url,
      siteName: "AI 스터디 노트",
      locale: "ko_KR",
      // article:published_time / article:modified_time / article:tag
      ...(published ? { publishedTime: w3cDate(published) } : {}),
      ...(modified ? { modifiedTime: w3cDate(modified) } : {}),
      ...(week.tags.length > 0 ? { tags: week.tags } : {}),
    },
    twitter: { card: "summary_large_image", title: week.title, description },
  };
}

/**
 * What the note's header says under its title: counts (a note of plain prose has no lectures or tasks to
 * count), when it was written and changed (lib/content/note-dates.ts), and how long it takes to read.
 */
function headerFacts(stats: { lectures: number; tasks: number }, dates: Dates, minutes: number): { key: string; node: ReactNode }[] {
  return [
    ...(stats.lectures > 0 || stats.tasks > 0 ? [{ key: "counts", node: `강의 ${stats.lectures}개 · 자기 학습 과제 ${stats.tasks}개` }] : []),
    ...(hasDates(dates) ? [{ key: "dates", node: <NoteDates dates={dates} /> }] : []),
    ...(minutes > 0 ? [{ key: "reading", node: `읽는 데 ${readingTimeLabel(minutes)}` }] : []),
  ];
}

function folderMetadata(folder: CourseFolder): Metadata {
  const description = folderDescription(folder);
  const url = sectionHref(folder.slug);
  return {
    title: folder.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: folder.name, description, url, siteName: "AI 스터디 노트", locale: "ko_KR" },
    twitter: { card: "summary_large_image", title: folder.name, description },
  };
}

export default async function WeekPage({ params }: Params) {
  const { slug } = await params;
  const target = targetFromParams(slug);
  const course = getCourse();
  if (target.kind === "folder") return <FolderPage folder={target.folder} crumbs={crumbsAbove(course, target)} />;
  const { week } = target;
  const note = await renderNoteHtml(week, { index: getNoteIndex(), files: getFileIndex() });
  const stats = weekStats(week);
  const weeks = getAllWeeks();
  // Reading order runs across folders: the note before and after this one in the course.
  const index = weeks.findIndex((other) => other.slug === week.slug);
  const previous = weeks[index - 1];
  const next = weeks[index + 1];
  const introduced = folderBySlug(course, week.slug);

  const targets = tocTargets(week);
  const crumbs = Object.fromEntries(targets.map((target) => [target.id, target.crumb]));

  return (
    <>
      {/* The note's body starts right after the week's title, counts and progress: that header is whole in the first frame. */}
      <FirstPaintAfter id={PAGE_IDS.noteBody} />
      <div className="no-print sticky top-14 z-20 -mx-4 -mt-8 mb-8 flex min-h-12 items-center gap-3 border-b border-line bg-page/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6">
        <Breadcrumbs trail={trailLinks(crumbsAbove(course, target))} weekLabel={weekLabel(week)} crumbs={crumbs} />
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <LectureShortcuts />
          {week.showToc ? <TocDrawer /> : null}
        </div>
      </div>
      {/* `toc: false` in the front matter leaves out the TOC column, and the grid closes the gap it would leave. */}
      <div
        className={
          week.showToc
            ? "flex flex-col lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10 xl:grid-cols-[16rem_minmax(0,1fr)_12rem]"
            : "flex flex-col lg:grid lg:grid-cols-[minmax(0,1fr)] lg:gap-10 xl:grid-cols-[minmax(0,1fr)_12rem]"
        }
      >
        {/* On phones the TOC follows the note and opens as a drawer; on wide screens it is the sticky left column. */}
        {week.showToc ? (
          <aside
            id={PAGE_IDS.tocColumn}
            className="no-print order-last mt-16 lg:sticky lg:top-32 lg:order-none lg:mt-0 lg:max-h-[calc(100vh-9rem)] lg:self-start lg:overflow-y-auto"
          >
            <LectureToc week={week} />
          </aside>
        ) : null}
        <div className="min-w-0">
          <header className="mb-10 max-w-[72ch] border-b border-line pb-6">
            <h1 className="text-3xl font-extrabold leading-tight tracking-tight sm:text-4xl">{week.title}</h1>
            {week.description ? <p className="mt-3 text-lg text-muted">{week.description}</p> : null}
            <p className="mt-3 text-sm text-muted">
              {headerFacts(stats, getNoteDates(week), noteReadingMinutes(week)).map((fact, index) => (
                <Fragment key={fact.key}>
                  {index > 0 ? " · " : null}
                  {fact.node}
                </Fragment>
              ))}
            </p>
            <TagList tags={noteTagItems(week.tags)} label="태그" className="mt-3" />
            <SourceLinks links={getSourceLinks(week)} />
            <WeekTasksHeader week={week} tocId={PAGE_IDS.lectureToc} />
          </header>
          {note.math ? <KatexStylesheet /> : null}
          <NoteBody id={PAGE_IDS.noteBody} html={note.html} mermaid={note.mermaid} />
          <ImageLightbox />
          <SectionLinks week={week} />
          {introduced ? <FolderContents folder={introduced} /> : null}
          <NoteBacklinks backlinks={getBacklinks(week.slug)} />
          <LinkPreviews />
          <nav aria-label="노트 이동" className="week-pager no-print mt-16 grid max-w-[72ch] gap-3 border-t border-line pt-6 sm:grid-cols-2">
            {previous ? <PagerLink to={previous} direction="previous" /> : <span />}
            {next ? <PagerLink to={next} direction="next" /> : null}
          </nav>
        </div>
        <div className="no-print hidden xl:sticky xl:top-32 xl:block xl:self-start">
          <OnThisPage outline={outlineByTarget(week)} />
        </div>
      </div>
    </>
  );
}

/** A link of the pager under a note: the note before or after it in reading order (the `[` `]` shortcuts follow the same attribute). */
function PagerLink({ to, direction }: { to: Pick<Week, "slug" | "title">; direction: "previous" | "next" }) {
  return (
    <IntentLink
      href={sectionHref(to.slug)}
      {...{ [PAGE_DOM.pager]: direction }}
      className={
        direction === "next" ? "rounded-lg border border-line p-4 text-right hover:bg-soft" : "rounded-lg border border-line p-4 hover:bg-soft"
      }
    >
      <span className="block text-xs text-muted">{direction === "previous" ? "이전 노트" : "다음 노트"}</span>
      {to.title}
    </IntentLink>
  );
}
