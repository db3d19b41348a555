import { robotsResponse } from "@/lib/site/site-files";
import { siteOrigin } from "@/lib/site/site-url";

// Per request when SITE_URL is unset, like sitemap.xml.
export async function GET(): Promise<Response> {
  return robotsResponse(await siteOrigin());
}
