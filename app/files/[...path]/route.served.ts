import { servedFilePaths, servedFileResponse } from "@/lib/content/served-files";

type Params = { params: Promise<{ path: string[] }> };

// Every file some note links to or shows is written out at build time; nothing else is served from
// here (lib/content/files.ts has the allow-list and size limit). `.served.ts`: a static export copies
// the files instead (scripts/export-images.ts), since an export refuses a route with no pages, and a
// notes folder may link no file at all.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { path: string[] }[] {
  return [...servedFilePaths()].map((relativePath) => ({ path: relativePath.split("/") }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { path } = await params;
  return servedFileResponse(path);
}
