import type { Metadata } from "next";
import { IntentLink } from "@/components/site/IntentLink";
import { getAllWeeks } from "@/lib/content";
import { koreanDate } from "@/lib/content/dates";
import { sectionHref } from "@/lib/urls";
import type { Week } from "@/lib/content/types";

export const metadata: Metadata = {
  title: "날짜순 노트",
  description: "모든 노트를 작성일 순서로 봅니다.",
  alternates: { canonical: "/notes" },
};

/** Newest first by the note's date; notes without one keep their course order after the dated ones. */
function byDate(weeks: readonly Week[]): Week[] {
  const dated = weeks.filter((week) => week.date !== null);
  const undated = weeks.filter((week) => week.date === null);
  // ISO text sorts as time for notes of one zone; ties keep course order (sort is stable).
  return [...dated.sort((a, b) => (b.date?.iso ?? "").localeCompare(a.date?.iso ?? "")), ...undated];
}

/** The folder a note lives in, as the reader sees it (`alice › Week_2`), or null at the root. */
function folderLabel(week: Week): string | null {
  const folders = week.path.split("/").slice(0, -1);
  return folders.length > 0 ? folders.join(" › ") : null;
}

/** The course's second view: every note in one list, by date. */
export default function NotesByDatePage() {
  const weeks = byDate(getAllWeeks());
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">날짜순 노트</h1>
      <p className="mt-3 text-muted">
        {`노트 ${weeks.length}개를 최근 작성일부터 봅니다. `}
        <IntentLink href="/" className="text-accent hover:underline">
          과정 순서로 보기
        </IntentLink>
      </p>
      <ol className="mt-8 divide-y divide-line border-y border-line">
        {weeks.map((week) => (
          <li key={week.slug} className="py-3">
            <IntentLink href={sectionHref(week.slug)} className="font-semibold hover:underline">
              {week.title}
            </IntentLink>
            <span className="mt-0.5 block text-sm text-muted">
              {[week.date ? koreanDate(week.date) : "날짜 없음", folderLabel(week)].filter((part) => part !== null).join(" · ")}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
