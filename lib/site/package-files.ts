import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Files of an installed npm package served as they ship, under the package's
 * version (`/katex/0.16.47/katex.min.css`, `/mermaid/11.17.2/mermaid.esm.min.mjs`),
 * so they may be cached for good: the routes of app/katex and app/mermaid.
 * Written out at build time (and by a static export); a file not listed is
 * never served.
 */
export type PackageFiles = {
  /** The package's folder the files are read from, e.g. `node_modules/katex/dist`. */
  folder: string;
  version: string;
  /** Every file served, as path segments under `folder`. */
  files: () => string[][];
  /** Content types by extension; a file of another extension is not served. */
  contentTypes: Readonly<Record<string, string>>;
};

type Params = { params: Promise<{ version: string; file: string[] }> };

/** `generateStaticParams` and `GET` of a `[version]/[...file]` route serving `served`. */
export function packageFilesRoute(served: PackageFiles): {
  generateStaticParams: () => { version: string; file: string[] }[];
  GET: (request: Request, context: Params) => Promise<Response>;
} {
  return {
    generateStaticParams: () => served.files().map((file) => ({ version: served.version, file })),
    GET: async (_request, { params }) => {
      const { version, file } = await params;
      const type = served.contentTypes[path.extname(file.join("/"))];
      const listed = served.files().some((candidate) => candidate.join("/") === file.join("/"));
      if (!type || !listed || version !== served.version) return new Response("Not found", { status: 404 });
      return new Response(readFileSync(path.join(served.folder, ...file)), {
        headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" },
      });
    },
  };
}

/** A package's folder under this project's node_modules, at run time (not traced into the bundle). */
export function installedPackageFolder(...segments: string[]): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ...segments);
}
