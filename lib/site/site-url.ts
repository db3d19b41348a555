import { headers } from "next/headers";

/**
 * The site's origin for absolute URLs in sitemap.xml and robots.txt: SITE_URL
 * when the deployment names it (the files are then static), else the host the
 * request came to (they are then rendered per request), so a copy served under
 * another name never advertises localhost.
 */
export async function siteOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost:3000";
  const protocol = incoming.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol}://${host}`;
}

/** SITE_URL's origin, or null when the deployment does not name itself. */
export function configuredOrigin(): string | null {
  const configured = process.env.SITE_URL;
  return configured ? new URL(configured).origin : null;
}
