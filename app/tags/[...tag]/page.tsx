import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/IntentLink";
import { TagList } from "@/components/note-meta/TagList";
import { getAllWeeks } from "@/lib/content";
import { koreanDate } from "@/lib/content/dates";
import { getNoteDates } from "@/lib/content/history";
import { sectionHref } from "@/lib/content/share";
import { buildTagIndex, type TagInfo, tagHref, tagKeyFromSegments, tagSegments } from "@/lib/content/tags";
import type { Week } from "@/lib/content/types";

type Params = { params: Promise<{ tag: string[] }> };

export const dynamicParams = false;

/** One page per tag and per tag above a nested one (`/tags/ai` for `ai/nlp`). */
export function generateStaticParams(): { tag: string[] }[] {
  return buildTagIndex(getAllWeeks()).map((tag) => ({ tag: tagSegments(tag.key) }));
}

function tagFromParams(segments: readonly string[]): { tag: TagInfo; all: TagInfo[] } {
  const key = tagKeyFromSegments(segments);
  const all = buildTagIndex(getAllWeeks());
  const tag = key === null ? undefined : all.find((candidate) => candidate.key === key);
  if (!tag) notFound();
  return { tag, all };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tag } = tagFromParams((await params).tag);
  return {
    title: `#${tag.label}`,
    description: `태그 #${tag.label}가 붙은 노트 ${tag.weeks.length}개`,
    alternates: { canonical: tagHref(tag.key) },
  };
}

/** The folder a note lives in, as the reader sees it (`alice › Week_2`), or null at the root. */
function folderLabel(week: Week): string | null {
  const folders = week.path.split("/").slice(0, -1);
  return folders.length > 0 ? folders.join(" › ") : null;
}

/** A tag's notes in course order, with where each lives and when it was written. */
export default async function TagPage({ params }: Params) {
  const { tag, all } = tagFromParams((await params).tag);
  const children = tag.children.flatMap((key) => all.filter((candidate) => candidate.key === key));
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <IntentLink href="/tags" className="text-accent hover:underline">
          모든 태그
        </IntentLink>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight sm:text-4xl">
        <span aria-hidden="true" className="text-muted">
          #
        </span>
        {tag.label}
      </h1>
      <p className="mt-3 text-muted">{`이 태그가 붙은 노트 ${tag.weeks.length}개, 과정 순서`}</p>
      {children.length > 0 ? (
        <TagList
          tags={children.map((child) => ({ key: child.key, label: child.label, count: child.weeks.length }))}
          label="하위 태그"
          counts
          className="mt-4"
        />
      ) : null}
      <ol className="mt-8 divide-y divide-line border-y border-line">
        {tag.weeks.map((week) => {
          const { published } = getNoteDates(week);
          return (
            <li key={week.slug} className="py-3">
              <IntentLink href={sectionHref(week.slug)} className="font-semibold hover:underline">
                {week.title}
              </IntentLink>
              <span className="mt-0.5 block text-sm text-muted">
                {[folderLabel(week), published ? koreanDate(published) : null].filter((part) => part !== null).join(" · ") || "\u00a0"}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
