import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { kramdown, rules, withoutPositions } from "./template-helpers";

describe("remarkKramdownAttributes", () => {
  it("applies a span list after an image: width, height (Chirpy's w/h) and a light/dark theme image; styling left out", () => {
    const { tree, file } = kramdown("![결과](result.png){: width=\"700\" h='400' .shadow .dark }\n_실행 결과_");
    expect(withoutPositions(tree.children[0])).toEqual({
      type: "paragraph",
      children: [
        { type: "image", url: "result.png#gh-dark-mode-only", alt: "결과", title: null, data: { hProperties: { width: "700", height: "400" } } },
        { type: "text", value: "\n" },
        { type: "emphasis", children: [{ type: "text", value: "실행 결과" }] },
      ],
    });
    expect(rules(file)).toEqual(["1:18 kramdown-attributes"]);
    expect(file.messages[0]?.reason).toBe(
      "kramdown attribute list `{: width=\"700\" h='400' .shadow .dark }` applied: shown in the dark theme only, width 700, height 400; left out (theme styling the portal does not show): .shadow",
    );
  });

  it("centres an image alone in its paragraph with a block list on the next line", () => {
    const { tree } = kramdown("![구조](arch.png)\n{: .align-center}");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", data: { hProperties: { align: "center" } }, children: [{ type: "image", url: "arch.png", alt: "구조", title: null }] },
    ]);
  });

  it("makes a Chirpy prompt quote and a Minimal Mistakes notice paragraph GitHub alerts", () => {
    const { tree, file } = kramdown("> 꼭 확인하세요.\n{: .prompt-warning }\n\n{: .notice--success}\n잘 됐습니다.\n\n**주의:** 조심\n{: .notice--danger}");
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ["blockquote", "[!WARNING]\n꼭 확인하세요."],
      ["blockquote", "[!TIP]\n잘 됐습니다."],
      ["blockquote", "[!CAUTION]\n주의: 조심"],
    ]);
    expect(rules(file)).toEqual(["2:1 kramdown-attributes", "4:1 kramdown-attributes", "8:1 kramdown-attributes"]);
  });

  it("removes kramdown's TOC list and a lone {:toc}", () => {
    const { tree, file } = kramdown("# 제목\n\n* TOC\n{:toc}\n\n1. 목차\n{:toc}\n\n본문");
    expect(tree.children.map((node) => node.type)).toEqual(["heading", "paragraph"]);
    expect(rules(file)).toEqual(["3:1 kramdown-toc", "6:1 kramdown-toc"]);
  });

  it("reads a list after a code block: the language, and Chirpy's file name above the block", () => {
    const { tree, file } = kramdown("```\nprint(1)\n```\n{: .language-python file=\"src/app.py\" .nolineno }");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", children: [{ type: "inlineCode", value: "src/app.py" }] },
      { type: "code", lang: "python", meta: null, value: "print(1)" },
    ]);
    expect(rules(file)).toEqual(["4:1 kramdown-attributes"]);
  });

  it("drops ids, styles and handlers with a warning, and never leaves a list as text", () => {
    const { tree, file } = kramdown("## 제목 {#intro}\n{: #custom .no_toc}\n\n문단\n{: style=\"color: red\" onclick=\"x()\" }\n\n[링크](https://a.b){:target=\"_blank\"} 뒤");
    expect(toString(tree)).not.toMatch(/\{[:#]/u);
    expect(toString(tree)).toBe("제목문단링크 뒤");
    expect(rules(file)).toEqual(["!1:7 kramdown-unsafe", "2:1 kramdown-attributes", "!2:1 kramdown-unsafe", "!5:1 kramdown-unsafe", "7:18 kramdown-attributes"]);
  });

  it("hides comments, removes options and nomarkdown markers, and warns about unknown extensions", () => {
    const { tree, file } = kramdown("{::options parse_block_html=\"true\" /}\n\n{::comment}\n숨김\n\n여러 문단\n{:/comment}\n\n{::nomarkdown}<b>굵게</b>{:/nomarkdown} 와 {::unknown} 끝");
    expect(toString(tree)).toBe("<b>굵게</b> 와 {::unknown} 끝");
    expect(rules(file)).toEqual(["1:1 kramdown-options", "3:1 kramdown-comment", "9:1 kramdown-nomarkdown", "9:24 kramdown-nomarkdown", "!9:41 kramdown-unknown-extension"]);
  });

  it("takes a list under a table back off the table, where GFM read it as a row", () => {
    const { tree, file } = kramdown("| 방법 | 시간 |\n|---|---|\n| A | 1초 |\n{: .table-striped}");
    const table = tree.children[0];
    expect(table?.type === "table" ? table.children.map((row) => row.children.map((cell) => toString(cell))) : null).toEqual([
      ["방법", "시간"],
      ["A", "1초"],
    ]);
    expect(rules(file)).toEqual(["4:1 kramdown-attributes"]);
  });

  it("leaves braces that are not attribute lists alone", () => {
    const note = "집합 {: 이건 아님 } 과 `{: .code}` 그리고 {a: 1}";
    const { tree, file } = kramdown(note);
    expect(toString(tree)).toBe("집합 {: 이건 아님 } 과 {: .code} 그리고 {a: 1}");
    expect(file.messages).toEqual([]);
  });
});
