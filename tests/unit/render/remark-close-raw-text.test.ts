import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { unclosedRawText } from "@/lib/render/remark-close-raw-text";
import { weekFrom } from "../helpers";

async function text(markdown: string): Promise<string> {
  // What a reader sees: innerText puts line breaks between blocks.
  return toText(await renderWeekBody(weekFrom(markdown)))
    .replace(/\s+/gu, " ")
    .trim();
}

describe("unclosedRawText", () => {
  it.each([
    ["<iframe src=x>", "iframe"],
    ["<TEXTAREA rows=3>abc", "textarea"],
    ["<script>a</script><style>", "style"],
    ["<script>a</script>", null],
    ["<titled>", null],
    ["<div>", null],
  ])("%j -> %j", (html, expected) => {
    expect(unclosedRawText(html)).toBe(expected);
  });
});

describe("renderWeekBody: unclosed raw-text elements", () => {
  it.each(["iframe", "noscript", "noembed", "noframes", "title", "xmp"])(
    "an unclosed <%s> block does not swallow the paragraphs after it",
    async (tag) => {
      expect(await text(`앞 문장\n\n<${tag}>\n\n뒤 문장\n\n## 다음\n\n끝`)).toBe("앞 문장 뒤 문장 다음 끝");
    },
  );

  it("an unclosed <iframe> block keeps the paragraph before a later, closed <iframe> block", async () => {
    expect(await text('<iframe src="https://example.com">\n\n가운데 문단\n\n<iframe srcdoc="x"></iframe>\n\n끝')).toBe("가운데 문단 끝");
  });

  it("an unclosed <textarea> inside a line keeps the rest of the note", async () => {
    expect(await text("앞 <textarea> 안\n\n뒤 문장")).toBe("앞 안 뒤 문장");
  });

  it("leaves an inline <script> that is closed later in the line to the sanitizer", async () => {
    expect(await text("앞 <script>alert(1)</script> 뒤")).toBe("앞 뒤");
  });
});
