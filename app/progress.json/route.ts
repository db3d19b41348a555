import { getAllWeeks } from "@/lib/content";
import { courseFolderPath, splitPath } from "@/lib/content/slugs";
import type { ProgressData } from "@/lib/tasks/home-data";
import { toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";

// Written once at build time; a large course's home page fetches it after it has rendered (lib/tasks/home-data.ts).
export const dynamic = "force-static";

/** Every note's task trees with its course folder, for the home page's progress bars. */
export function GET(): Response {
  const notes = getAllWeeks()
    .map((week) => ({ slug: week.slug, folder: courseFolderPath(splitPath(week.path).folder), tasks: weekTasks(week).map(toTaskNode) }))
    .filter((note) => note.tasks.length > 0);
  const data: ProgressData = { notes };
  return Response.json(data);
}
