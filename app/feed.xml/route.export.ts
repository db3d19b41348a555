import { getAllWeeks } from "@/lib/content";
import { getNoteDates } from "@/lib/content/history";
import { feedResponse } from "@/lib/site/feed";
import { configuredOrigin } from "@/lib/site/site-url";

// A static export knows no request: scripts/export.mjs always sets SITE_URL.
export const dynamic = "force-static";

export function GET(): Response {
  return feedResponse(configuredOrigin() ?? "http://localhost:3000", { weeks: getAllWeeks(), datesOf: getNoteDates });
}
