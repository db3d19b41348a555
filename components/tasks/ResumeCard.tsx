"use client";

import { IntentLink } from "@/components/IntentLink";
import { type LastRead, nextOpenTask, readLastRead } from "@/lib/tasks/resume";
import type { ReadingWeek } from "@/lib/tasks/week-tasks";
import { useBrowserValue } from "../use-browser-value";
import { browserStorage, useTaskSnapshot } from "./task-store";

// The last place only changes on a week page, so one read per page load is enough; cached for a stable snapshot.
let cached: { value: LastRead | null } | null = null;
function lastRead(): LastRead | null {
  cached ??= { value: readLastRead(browserStorage) };
  return cached.value;
}

/**
 * "이어서 보기": the week and lecture last read and the next open task. The
 * server renders the same box with a hint, so nothing below moves when the
 * saved place arrives.
 */
export function ResumeCard({ weeks }: { weeks: ReadingWeek[] }) {
  const place = useBrowserValue(lastRead, null);
  const { ticks } = useTaskSnapshot();
  const week = place ? weeks.find((candidate) => candidate.slug === place.slug) : undefined;
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
            <IntentLink href={`/weeks/${week.slug}${anchor ? `#${anchor.id}` : ""}`} className="font-semibold text-accent hover:underline">
              {week.title}
              {anchor ? ` · ${anchor.title}` : ""}
            </IntentLink>
          </p>
          <p className="text-sm text-muted">
            {next ? (
              <>
                다음 과제:{" "}
                <IntentLink href={`/weeks/${week.slug}#${next.anchor}`} className="text-ink underline decoration-line underline-offset-2 hover:decoration-accent">
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
