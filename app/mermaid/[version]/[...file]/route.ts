import { mermaidFiles } from "@/lib/render/mermaid-assets";
import { packageFilesRoute } from "@/lib/site/package-files";

export const dynamic = "force-static";
export const dynamicParams = false;

const route = packageFilesRoute(mermaidFiles);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
