import { robotsResponse } from "@/lib/site/site-files";
import { configuredOrigin } from "@/lib/site/site-url";

// A static export knows no request: scripts/export.mjs always sets SITE_URL.
export const dynamic = "force-static";

export function GET(): Response {
  return robotsResponse(configuredOrigin() ?? "http://localhost:3000");
}
