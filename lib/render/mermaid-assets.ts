import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { installedPackageFolder, type PackageFiles } from "@/lib/site/package-files";

/**
 * mermaid's own prebuilt browser build (`dist/mermaid.esm.min.mjs` and its
 * chunks), served from /mermaid/<version>/ and imported by the diagram island
 * at run time. Bundling mermaid's sources instead made the build compile its
 * whole dependency tree (d3, dagre, cytoscape, …) on every clean build: 6.5 s
 * of the 23.7 s Week 8 build here, for a module only pages with a diagram load.
 */
const MERMAID_DIST = installedPackageFolder("mermaid", "dist");
const CHUNKS = ["chunks", "mermaid.esm.min"];

function installedVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(MERMAID_DIST, "..", "package.json"), "utf8"));
  if (typeof manifest === "object" && manifest !== null && "version" in manifest && typeof manifest.version === "string") return manifest.version;
  throw new Error(`mermaid: no version in ${path.join(MERMAID_DIST, "..", "package.json")}`);
}

export const mermaidVersion = installedVersion();

/** The module the island imports; its chunks are imported by it, relative to it. */
export const mermaidModuleHref = `/mermaid/${mermaidVersion}/mermaid.esm.min.mjs`;

export const mermaidFiles: PackageFiles = {
  folder: MERMAID_DIST,
  version: mermaidVersion,
  files: () => [
    ["mermaid.esm.min.mjs"],
    ...readdirSync(path.join(MERMAID_DIST, ...CHUNKS))
      .filter((file) => file.endsWith(".mjs"))
      .map((file) => [...CHUNKS, file]),
  ],
  contentTypes: { ".mjs": "text/javascript; charset=utf-8" },
};
