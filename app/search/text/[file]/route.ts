import { getAllWeeks } from "@/lib/content";
import { siteSearch } from "@/lib/search/server";
import { jsonFileName, slugFromJsonFile } from "@/lib/urls";

// One static file per week, for snippets and phrase checks of the results a reader sees.
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { params: Promise<{ file: string }> };

/** `week-08.json` for every week. */
export function generateStaticParams(): { file: string }[] {
  return siteSearch(getAllWeeks()).built.texts.map((texts) => ({ file: jsonFileName(texts.slug) }));
}

/** A week's searchable texts (`WeekTextsData`), in the order of the index's documents. */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const slug = slugFromJsonFile(file);
  const texts = siteSearch(getAllWeeks()).built.texts.find((week) => week.slug === slug);
  return texts ? Response.json(texts) : new Response("Not found", { status: 404 });
}
