import type { Link } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { hugo, rules } from "./template-helpers";

describe("readHugoShortcodes: Hugo shortcodes read before Markdown", () => {
  it("turns a figure into an image with its caption under it, width kept", () => {
    const { text, file } = hugo('{{< figure src="/images/a b.png" alt="구조 \\"A\\"" caption="그림 1. 구조" title="개요" width="300" >}}');
    expect(text).toBe('<img src="/images/a b.png" alt="구조 &quot;A&quot;" title="개요" width="300"><br>**개요** 그림 1. 구조');
    expect(rules(file)).toEqual(["1:1 hugo-figure"]);
  });

  it("turns embeds into plain links with Korean labels, no iframe", () => {
    const note = [
      "{{< youtube dQw4w9WgXcQ >}}",
      '{{< youtube id="w7Ft2ymGmfc" title="발표 영상" >}}',
      "{{< vimeo 146022717 >}}",
      "{{< gist spf13 7896402 >}}",
      '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
    ].join("\n");
    const { text, file } = hugo(note);
    expect(text.split("\n")).toEqual([
      "[YouTube 동영상 보기 (dQw4w9WgXcQ)](<https://www.youtube.com/watch?v=dQw4w9WgXcQ>)",
      "[YouTube 동영상: 발표 영상](<https://www.youtube.com/watch?v=w7Ft2ymGmfc>)",
      "[Vimeo 동영상 보기 (146022717)](<https://vimeo.com/146022717>)",
      "[GitHub Gist 보기 (spf13/7896402)](<https://gist.github.com/spf13/7896402>)",
      "[X(트위터) 게시물 보기](<https://x.com/SanDiegoZoo/status/1453110110599868418>)",
    ]);
    expect(text).not.toMatch(/iframe/u);
    expect(rules(file)).toEqual(["1:1 hugo-embed", "2:1 hugo-embed", "3:1 hugo-embed", "4:1 hugo-embed", "5:1 hugo-embed"]);
  });

  it("turns ref and relref inside a link into relative note links", () => {
    const { tree } = hugo('[정리]({{< ref "posts/week-02.md#요약" >}}), [번들]({{< relref "/posts/intro/index.md" >}}), [이름만]({{< ref "setup" >}}), [여기]({{< ref "#목표" >}})');
    const urls: string[] = [];
    visit(tree, "link", (node: Link) => {
      urls.push(node.url);
    });
    expect(urls).toEqual(["./week-02.md#요약", "./intro.md", "./setup.md", "#목표"]);
  });

  it("turns highlight and mermaid blocks into fenced code, leaving their body as code", () => {
    const note = ["{{< highlight go \"linenos=table\" >}}", "# 제목 아님", "ch := <-done", "{{< /highlight >}}", "", "{{< mermaid >}}", "graph LR; A-->B", "{{< /mermaid >}}"].join("\n");
    const { text, tree } = hugo(note);
    expect(text.split("\n")).toEqual(["```go", "# 제목 아님", "ch := <-done", "```", "", "```mermaid", "graph LR; A-->B", "```"]);
    expect(tree.children.map((node) => (node.type === "code" ? `${node.lang ?? ""}:${node.value}` : node.type))).toEqual(["go:# 제목 아님\nch := <-done", "mermaid:graph LR; A-->B"]);
  });

  it("turns notices, hints and admonitions into callout quotes, with their titles, keeping every line", () => {
    const note = ['{{% notice tip "알아두기" %}}', "첫 줄", "", "- 목록", "{{% /notice %}}", "", "{{< hint info >}}", "힌트", "{{< /hint >}}", "", '{{< admonition type=warning title="주의" >}}', "경고", "{{< /admonition >}}"].join("\n");
    const { text, tree, file } = hugo(note);
    expect(text.split("\n")).toEqual(["> [!tip] 알아두기", "> 첫 줄", ">", "> - 목록", "", "", "> [!info]", "> 힌트", "", "", "> [!warning] 주의", "> 경고", ""]);
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ["blockquote", 1],
      ["blockquote", 7],
      ["blockquote", 11],
    ]);
    expect(rules(file)).toEqual(["1:1 hugo-callout", "7:1 hugo-callout", "11:1 hugo-callout"]);
  });

  it("shows a callout that is not alone on its lines, and unknown shortcodes, as written with a warning", () => {
    const note = "- {{% notice note %}}목록 안{{% /notice %}}\n\n{{< tabs >}}\n탭\n{{< /tabs >}}\n\n{{< param author >}}";
    const { text, file } = hugo(note);
    expect(text).toBe(note);
    expect(rules(file)).toEqual(["!1:3 hugo-callout-unreadable", "!1:26 hugo-unknown", "!3:1 hugo-unknown", "!5:1 hugo-unknown", "!7:1 hugo-unknown"]);
  });

  it("removes toc, shows Hugo's escaped shortcodes as text, and leaves shortcodes in code alone", () => {
    const note = "{{< toc >}}\n\n`{{< figure src=\"x.png\" >}}` 는 {{</* figure src=\"x.png\" */>}} 로 씁니다.\n\n```\n{{< youtube abc >}}\n```";
    const { text, file } = hugo(note);
    expect(text).toBe("\n\n`{{< figure src=\"x.png\" >}}` 는 {{< figure src=\"x.png\" >}} 로 씁니다.\n\n```\n{{< youtube abc >}}\n```");
    expect(rules(file)).toEqual(["1:1 hugo-toc", "3:32 hugo-escaped"]);
  });
});
