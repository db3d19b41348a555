import { createHash } from "node:crypto";

/**
 * How the page's own inline scripts (Next's bootstrap and flight data, the
 * theme boot script) are allowed: by the hash of each one, known after the
 * build for prerendered pages, plus a per-request nonce on the one page
 * rendered per request (/search), whose Next scripts differ every time.
 */
export type InlineScripts = { hashes: readonly string[]; nonce?: string };

/**
 * A header can carry every directive; a `<meta>` policy (static hosts that
 * cannot set headers per page) must leave out `frame-ancestors`, which
 * browsers ignore there with a console error.
 */
export type PolicyDelivery = "header" | "meta";

function scriptSources(scripts: InlineScripts): string[] {
  const nonce = scripts.nonce === undefined ? [] : [`'nonce-${scripts.nonce}'`];
  return [...nonce, ...scripts.hashes.map((hash) => `'${hash}'`)];
}

/** `sha256-<base64>` of a script's text, the form CSP's `script-src` takes. */
export function scriptHash(source: string): string {
  return `sha256-${createHash("sha256").update(source, "utf8").digest("base64")}`;
}

/**
 * The Content-Security-Policy of a page. Scripts come only from the site
 * itself plus the listed inline ones: with a hash or nonce present, browsers
 * ignore `'unsafe-inline'` for scripts, so a note's `onerror=` or injected
 * `<script>` can never run even if the sanitizer missed it. Styles stay
 * inline-capable because KaTeX and image sizes are written as `style`
 * attributes. Note images come from anywhere (the notes embed GitHub's).
 */
export function contentSecurityPolicy(scripts: InlineScripts, delivery: PolicyDelivery): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptSources(scripts)],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", "https:", "http:"],
    ["media-src", "'self'", "https:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
  ];
  if (delivery === "header") directives.push(["frame-ancestors", "'none'"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * What every response carries, whatever made it. The policy here only adds
 * what cannot break a page's scripts, because a page's own policy (hashes or
 * nonce) may be sent beside it and browsers enforce both.
 */
/**
 * Files of the notes' repository (`/files/…`, `/note-images/…`): an SVG or a
 * page opened on its own runs nothing and loads nothing. It replaces the
 * site-wide policy for those paths (Next applies the last matching rule's value).
 */
export const repositoryFilePolicy = {
  key: "Content-Security-Policy",
  value: "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'",
};

export const securityHeaders: readonly { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'none'; object-src 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
