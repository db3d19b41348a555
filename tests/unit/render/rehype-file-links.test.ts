import type { Root } from "hast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { buildFileIndex } from "@/lib/content/files";
import { loadWeeksFrom } from "@/lib/content/load";
import { renderWeekBody } from "@/lib/render/process";
import rehypeFileLinks, { type Options } from "@/lib/render/rehype-file-links";
import rehypeNoteLinks from "@/lib/render/rehype-note-links";
import { flatIndex, projectPath } from "../helpers";
import { makeRepository } from "../content/repository";
import { elements, sanitizedHast } from "./parity-helpers";

const { root } = makeRepository();
const files = buildFileIndex(root);
const lecture = "Week_2/Day_4/03. 강의.md";

function run(markdown: string, options: Options = { files, fromPath: lecture }): Root {
  return unified().use(rehypeFileLinks, options).runSync(sanitizedHast(markdown));
}

function anchors(tree: Root): [unknown, unknown, unknown][] {
  return elements(tree, "a").map((a) => [a.properties.href, a.properties.className ?? null, a.properties.title ?? null]);
}

describe("rehypeFileLinks", () => {
  it.each([
    ["./실습.ipynb", `/files/Week_2/Day_4/${encodeURIComponent("실습.ipynb")}`],
    ["../data/sample.csv", "/files/Week_2/data/sample.csv"],
    ["<./my file.pdf>", "/files/Week_2/Day_4/my%20file.pdf"],
    ["./my%20file.pdf#page=2", "/files/Week_2/Day_4/my%20file.pdf"],
    ["/assets/img/jekyll.png", "/files/assets/img/jekyll.png"],
  ])("rewrites [x](%s) to %s", (url, href) => {
    expect(anchors(run(`[x](${url})`))).toEqual([[href, null, null]]);
  });

  it("rewrites raw HTML links and reference-style links too", () => {
    expect(anchors(run('<a href="./실습.ipynb">html</a> [ref][data]\n\n[data]: ../data/sample.csv\n'))).toEqual([
      [`/files/Week_2/Day_4/${encodeURIComponent("실습.ipynb")}`, null, null],
      ["/files/Week_2/data/sample.csv", null, null],
    ]);
  });

  it("marks links the reader cannot follow, keeping where they point, and says why", () => {
    expect(anchors(run("[없음](./none.pdf) [가중치](./model.h5) [큰 파일](../../big.zip)"))).toEqual([
      ["./none.pdf", ["file-link-missing"], "없는 파일"],
      ["./model.h5", ["file-link-missing"], "사이트에서 제공하지 않는 형식의 파일"],
      ["../../big.zip", ["file-link-missing"], "20 MB보다 커서 제공하지 않는 파일"],
    ]);
  });

  it.each([
    "../../../etc/passwd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "./escape.txt",
    "../../linked-outside/secret.txt",
  ])("never links out of the root: %s is a dashed link, never a served one", (url) => {
    const [[href, className, title] = []] = anchors(run(`[밖](${url})`));
    expect(String(href).startsWith("/files/")).toBe(false);
    expect(className).toEqual(["file-link-missing"]);
    expect(title).toBe("없는 파일");
  });

  it("leaves the web, anchors, pages and links between notes alone", () => {
    const tree = unified()
      .use(rehypeNoteLinks, { index: flatIndex(["week-09"]), fromPath: "week-10.md" })
      .use(rehypeFileLinks, { files, fromPath: "week-10.md" })
      .runSync(sanitizedHast("[a](https://example.com/x.pdf) [b](#top) [c](/weeks/week-08) [d](./week-09.md) [e](mailto:a@b.c)"));
    expect(anchors(tree).map(([href, className]) => [href, className])).toEqual([
      ["https://example.com/x.pdf", null],
      ["#top", null],
      ["/weeks/week-08", null],
      ["/weeks/week-09", null],
      ["mailto:a@b.c", null],
    ]);
  });

  it("changes nothing without an index of the files", () => {
    expect(
      anchors(unified().use(rehypeFileLinks).runSync(sanitizedHast("[x](./실습.ipynb) [y](./none.pdf)"))).map(([href, className]) => [
        href,
        className,
      ]),
    ).toEqual([
      [encodeURI("./실습.ipynb"), null],
      ["./none.pdf", null],
    ]);
  });

  it("renders the practice fixture's links as the site serves them, through renderWeekBody", async () => {
    const loaded = loadWeeksFrom(projectPath("tests/fixtures/site"), { includeDrafts: false });
    const practice = loaded.weeks.find((week) => week.path === "practice/README.md");
    if (!practice) throw new Error("tests/fixtures/site/practice/README.md was not loaded");
    const tree = await renderWeekBody(practice, { index: loaded.index, files: loaded.files });
    const byText = new Map(elements(tree, "a").map((a) => [a.children.map((child) => ("value" in child ? child.value : "")).join(""), a]));
    expect(byText.get("NumPy 실습 노트북")?.properties.href).toBe("/files/practice/01_numpy.ipynb");
    expect(byText.get("도우미 코드")?.properties.href).toBe("/files/practice/src/my%20utils.py");
    for (const text of ["지난 주 실습 결과", "시스템 파일", "인코딩된 경로", "밖으로 이어진 링크"]) {
      expect(byText.get(text)?.properties, text).toMatchObject({ className: ["file-link-missing"], title: "없는 파일" });
    }
    expect(elements(tree, "img").map((image) => image.properties.src)).toEqual(["/files/practice/images/plot.png"]);
  });
});
