import { readFileSync } from "node:fs";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toText } from "hast-util-to-text";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/content/source";
import type { Week } from "@/lib/content/types";
import { renderWeekBody } from "@/lib/render/process";
import { loadWeek8, projectPath, WEEK8_FIXTURE, weekFrom } from "../helpers";

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

/** Markdown -> the week page body as an HTML string. */
async function render(markdown: string): Promise<{ tree: Root; html: string }> {
  const tree = await renderWeekBody(weekFrom(markdown));
  return { tree, html: toHtml(tree) };
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

describe("renderWeekBody: text that looks like HTML", () => {
  it("keeps <eos> and <pad> visible, inline and on their own line", async () => {
    const { tree } = await render("문장 끝에 <eos>, 빈칸은 <pad>.\n\n<eos>\n");
    expect(collapse(toText(tree))).toBe("문장 끝에 <eos>, 빈칸은 <pad>. <eos>");
    expect(elements(tree, "eos")).toEqual([]);
  });

  it("keeps <class 'int'> as text", async () => {
    const { tree, html } = await render("type(1) 은 <class 'int'> 입니다.");
    expect(collapse(toString(tree))).toBe("type(1) 은 <class 'int'> 입니다.");
    expect(html).toBe("<p>type(1) 은 &#x3C;class 'int'> 입니다.</p>");
  });
});

describe("renderWeekBody: raw HTML and safety", () => {
  it("keeps a centered image with its width", async () => {
    const { html } = await render('<p align="center"><img src="https://example.com/a.png" width = 300></p>');
    expect(html).toMatch(
      /^<p align="center"><a href="https:\/\/example\.com\/a\.png" class="image-link"[^>]*><img src="https:\/\/example\.com\/a\.png" width="300" /u,
    );
  });

  it("drops <script>, <style>, <iframe> and their content", async () => {
    const { html } = await render(
      'before\n\n<script>alert("x")</script>\n\n<style>body { display: none }</style>\n\n<iframe src="https://evil.example"></iframe>\n\nafter',
    );
    expect(html.replace(/\s+/gu, "")).toBe("<p>before</p><p>after</p>");
  });

  it("drops event handlers", async () => {
    const { html } = await render('<img src="https://example.com/x.png" onerror="alert(1)" onload="alert(2)">');
    expect(html).not.toMatch(/onerror|onload|alert/u);
    expect(html).toContain('src="https://example.com/x.png"');
  });

  it("drops javascript: URLs from Markdown and HTML links, keeping the text", async () => {
    const { tree, html } = await render('[click](javascript:alert(1)) and <a href="JavaScript:alert(2)">raw</a>');
    expect(html).not.toMatch(/javascript:/iu);
    expect(elements(tree, "a").map((a) => a.properties.href)).toEqual([undefined, undefined]);
    expect(toString(tree)).toBe("click and raw");
  });

  it("drops forms but keeps their text", async () => {
    const { html } = await render('<form action="https://evil.example"><button>보내기</button></form>');
    expect(html).not.toMatch(/<form|<button|action=/u);
    expect(html).toContain("보내기");
  });

  it("prefixes ids written by the author so they cannot clobber ours", async () => {
    const { html } = await render('<div id="lecture-1">x</div>\n\n## (1강) 소개\n');
    expect(html).toContain('<div id="user-content-lecture-1">x</div>');
    expect(html).toContain('<h2 id="lecture-1">');
  });

  it("adds rel=noopener noreferrer to external links only", async () => {
    const { tree } = await render("[ext](https://example.com/a) [in](#lecture-2) [rel](./other) <https://auto.example/>");
    expect(elements(tree, "a").map((a) => [a.properties.href, a.properties.rel ?? null])).toEqual([
      ["https://example.com/a", ["noopener", "noreferrer"]],
      ["#lecture-2", null],
      ["./other", null],
      ["https://auto.example/", ["noopener", "noreferrer"]],
    ]);
  });

  it("renders [[LINK]](url) as a link whose text is [LINK]", async () => {
    const { tree } = await render("- [[LINK]](https://stackoverflow.com/q/1)을 참고");
    const [link] = elements(tree, "a");
    expect({ href: link?.properties.href, text: link ? toString(link) : null }).toEqual({ href: "https://stackoverflow.com/q/1", text: "[LINK]" });
  });

  it("keeps GFM tables and <details>", async () => {
    const { tree, html } = await render(
      "| 모델 | 정확도 |\n|---|---:|\n| A | 93.6% |\n\n<details><summary>더 보기</summary>\n\n숨은 내용\n\n</details>\n",
    );
    expect(elements(tree, "td").map((cell) => toString(cell))).toEqual(["A", "93.6%"]);
    expect(elements(tree, "th").map((cell) => toString(cell))).toEqual(["모델", "정확도"]);
    expect(html).toMatch(/<details><summary>더 보기<\/summary>\s*<p>숨은 내용<\/p>\s*<\/details>/u);
  });

  it("loads the first image eagerly and the others lazily", async () => {
    const { tree } = await render('![a](https://x.example/a.png)\n\n<img src="https://x.example/b.png">\n\n![c](https://x.example/c.png)');
    expect(elements(tree, "img").map((img) => img.properties.loading)).toEqual(["eager", "lazy", "lazy"]);
  });
});

describe("renderWeekBody: headings", () => {
  it("gives lecture headings their lecture id and GitHub's id as an alias", async () => {
    const { html } = await render("## Contents\n\n- (3강) Model Serving\n\n### (3강) MLOPs Serving\n\n본문\n");
    expect(html).toContain('<h3 id="lecture-3"><span id="3강-mlops-serving" class="heading-alias"></span>(3강) MLOPs Serving<button');
  });

  it("turns body H1s into H2s with their GitHub id", async () => {
    const { tree } = await render("---\ntitle: 다른 제목\n---\n# 본문 제목\n\n# 또 하나\n");
    expect(elements(tree, "h1")).toEqual([]);
    expect(elements(tree, "h2").map((h2) => [h2.properties.id, toString(h2)])).toEqual([
      ["본문-제목", "본문 제목"],
      ["또-하나", "또 하나"],
    ]);
  });

  it("leaves the hoisted title out of the body", async () => {
    const { tree } = await render("# Week 1\n\n본문\n");
    expect(toString(tree)).toBe("본문");
  });
});

describe("renderWeekBody: code and math", () => {
  it("highlights python with Shiki, light and dark", async () => {
    const { tree } = await render("```python\nprint('안녕')\n```\n");
    const [pre] = elements(tree, "pre");
    expect(pre?.properties.dataLanguage).toBe("python");
    expect(pre ? toHtml(pre) : "").toMatch(/<span style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">print<\/span>/u);
    expect(pre ? toString(pre) : "").toBe("print('안녕')");
  });

  it("renders an unknown language as a plain <pre> without throwing", async () => {
    const { tree } = await render("```foo\nbar <baz>\n```\n");
    const [pre] = elements(tree, "pre");
    expect(pre?.properties.dataLanguage).toBe("foo");
    expect(pre ? toString(pre) : "").toBe("bar <baz>");
  });

  it("highlights ``` python (a space before the language) as python", async () => {
    const { tree } = await render("``` python\nx = 1\n```\n");
    expect(elements(tree, "pre").map((pre) => pre.properties.dataLanguage)).toEqual(["python"]);
  });

  it("keeps a fence indented inside a list item as a <pre> in that item", async () => {
    const { tree } = await render("1. 설정\n    ```bash\n    pip install voila\n    ```\n2. 실행\n");
    const [item] = elements(tree, "li");
    const pres = item ? elements({ type: "root", children: [item] }, "pre") : [];
    expect(pres.map((pre) => [pre.properties.dataLanguage, toString(pre)])).toEqual([["bash", "pip install voila"]]);
  });

  it("renders $a<b$ with KaTeX and loses none of it", async () => {
    const { tree, html } = await render("부등식 $a<b$ 이 성립한다.");
    expect(html).toContain('class="katex"');
    expect(html).toContain('<annotation encoding="application/x-tex">a&#x3C;b</annotation>');
    const [paragraph] = elements(tree, "p");
    expect(paragraph ? toString(paragraph) : "").toMatch(/^부등식 .*a<b.* 이 성립한다\.$/u);
  });

  it("renders display math", async () => {
    const { html } = await render("$$\nx^2\n$$\n");
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
  });
});

describe("renderWeekBody: whitespace", () => {
  function whitespaceTexts(tree: Root): string[] {
    const found: string[] = [];
    visit(tree, "text", (node, _index, parent) => {
      if (/^\s*$/u.test(node.value) && !(parent?.type === "element" && parent.tagName === "code")) found.push(node.value);
    });
    return found;
  }

  it("leaves no line breaks between block elements for React to hydrate", async () => {
    const { tree, html } = await render("- 하나\n  - 둘\n- 셋\n\n> 인용\n>\n> 문단\n\n| a | b |\n| - | - |\n| 1 | 2 |\n");
    expect(whitespaceTexts(tree)).toEqual([]);
    expect(html).toContain("<ul><li>하나<ul><li>둘</li></ul></li><li>셋</li></ul>");
  });

  it("keeps the spaces between inline elements and every line of a code block", async () => {
    const { tree } = await render("**굵게** *기울임* `코드` [링크](https://example.com)\n\n```python\nif x:\n    y = 1\n\nz = 2\n```\n");
    const [paragraph] = elements(tree, "p");
    expect(paragraph ? toString(paragraph) : "").toBe("굵게 기울임 코드 링크");
    const [pre] = elements(tree, "pre");
    expect(pre ? toString(pre) : "").toBe("if x:\n    y = 1\n\nz = 2");
  });
});

describe("renderWeekBody: the week is not changed", () => {
  it("renders the same tree twice from one model", async () => {
    const week: Week = weekFrom("## (1강) 소개\n\n```python\nx = 1\n```\n\n![a](https://x.example/a.png)\n");
    const before = structuredClone(week.tree);
    const first = toHtml(await renderWeekBody(week));
    const second = toHtml(await renderWeekBody(week));
    expect(second).toBe(first);
    expect(week.tree).toEqual(before);
  });
});

/** A Markdown line without its syntax, whitespace collapsed: what a reader must see. */
function visibleText(line: string): string {
  let text = line.trim();
  if (/^(?:```|~~~)/u.test(text) || /^(?:-{3,}|\*{3,}|_{3,})$/u.test(text)) return "";
  // List markers and quote markers, nested in any order (`- > 내가 ...`).
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(/^(?:[-*+]|\d+[.)])\s+/u, "").replace(/^>\s?/u, "");
  }
  text = text
    .replace(/^#{1,6}\s+/u, "")
    .replace(/<\/?[A-Za-z][^<>]*>/gu, "")
    // [text](url), where text may hold one level of brackets: [[LINK]](url) -> [LINK]
    .replace(/\[((?:[^[\]]|\[[^[\]]*\])*)\]\([^()\s]*\)/gu, "$1")
    .replace(/(\*{1,2})(\S(?:.*?\S)?)\1/gu, "$2");
  return collapse(text);
}

describe("Week 8: nothing is lost", () => {
  const week = loadWeek8();
  const source = normalizeText(readFileSync(projectPath(WEEK8_FIXTURE), "utf8"));
  const bodyStart = source.indexOf("\n---\n", 4) + "\n---\n".length;
  const bodyLines = source.slice(bodyStart).split("\n");
  let tree: Root;
  let text: string;

  beforeAll(async () => {
    tree = await renderWeekBody(week);
    text = collapse(`${week.title} ${toString(tree)}`);
  });

  it("strips Markdown syntax the way the check expects", () => {
    expect(
      [
        "    - (5강-실습)  프로토타이핑",
        "### (1강) 강의 소개",
        "           - > 내가 학습한 모델",
        "- [[LINK]](https://x.example/a)을 참고하여 pip install protobuf==3.20.* 를",
        "- **실습 code** 와 *강조*",
        '    <p align="center"><img src="a.png" width = 300></p>',
        "                ``` python",
        "---",
        "1. 문제 정의",
      ].map(visibleText),
    ).toEqual([
      "(5강-실습) 프로토타이핑",
      "(1강) 강의 소개",
      "내가 학습한 모델",
      "[LINK]을 참고하여 pip install protobuf==3.20.* 를",
      "실습 code 와 강조",
      "",
      "",
      "",
      "문제 정의",
    ]);
  });

  it("starts the body right after the front matter", () => {
    expect(bodyLines[0]).toBe("# Week 8 : AI 서비스 개발 기초");
  });

  it("shows the text of every non-empty line of the note", () => {
    const lines = bodyLines.map(visibleText).filter((line) => line !== "");
    expect(lines.length).toBeGreaterThan(200);
    const missing = lines.filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
  });

  it("has exactly 10 images, 3 external links and 2 highlighted python blocks", () => {
    expect(elements(tree, "img")).toHaveLength(10);
    const isImageLink = (a: Element) => Array.isArray(a.properties.className) && a.properties.className.includes("image-link");
    const external = elements(tree, "a").filter((a) => !isImageLink(a) && /^https?:\/\//u.test(String(a.properties.href ?? "")));
    const imageLinks = elements(tree, "a").filter(isImageLink);
    expect(imageLinks).toHaveLength(10);
    expect(imageLinks.map((a) => a.properties.rel)).toEqual(Array.from({ length: 10 }, () => ["noopener", "noreferrer"]));
    expect(external.map((a) => toString(a))).toEqual(["[LINK]", "[yang-song의 page]", "[About diffusion model]"]);
    expect(external.map((a) => a.properties.rel)).toEqual(Array.from({ length: 3 }, () => ["noopener", "noreferrer"]));
    expect(elements(tree, "pre").map((pre) => pre.properties.dataLanguage)).toEqual(["python", "python"]);
  });

  it("keeps the images centered at their written widths", () => {
    const images = elements(tree, "img");
    expect(images.map((img) => img.properties.width)).toEqual([400, 400, 400, 400, 300, 300, 300, 300, 300, 400]);
    expect(images.map((img) => img.properties.loading)).toEqual(["eager", ...Array<string>(9).fill("lazy")]);
    expect(elements(tree, "p").filter((p) => p.properties.align === "center")).toHaveLength(10);
  });

  it("has no <h1> and gives every heading its section id, plus one per lecture without notes", () => {
    expect(elements(tree, "h1")).toEqual([]);
    const headings = ["h2", "h3"].flatMap((tagName) => elements(tree, tagName));
    const withoutNotes = week.parts.flatMap((part) => part.entries).filter((entry) => entry.sectionId === null);
    expect(withoutNotes.map((entry) => entry.id)).toEqual([
      "lecture-7",
      "lecture-8",
      "lecture-9",
      "special-1",
      "special-2",
      "special-3",
      "special-4",
      "special-5",
    ]);
    const expected = [...week.sections.map((section) => section.id), ...withoutNotes.map((entry) => entry.id)];
    expect(headings.map((heading) => heading.properties.id).sort()).toEqual(expected.sort());
  });
});
