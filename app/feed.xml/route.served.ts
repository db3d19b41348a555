import { feedResponse } from "@/components/share/feed";
import { siteOrigin } from "@/components/share/site-url";

// Per request when SITE_URL is unset, so a copy served under another name never links localhost.
export async function GET(): Promise<Response> {
  return feedResponse(await siteOrigin());
}
