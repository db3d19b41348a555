import { getAllWeeks, getWeek } from "@/lib/content";
import { safeDecode } from "@/lib/content/note-index";
import { sectionsOutsideContents } from "@/lib/content/stats";
import { readingWeek } from "@/lib/tasks/week-tasks";

// One static file per note; a large course's home page fetches the one it resumes (lib/tasks/home-data.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

/** `week-08.json` for every note. */
export function generateStaticParams(): { file: string }[] {
  return getAllWeeks().map((week) => ({ file: `${week.slug}.json` }));
}

/** A note's TOC anchors and tasks in reading order (`ReadingWeek`), for "이어서 보기". */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const week = getWeek(safeDecode(file).normalize("NFC").replace(/\.json$/u, ""));
  return week ? Response.json(readingWeek(week, sectionsOutsideContents(week))) : new Response("Not found", { status: 404 });
}
