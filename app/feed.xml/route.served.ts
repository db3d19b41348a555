import { getAllWeeks } from "@/lib/content";
import { getNoteDates } from "@/lib/content/history";
import { feedResponse } from "@/lib/site/feed";
import { siteOrigin } from "@/lib/site/site-url";

// Per request when SITE_URL is unset, so a copy served under another name never links localhost.
export async function GET(): Promise<Response> {
  return feedResponse(await siteOrigin(), { weeks: getAllWeeks(), datesOf: getNoteDates });
}
