import { robotsResponse } from "@/components/share/site-files";
import { siteOrigin } from "@/components/share/site-url";

// Per request when SITE_URL is unset, like sitemap.xml.
export async function GET(): Promise<Response> {
  return robotsResponse(await siteOrigin());
}
