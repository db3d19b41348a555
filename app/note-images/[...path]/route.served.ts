import { servedFilePaths, servedFileResponse } from "@/lib/content/served-files";
import { servedType } from "@/lib/content/files";

type Params = { params: Promise<{ path: string[] }> };

// The address images had before every linked file moved to /files (app/files): the images notes
// show are still answered here, so links readers kept keep working. `.served.ts`: a static export
// copies them instead (scripts/export-images.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { path: string[] }[] {
  return [...servedFilePaths()]
    .filter((relativePath) => servedType(relativePath)?.image === true)
    .map((relativePath) => ({ path: relativePath.split("/") }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { path } = await params;
  return servedFileResponse(path, true);
}
