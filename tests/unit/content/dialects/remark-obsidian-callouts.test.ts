import { describe, expect, it } from "vitest";
import remarkObsidianCallouts from "@/lib/content/dialects/remark-obsidian-callouts";
import { reports, runDialect, withoutPositions } from "./obsidian-helpers";

const run = (markdown: string) => runDialect(markdown, remarkObsidianCallouts);

describe("remarkObsidianCallouts", () => {
  it("marks a callout with a title, strips the marker line and reports it", () => {
    const { tree, file } = run("> [!tip] 외우는 **요령**\n> Q는 질문이다.\n");
    expect(withoutPositions(tree.children)).toEqual([
      {
        type: "blockquote",
        children: [
          { type: "paragraph", children: [{ type: "text", value: "외우는 " }, { type: "strong", children: [{ type: "text", value: "요령" }] }] },
          { type: "paragraph", children: [{ type: "text", value: "Q는 질문이다." }] },
        ],
        data: { hProperties: { dataCallout: "tip", dataCalloutTitle: "custom" } },
      },
    ]);
    expect(reports(file)).toEqual(["1:1 Obsidian callout [!tip] shown as a callout"]);
  });

  it.each([
    ["- (folded)", "> [!faq]- 접힌 제목\n> 답\n", { dataCallout: "faq", dataCalloutFold: "-", dataCalloutTitle: "custom" }],
    ["+ (open)", "> [!Example]+\n> 예\n", { dataCallout: "example", dataCalloutFold: "+" }],
    ["in any case", "> [!SUMMARY] 목차\n> - 항목\n", { dataCallout: "summary", dataCalloutTitle: "custom" }],
    ["a custom type", "> [!수업메모]\n> 퀴즈 범위\n", { dataCallout: "수업메모" }],
  ])("reads %s", (_, markdown, hProperties) => {
    const [quote] = run(markdown).tree.children;
    expect(quote?.data).toEqual({ hProperties });
  });

  it("reads nested callouts and callouts in lists", () => {
    const { tree, file } = run("> [!question] 바깥\n> > [!success] 안쪽\n> > 예\n\n- 항목\n\n  > [!todo]\n  > 할 일\n");
    expect(reports(file)).toEqual([
      "1:1 Obsidian callout [!question] shown as a callout",
      "2:3 Obsidian callout [!success] shown as a callout",
      "7:3 Obsidian callout [!todo] shown as a callout",
    ]);
    expect(JSON.stringify(withoutPositions(tree))).not.toContain("[!");
  });

  it.each([
    ["GitHub's own alert (any case)", "> [!NOTE]\n> 글\n"],
    ["GitHub's own alert in lower case", "> [!warning]\n> 글\n"],
    ["a capitalised GitHub type with text on its line, a quote on GitHub", "> [!NOTE] 같은 줄의 글\n"],
    ["a capitalised GitHub type with nothing else, a quote on GitHub", "> [!TIP]\n"],
    ["a capitalised GitHub type nested, a quote on GitHub", "> > [!IMPORTANT]\n> > 글\n"],
    ["a marker that is not first", "> 먼저 글\n> [!tip]\n"],
    ["a marker in code", "> `[!tip]` 제목\n"],
    ["a plain quote", "> 인용\n"],
  ])("leaves %s alone", (_, markdown) => {
    const { tree, file } = run(markdown);
    expect(tree).toEqual(runDialect(markdown).tree);
    expect(JSON.stringify(tree)).not.toContain("dataCallout");
    expect(file.messages).toEqual([]);
  });

  it("makes a lower-case GitHub type with a title an Obsidian callout", () => {
    const [quote] = run("> [!note] 한 줄 요약\n> 본문\n").tree.children;
    expect(quote?.data).toEqual({ hProperties: { dataCallout: "note", dataCalloutTitle: "custom" } });
  });
});
