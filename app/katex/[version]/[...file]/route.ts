import { katexFiles } from "@/lib/render/katex-assets";
import { packageFilesRoute } from "@/lib/site/package-files";

export const dynamic = "force-static";
export const dynamicParams = false;

const route = packageFilesRoute(katexFiles);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
