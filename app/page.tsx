import type { Metadata } from "next";
import { IntentLink } from "@/components/IntentLink";
import { getAllWeeks } from "@/lib/content";
import { weekDescription } from "@/lib/content/describe";
import { sectionsOutsideContents, weekStats } from "@/lib/content/stats";
import { ResumeCard } from "@/components/tasks/ResumeCard";
import { StorageNotice } from "@/components/tasks/StorageNotice";
import { TaskProgress } from "@/components/tasks/TaskProgress";
import { readingWeek, toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default function HomePage() {
  const weeks = getAllWeeks();
  const tasksByWeek = new Map(weeks.map((week) => [week.slug, weekTasks(week).map(toTaskNode)]));
  const allTasks = [...tasksByWeek.values()].flat();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">주차별 강의 노트</h1>
      <p className="mt-3 text-muted">강의별로 노트를 읽고, 자기 학습 과제를 체크하며 복습하세요.</p>
      {allTasks.length > 0 ? <TaskProgress tasks={allTasks} label="전체 과제 진행률" className="mt-6 max-w-md" /> : null}
      {weeks.length > 0 ? <ResumeCard weeks={weeks.map((week) => readingWeek(week, sectionsOutsideContents(week)))} /> : null}
      <StorageNotice />
      {weeks.length === 0 ? (
        <p className="mt-10 rounded-lg border border-line p-6">
          아직 노트가 없습니다. <code>content/</code> 폴더에 <code>week-01.md</code> 같은 마크다운 파일을 추가하세요.
        </p>
      ) : (
        <ol className="mt-10 space-y-4">
          {weeks.map((week) => {
            const stats = weekStats(week);
            return (
              <li key={week.slug}>
                <IntentLink
                  href={`/weeks/${week.slug}`}
                  className="group flex gap-4 rounded-xl border border-line p-5 transition-colors hover:border-accent hover:bg-soft"
                >
                  <span
                    aria-hidden="true"
                    className="flex h-12 w-12 shrink-0 flex-col items-center justify-center rounded-lg bg-accent-soft font-bold leading-none text-accent"
                  >
                    <span className="text-[0.625rem] font-semibold uppercase">Week</span>
                    <span className="text-lg">{week.number ?? "–"}</span>
                  </span>
                  <span className="min-w-0">
                    <span className="block text-lg font-bold group-hover:underline">{week.title}</span>
                    <span className="mt-1 block text-muted">{weekDescription(week)}</span>
                    <span className="mt-2 block text-sm text-muted">
                      {`강의 ${stats.lectures}개 · 과제 ${stats.tasks}개`}
                    </span>
                    {(tasksByWeek.get(week.slug) ?? []).length > 0 ? (
                      <TaskProgress
                        tasks={tasksByWeek.get(week.slug) ?? []}
                        label={`${week.number !== null ? `Week ${week.number}` : week.title} 진행률`}
                        className="mt-2 max-w-xs"
                      />
                    ) : null}
                  </span>
                </IntentLink>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
