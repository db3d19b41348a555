/**
 * After a production build: give every prerendered page a Content-Security-Policy
 * that allows exactly its own inline scripts, by hash (lib/security/csp.ts).
 *
 *   tsx scripts/csp.ts                 the build in NEXT_DIST_DIR (default .next):
 *                                      the policy goes into each page's `.meta`
 *                                      headers, which `next start` sends with it
 *   tsx scripts/csp.ts --export out    a static export: the policy goes into each
 *                                      page as `<meta http-equiv>`, and `out/_headers`
 *                                      lists the headers a host should add
 *
 * Hashes cannot be known before the HTML exists, and a nonce would make every
 * page render per request, so the policy is written afterwards.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, repositoryFilePolicy, securityHeaders } from "../lib/security/csp";
import { inlineScriptHashes, withPolicyMeta } from "../lib/security/inline-scripts";
import { prerenderMeta, readBuildFile } from "./next-build-files.mjs";

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function policyFor(html: string, delivery: "header" | "meta"): string {
  return contentSecurityPolicy({ hashes: inlineScriptHashes(html) }, delivery);
}

function secureBuild(distDir: string): number {
  const pages = htmlFiles(path.join(distDir, "server", "app"));
  for (const page of pages) {
    const metaFile = page.replace(/\.html$/u, ".meta");
    // Only the headers are touched; everything else of Next's `.meta` is kept as it is.
    const meta = readBuildFile(metaFile, prerenderMeta);
    const headers = { ...meta.headers, "content-security-policy": policyFor(readFileSync(page, "utf8"), "header") };
    writeFileSync(metaFile, `${JSON.stringify({ ...meta, headers }, null, 2)}\n`);
  }
  return pages.length;
}

/** `_headers` as Netlify and Cloudflare Pages read it; README shows the same for nginx. */
function hostHeaders(): string {
  const lines = securityHeaders.map(({ key, value }) => `  ${key}: ${value}`);
  return [
    "/*",
    ...lines,
    "/_next/static/*",
    "  Cache-Control: public, max-age=31536000, immutable",
    // The service worker must be checked on every visit, or a reader could keep an old build for a day.
    "/sw.js",
    "  Cache-Control: no-cache",
    // A file of the notes' repository opened on its own runs nothing (as `npm start` sends it).
    "/files/*",
    `  ${repositoryFilePolicy.key}: ${repositoryFilePolicy.value}`,
    "/note-images/*",
    `  ${repositoryFilePolicy.key}: ${repositoryFilePolicy.value}`,
    "",
  ].join("\n");
}

function secureExport(outDir: string): number {
  const pages = htmlFiles(outDir);
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    writeFileSync(page, withPolicyMeta(html, policyFor(html, "meta")));
  }
  writeFileSync(path.join(outDir, "_headers"), hostHeaders());
  return pages.length;
}

const exportAt = process.argv.indexOf("--export");
if (exportAt >= 0) {
  const outDir = path.resolve(process.argv[exportAt + 1] ?? "out");
  console.log(`csp: ${secureExport(outDir)} exported page(s) in ${path.relative(process.cwd(), outDir)} carry their policy`);
} else {
  const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
  console.log(`csp: ${secureBuild(distDir)} prerendered page(s) in ${path.relative(process.cwd(), distDir)} carry their policy`);
}
