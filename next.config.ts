import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repositoryFilePolicy, securityHeaders } from "./lib/security/csp";

/**
 * Check every note before a production build (scripts/check-content.ts, in a
 * process of its own so the notes' memory is gone before Turbopack starts), so
 * bad content stops the build with one `<file>.md:<line>:<col> <problem>` line per problem.
 */
function checkContent(): void {
  // Next loads this file more than once in a build (and again in its workers, which inherit the environment).
  if (process.env.STUDY_PORTAL_NOTES_CHECKED === "1") return;
  // Node with tsx's loader, not tsx's command, which starts a second Node process to run the script in.
  const script = path.join(process.cwd(), "scripts", "check-content.ts");
  const check = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
  if (check.error) throw new Error(`could not check the notes with ${script}: ${check.error.message} (did you run npm ci?)`);
  if (check.status !== 0) process.exit(check.status ?? 1);
  process.env.STUDY_PORTAL_NOTES_CHECKED = "1";
}

/**
 * `npm run export` (scripts/export.mjs) sets NEXT_EXPORT=1 for a static site in
 * out/. The two builds differ in one page and the proxy: `*.served.tsx` files
 * (the per-request /search and its nonce proxy) exist only for `next start`,
 * `*.export.tsx` files only for the export, chosen by page extension.
 */
const exporting = process.env.NEXT_EXPORT === "1";
const pageExtensions = exporting ? ["export.tsx", "export.ts", "tsx", "ts"] : ["served.tsx", "served.ts", "tsx", "ts"];

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) checkContent();
  return {
    // A second build folder lets the e2e fixture site (CONTENT_DIR) be built and served beside the real one.
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    pageExtensions,
    // `npm run typecheck` (part of `npm test` and CI) checks the types; a build checking them again
    // only makes `npm start` slower for a new user (9 s of a 32 s build), and Next would add each
    // dist folder's generated types to tsconfig.json, where one folder's stale types break another's build.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
    // Server-only packages Node loads from node_modules as they are instead of Turbopack compiling them into
    // every server bundle on each clean build (the card renderer, KaTeX, the front matter readers, Shiki, the
    // unified/remark/rehype pipeline): a clean build of Week 8 compiled in 13.0 s with the first ones bundled and
    // 10.1 s without; adding Shiki and the pipeline took it from 9.0-9.7 s to 7.8-8.6 s of compile in 3 alternating
    // pairs (bench/build-scale.ts measures the whole build against the floor's).
    serverExternalPackages: [
      "satori",
      "@resvg/resvg-wasm",
      "fontkit",
      "katex",
      "rehype-katex",
      "zod",
      "smol-toml",
      "js-yaml",
      "hast-util-from-html",
      "parse5",
      "shiki",
      "unified",
      "remark-parse",
      "remark-gfm",
      "remark-math",
      "remark-gemoji",
      "remark-rehype",
      "rehype-raw",
      "rehype-sanitize",
      "rehype-external-links",
      "rehype-minify-whitespace",
      "hast-util-to-html",
      "hast-util-to-string",
      "hast-util-heading-rank",
      "hastscript",
      "html-tag-names",
      "hast-util-sanitize",
      "mdast-util-to-string",
      "mdast-util-find-and-replace",
      "mdast-util-highlight-mark",
      "micromark-extension-highlight-mark",
      "unist-util-visit",
      "unist-util-visit-parents",
      "github-slugger",
      "gray-matter",
      "image-size",
      "ignore",
      "vfile",
      "vfile-location",
    ],
    poweredByHeader: false,
    // No source maps of the server code: they only map a server stack trace back to our TypeScript, and writing
    // them cost a clean build of Week 8 about half a second of its compile (8.6-8.8 s with, 8.1-8.2 s without).
    // A bad note is reported by scripts/check-content.ts as `file:line:col`, never by a stack trace.
    enablePrerenderSourceMaps: false,
    experimental: { serverSourceMaps: false, turbopackSourceMaps: false },
    ...(exporting
      ? { output: "export" as const }
      : {
          // Every response; each page's script policy is added to it by scripts/csp.ts or the proxy.
          headers: async () => [
            { source: "/:path*", headers: [...securityHeaders] },
            { source: "/files/:path*", headers: [repositoryFilePolicy] },
            { source: "/note-images/:path*", headers: [repositoryFilePolicy] },
          ],
        }),
  };
}
