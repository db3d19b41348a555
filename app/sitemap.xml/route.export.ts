import { getAllWeeks, getCourse } from "@/lib/content";
import { getNoteDates } from "@/lib/content/history";
import { sitemapResponse } from "@/lib/site/site-files";
import { configuredOrigin } from "@/lib/site/site-url";

// A static export knows no request: scripts/export.mjs always sets SITE_URL.
export const dynamic = "force-static";

export function GET(): Response {
  return sitemapResponse(configuredOrigin() ?? "http://localhost:3000", { weeks: getAllWeeks(), course: getCourse(), datesOf: getNoteDates });
}
