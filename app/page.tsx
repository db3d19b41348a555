import type { Metadata } from "next";
import { IntentLink } from "@/components/site/IntentLink";
import { compactTree, CourseTree } from "@/components/course/CourseTree";
import { OpenLastReadFold } from "@/components/course/OpenLastReadFold";
import { getAllWeeks, getCourse } from "@/lib/content";
import { sectionsOutsideContents } from "@/lib/content/stats";
import { ResumeCard } from "@/components/tasks/ResumeCard";
import { StorageNotice } from "@/components/tasks/StorageNotice";
import { LazyTaskProgress } from "@/components/tasks/LazyTaskProgress";
import { TaskProgress } from "@/components/tasks/TaskProgress";
import { progress } from "@/lib/tasks/tree";
import { readingWeek, toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";
import { TagList } from "@/components/note/TagList";
import { buildTagIndex } from "@/lib/content/tags";
import { TAG_INDEX_PATH } from "@/lib/urls";

/** The home page names the most used tags only (its HTML stays small); `/tags` has them all. */
const HOME_TAGS = 12;

export const metadata: Metadata = { alternates: { canonical: "/" } };

/**
 * Up to this many notes the home page carries everything it shows (each
 * note's card, task trees and reading order); a larger course's page lists a
 * fixed number of entries and loads progress and "이어서 보기" after it has
 * rendered, so its HTML stays small however large the course grows.
 */
const INLINE_NOTES = 60;

export default function HomePage() {
  const weeks = getAllWeeks();
  const course = getCourse();
  const large = weeks.length > INLINE_NOTES;
  const allTasks = weeks.flatMap((week) => weekTasks(week).map(toTaskNode));
  const tags = buildTagIndex(weeks);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">주차별 강의 노트</h1>
      <p className="mt-3 text-muted">강의별로 노트를 읽고, 자기 학습 과제를 체크하며 복습하세요.</p>
      {allTasks.length === 0 ? null : large ? (
        <LazyTaskProgress scope={{ kind: "all" }} initial={progress(allTasks, new Map())} label="전체 과제 진행률" className="mt-6 max-w-md" />
      ) : (
        <TaskProgress tasks={allTasks} label="전체 과제 진행률" className="mt-6 max-w-md" />
      )}
      {weeks.length > 0 ? <ResumeCard weeks={large ? null : weeks.map((week) => readingWeek(week, sectionsOutsideContents(week)))} /> : null}
      <StorageNotice />
      {weeks.length === 0 ? (
        <p className="mt-10 rounded-lg border border-line p-6">
          아직 노트가 없습니다. <code>content/</code> 폴더(또는 <code>CONTENT_DIR</code>)에 마크다운 파일이나 노트 저장소를 넣으세요.
        </p>
      ) : (
        <section aria-labelledby="course-title" className="mt-10">
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="course-title" className="text-xl font-bold">
              {course.children.some((child) => child.kind === "folder") ? "과정" : "노트"}
            </h2>
            <IntentLink href="/notes" className="text-sm text-accent hover:underline">
              날짜순으로 보기
            </IntentLink>
          </div>
          {tags.length > 0 ? (
            <div className="mb-6 flex flex-wrap items-center gap-x-3 gap-y-2">
              <TagList
                tags={tags.slice(0, HOME_TAGS).map((tag) => ({ key: tag.key, label: tag.label, count: tag.weeks.length }))}
                label="태그로 노트 찾기"
                counts
              />
              <IntentLink href={TAG_INDEX_PATH} className="text-sm text-accent hover:underline">
                {tags.length > HOME_TAGS ? `모든 태그 ${tags.length}개` : "모든 태그"}
              </IntentLink>
            </div>
          ) : null}
          <CourseTree
            folder={course}
            openFirstLevel={course.children.filter((child) => child.kind === "folder").length === 1}
            layout={large ? compactTree(course) : { kind: "full" }}
          />
          <OpenLastReadFold />
        </section>
      )}
    </div>
  );
}
