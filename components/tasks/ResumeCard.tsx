"use client";

import { useEffect, useState } from "react";
import { IntentLink } from "@/components/site/IntentLink";
import { parseReadingWeek, readingPath } from "@/lib/tasks/home-data";
import { type LastRead, nextOpenTask, readLastRead } from "@/lib/tasks/resume";
import type { ReadingWeek } from "@/lib/tasks/week-tasks";
import { sectionHref } from "@/lib/urls";
import { useBrowserValue } from "../site/use-browser-value";
import { browserStorage } from "../site/browser";
import { useTaskSnapshot } from "./task-store";

/** The reading order of one note, fetched once `slug` is known (lib/tasks/home-data.ts); undefined until then. */
function useFetchedWeek(slug: string | null): ReadingWeek | undefined {
  const [week, setWeek] = useState<ReadingWeek | undefined>(undefined);
  useEffect(() => {
    if (slug === null) return;
    let current = true;
    fetch(readingPath(slug))
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        const read = parseReadingWeek(json);
        if (current && read) setWeek(read);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [slug]);
  return week;
}

// The last place only changes on a week page, so one read per page load is enough; cached for a stable snapshot.
let cached: { value: LastRead | null } | null = null;
function lastRead(): LastRead | null {
  cached ??= { value: readLastRead(browserStorage) };
  return cached.value;
}

/**
 * "이어서 보기": the week and lecture last read and the next open task. The
 * server renders the same box with a hint, so nothing below moves when the
 * saved place arrives. `weeks` is every week's reading order, or null on a
 * large course's home page: then the one week read last is fetched.
 */
export function ResumeCard({ weeks }: { weeks: ReadingWeek[] | null }) {
  const place = useBrowserValue(lastRead, null);
  const { ticks } = useTaskSnapshot();
  const fetched = useFetchedWeek(weeks === null ? (place?.slug ?? null) : null);
  const week = place ? (weeks === null ? fetched : weeks.find((candidate) => candidate.slug === place.slug)) : undefined;
  const anchor = week && place?.anchor ? week.anchors.find((item) => item.id === place.anchor) : undefined;
  const next = week ? nextOpenTask(week, place?.anchor ?? null, ticks) : null;
  return (
    <section aria-labelledby="resume-title" className="mt-8 min-h-28 rounded-xl border border-line p-5">
      <h2 id="resume-title" className="text-lg font-bold">
        이어서 보기
      </h2>
      {week ? (
        <div className="mt-2 space-y-1.5">
          <p>
            <IntentLink href={sectionHref(week.slug, anchor?.id)} className="font-semibold text-accent hover:underline">
              {week.title}
              {anchor ? ` · ${anchor.title}` : ""}
            </IntentLink>
          </p>
          <p className="text-sm text-muted">
            {next ? (
              <>
                다음 과제:{" "}
                <IntentLink
                  href={sectionHref(week.slug, next.anchor)}
                  className="text-ink underline decoration-line underline-offset-2 hover:decoration-accent"
                >
                  {next.text}
                </IntentLink>
              </>
            ) : (
              "이 주의 과제를 모두 마쳤습니다."
            )}
          </p>
        </div>
      ) : (
        <p className="mt-2 text-sm text-muted">아직 읽은 기록이 없습니다. 아래에서 주차를 골라 시작하세요.</p>
      )}
    </section>
  );
}
