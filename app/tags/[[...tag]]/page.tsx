import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/site/IntentLink";
import { TagList } from "@/components/note/TagList";
import { getAllWeeks } from "@/lib/content";
import { koreanDate } from "@/lib/content/dates";
import { getNoteDates } from "@/lib/content/history";
import { sectionHref, TAG_INDEX_PATH, tagHref } from "@/lib/urls";
import { buildTagIndex, compareKeys, type TagInfo, tagKeyFromSegments, tagSegments } from "@/lib/content/tags";
import type { Week } from "@/lib/content/types";

/*
 * `/tags` (every tag) and `/tags/<tag>` (one tag's notes) in one optional
 * catch-all route: `/tags` is always among the static params, so a course
 * without any tag still exports (`output: "export"` refuses a
 * generateStaticParams that returns nothing, vercel/next.js#71862).
 */

type Params = { params: Promise<{ tag?: string[] }> };

export const dynamicParams = false;

/** `/tags`, one page per tag, and one per tag above a nested one (`/tags/ai` for `ai/nlp`). */
export function generateStaticParams(): { tag: string[] }[] {
  return [{ tag: [] }, ...buildTagIndex(getAllWeeks()).map((tag) => ({ tag: tagSegments(tag.key) }))];
}

type Target = { kind: "index"; all: TagInfo[] } | { kind: "tag"; tag: TagInfo; all: TagInfo[] };

function targetFromParams(segments: readonly string[] | undefined): Target {
  const all = buildTagIndex(getAllWeeks());
  if (segments === undefined || segments.length === 0) return { kind: "index", all };
  const key = tagKeyFromSegments(segments);
  const tag = key === null ? undefined : all.find((candidate) => candidate.key === key);
  if (!tag) notFound();
  return { kind: "tag", tag, all };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const target = targetFromParams((await params).tag);
  if (target.kind === "index") {
    return { title: "태그", description: "노트에 붙은 모든 태그와 태그별 노트 수를 봅니다.", alternates: { canonical: TAG_INDEX_PATH } };
  }
  const { tag } = target;
  return {
    title: `#${tag.label}`,
    description: `태그 #${tag.label}가 붙은 노트 ${tag.weeks.length}개`,
    alternates: { canonical: tagHref(tag.key) },
  };
}

export default async function TagsPage({ params }: Params) {
  const target = targetFromParams((await params).tag);
  return target.kind === "index" ? <AllTags tags={target.all} /> : <OneTag tag={target.tag} all={target.all} />;
}

/** Every tag of the notes, by name, with how many notes carry it (a nested tag's parent counts its notes too). */
function AllTags({ tags }: { tags: readonly TagInfo[] }) {
  const byName = [...tags].sort((a, b) => compareKeys(a.key, b.key));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">태그</h1>
      {byName.length === 0 ? (
        <p className="mt-3 text-muted">
          아직 태그가 붙은 노트가 없습니다. 노트의 front matter에 <code>tags:</code>를 쓰거나 본문에 <code>#태그</code>를 쓰세요.
        </p>
      ) : (
        <>
          <p className="mt-3 text-muted">{`태그 ${byName.length}개`}</p>
          <TagList
            tags={byName.map((tag) => ({ key: tag.key, label: tag.label, count: tag.weeks.length }))}
            label="모든 태그"
            counts
            className="mt-8"
          />
        </>
      )}
    </div>
  );
}

/** The folder a note lives in, as the reader sees it (`alice › Week_2`), or null at the root. */
function folderLabel(week: Week): string | null {
  const folders = week.path.split("/").slice(0, -1);
  return folders.length > 0 ? folders.join(" › ") : null;
}

/** A tag's notes in course order, with where each lives and when it was written. */
function OneTag({ tag, all }: { tag: TagInfo; all: readonly TagInfo[] }) {
  const children = tag.children.flatMap((key) => all.filter((candidate) => candidate.key === key));
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <IntentLink href={TAG_INDEX_PATH} className="text-accent hover:underline">
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
