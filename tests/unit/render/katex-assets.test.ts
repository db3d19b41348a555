import { describe, expect, it } from "vitest";
import { containsMath, katexAssetFiles, katexStylesheetHref, katexVersion } from "@/lib/render/katex-assets";
import { renderWeekBody } from "@/lib/render/process";
import { loadWeek8, weekFrom } from "../helpers";

const renderMarkdown = (markdown: string) => renderWeekBody(weekFrom(markdown));

describe("katex assets", () => {
  it("finds a typeset formula, inline or display", async () => {
    expect(containsMath(await renderMarkdown("식 $a^2 + b^2$ 입니다."))).toBe(true);
    expect(containsMath(await renderMarkdown("$$\n\\sum_i x_i\n$$"))).toBe(true);
  });

  it("finds none in a note without math, one that names KaTeX or shows a dollar sign, or one whose only formula KaTeX rejected (shown by our own styles)", async () => {
    expect(containsMath(await renderMarkdown("틀린 식 $\\frac{1$"))).toBe(false);
    expect(containsMath(await renderWeekBody(loadWeek8()))).toBe(false);
    expect(containsMath(await renderMarkdown('가격은 5$ 입니다. `katex` 클래스는 `<span class="katex">`로 씁니다.'))).toBe(false);
  });

  it("serves the stylesheet and only the woff2 fonts, under the package's version", () => {
    expect(katexStylesheetHref).toBe(`/katex/${katexVersion}/katex.min.css`);
    expect(katexVersion).toMatch(/^\d+\.\d+\.\d+$/u);
    expect(katexAssetFiles(["KaTeX_Main-Regular.ttf", "KaTeX_Main-Regular.woff", "KaTeX_Main-Regular.woff2"])).toEqual([
      ["katex.min.css"],
      ["fonts", "KaTeX_Main-Regular.woff2"],
    ]);
  });
});
