import { readFileSync } from "node:fs";
import path from "node:path";
import { contentDirectory } from "@/lib/content";
import { listLocalImages, localImageExtension } from "@/lib/content/local-images";

type Params = { params: Promise<{ path: string[] }> };

// Every image next to the notes is written out at build time; nothing else is served from here.
// `.served.ts`: a static export copies the images instead (scripts/export-images.ts), since an
// export refuses a route with no pages, and a notes folder may hold no images at all.
export const dynamic = "force-static";
export const dynamicParams = false;

const contentTypes: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
};

export function generateStaticParams(): { path: string[] }[] {
  const directory = contentDirectory();
  return listLocalImages(directory).map((file) => ({ path: path.relative(directory, file).split(path.sep) }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { path: segments } = await params;
  const directory = contentDirectory();
  const file = path.resolve(directory, ...segments.map((segment) => decodeURIComponent(segment)));
  const inside = path.relative(directory, file);
  if (inside.startsWith("..") || path.isAbsolute(inside) || !localImageExtension.test(file)) {
    return new Response("Not found", { status: 404 });
  }
  const type = contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  return new Response(readFileSync(/*turbopackIgnore: true*/ file), {
    headers: {
      "Content-Type": type,
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
      // An SVG opened on its own must not run scripts.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
