import type { Metadata } from "next";
import Link from "next/link";
import { getAllWeeks } from "@/lib/content";
import { weekDescription } from "@/lib/content/describe";
import { weekStats } from "@/lib/content/stats";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default function HomePage() {
  const weeks = getAllWeeks();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">주차별 강의 노트</h1>
      <p className="mt-3 text-muted">강의별로 노트를 읽고, 자기 학습 과제를 체크하며 복습하세요.</p>
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
                <Link
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
                      강의 {stats.lectures}개 · 과제 {stats.tasks}개
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
