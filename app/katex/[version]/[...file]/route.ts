import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { katexAssetFiles, katexVersion } from "@/lib/render/katex-assets";

type Params = { params: Promise<{ version: string; file: string[] }> };

// Written out at build time (and by a static export); nothing else is served from here.
export const dynamic = "force-static";
export const dynamicParams = false;

const KATEX_DIST = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "katex", "dist");

const contentTypes: Record<string, string> = { ".css": "text/css; charset=utf-8", ".woff2": "font/woff2" };

export function generateStaticParams(): { version: string; file: string[] }[] {
  const fonts = readdirSync(path.join(KATEX_DIST, "fonts"));
  return katexAssetFiles(fonts).map((file) => ({ version: katexVersion, file }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const type = contentTypes[path.extname(file.join("/"))];
  if (!type) return new Response("Not found", { status: 404 });
  return new Response(readFileSync(path.join(KATEX_DIST, ...file)), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
