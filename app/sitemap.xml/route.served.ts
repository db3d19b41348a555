import { getAllWeeks, getCourse } from "@/lib/content";
import { getNoteDates } from "@/lib/content/history";
import { sitemapResponse } from "@/lib/site/site-files";
import { siteOrigin } from "@/lib/site/site-url";

// Per request when SITE_URL is unset, so a copy served under another name never advertises localhost.
export async function GET(): Promise<Response> {
  return sitemapResponse(await siteOrigin(), { weeks: getAllWeeks(), course: getCourse(), datesOf: getNoteDates });
}
