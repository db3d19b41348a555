import { getAllWeeks, getCourse, pageSlugs } from "@/lib/content";
import { folderBySlug } from "@/lib/content/course";
import { folderPreview, notePreview, type PagePreview } from "@/lib/content/previews";
import { jsonFileName, slugFromJsonFile } from "@/lib/urls";

// One static file per page under /weeks/, written at build time; a link preview fetches it on first intent.
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

/** `<slug>.json` for every note and every folder page. */
export function generateStaticParams(): { file: string }[] {
  return pageSlugs().map((slug) => ({ file: jsonFileName(slug) }));
}

function previewOf(slug: string): PagePreview | null {
  const root = getCourse();
  const week = getAllWeeks().find((candidate) => candidate.slug === slug);
  if (week) return notePreview(week, root);
  const folder = folderBySlug(root, slug);
  return folder ? folderPreview(folder, root) : null;
}

/** A page's title, folders and first lines, and those of each of its sections (`PagePreview`). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const preview = previewOf(slugFromJsonFile(file));
  return preview ? Response.json(preview) : new Response("Not found", { status: 404 });
}
