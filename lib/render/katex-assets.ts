import type { Root } from "hast";
import katex from "katex";
import { EXIT, visit } from "unist-util-visit";
import { readdirSync } from "node:fs";
import path from "node:path";
import { installedPackageFolder, type PackageFiles } from "@/lib/site/package-files";
import { hasClass } from "./hast-class";

/**
 * KaTeX's stylesheet (23 KB and 20 @font-face rules) is linked only from pages
 * that show a formula, not bundled into every page's CSS: the extra rules and
 * font faces slow every page's style and layout work. It is served under the
 * package's version (app/katex/[version]/[...file]), so it may be cached for good.
 */
export const katexVersion = katex.version;
export const katexStylesheetHref = `/katex/${katexVersion}/katex.min.css`;

/** The files under /katex/<version>/: the stylesheet and the woff2 fonts it names first (every browser we serve reads woff2). */
export function katexAssetFiles(fontFiles: readonly string[]): string[][] {
  return [["katex.min.css"], ...fontFiles.filter((file) => file.endsWith(".woff2")).map((file) => ["fonts", file])];
}

const KATEX_DIST = installedPackageFolder("katex", "dist");

/** What app/katex serves. */
export const katexFiles: PackageFiles = {
  folder: KATEX_DIST,
  version: katexVersion,
  files: () => katexAssetFiles(readdirSync(path.join(KATEX_DIST, "fonts"))),
  contentTypes: { ".css": "text/css; charset=utf-8", ".woff2": "font/woff2" },
};

/** Whether rehype-katex typeset anything in the tree (a formula it rejected is shown by rehype-math-errors with the site's own styles). */
export function containsMath(tree: Root): boolean {
  let found = false;
  visit(tree, "element", (node) => {
    if (hasClass(node, "katex")) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}
