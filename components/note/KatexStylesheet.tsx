import { katexStylesheetHref } from "@/lib/render/katex-assets";

/** KaTeX's stylesheet, for a page that shows a formula; React hoists it into <head> ahead of first paint. */
export function KatexStylesheet() {
  return <link rel="stylesheet" href={katexStylesheetHref} precedence="default" />;
}
