import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, scriptHash } from "@/lib/security/csp";
import { themeBootScript } from "@/lib/theme";

// The layout's own inline script is the same on every page; Next puts the nonce only on its scripts.
const themeBootHash = scriptHash(themeBootScript);

/**
 * /search is the one page rendered per request, so its inline scripts cannot
 * be hashed ahead of time (scripts/csp.ts does that for every prerendered
 * page): it gets a fresh nonce instead. Next reads the nonce from the
 * request's policy header and puts it on its own scripts.
 *
 * `.served.ts`: only `next start` builds have a proxy; a static export has no
 * server (see next.config.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  // `next dev` evaluates code for hot reloading; the policy is for production.
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, hashes: [themeBootHash] }, "header");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: "/search" };
