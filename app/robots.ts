import type { MetadataRoute } from "next";
import { siteOrigin } from "@/components/share/site-url";

/** Every page is public notes; crawlers find them all through the sitemap. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: `${origin}/sitemap.xml`,
  };
}
