import { koreanDate } from "@/lib/content/dates";
import { type NoteDates as Dates, showsModified } from "@/lib/content/note-dates";

/** `2022년 11월 18일 작성 · 2022년 12월 1일 수정`, each a `<time>`; 수정 only on another day. */
export function NoteDates({ dates }: { dates: Dates }) {
  const { published } = dates;
  return (
    <>
      {published ? (
        <>
          <time dateTime={published.iso}>{koreanDate(published)}</time> 작성
        </>
      ) : null}
      {showsModified(dates) ? (
        <>
          {published ? " · " : null}
          <time dateTime={dates.modified.iso}>{koreanDate(dates.modified)}</time> 수정
        </>
      ) : null}
    </>
  );
}

/** Whether the component shows anything. */
export function hasDates(dates: Dates): boolean {
  return dates.published !== null || showsModified(dates);
}
