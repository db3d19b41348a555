import { getAllWeeks, getWeek } from "@/lib/content";
import { sectionsOutsideContents } from "@/lib/content/stats";
import { readingWeek } from "@/lib/tasks/week-tasks";
import { jsonFileName, slugFromJsonFile } from "@/lib/urls";

// One static file per note; a large course's home page fetches the one it resumes (lib/tasks/home-data.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

/** `week-08.json` for every note. */
export function generateStaticParams(): { file: string }[] {
  return getAllWeeks().map((week) => ({ file: jsonFileName(week.slug) }));
}

/** A note's TOC anchors and tasks in reading order (`ReadingWeek`), for "이어서 보기". */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const week = getWeek(slugFromJsonFile(file));
  return week ? Response.json(readingWeek(week, sectionsOutsideContents(week))) : new Response("Not found", { status: 404 });
}
