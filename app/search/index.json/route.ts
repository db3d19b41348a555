import { getAllWeeks } from "@/lib/content";
import { siteSearch } from "@/lib/search/server";

// Written once at build time as a static file; the browser fetches it only when search opens.
export const dynamic = "force-static";

/** The search index (`lib/search/format.ts`): documents, sorted terms and postings. */
export function GET(): Response {
  return Response.json(siteSearch(getAllWeeks()).built.index);
}
