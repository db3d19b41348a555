import { describe, expect, it } from "vitest";
import { loadNotesFolder } from "./notes-folder";
import { type Backlink, buildBacklinks, MAX_SENTENCE, sentenceAround } from "@/lib/content/backlinks";
import { parseMarkdown } from "@/lib/content/parse";
import type { WeekSlug } from "@/lib/content/types";

const load = loadNotesFolder;

/** A backlink as a line: who, which section, the sentence with its marks in [brackets]. */
function line(backlink: Backlink): string {
  let text = backlink.sentence;
  for (const [start, end] of [...backlink.marks].reverse()) text = `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
  const target = backlink.target ? ` -> #${backlink.target.id}` : "";
  return `${backlink.from.slug} § ${backlink.section?.id ?? "-"}${target}: ${text}`;
}

function linesFor(backlinks: ReadonlyMap<WeekSlug, readonly Backlink[]>, slug: string): string[] {
  return (backlinks.get(slug as WeekSlug) ?? []).map(line);
}

describe("buildBacklinks", () => {
  it("reads Markdown links, reference links and wiki links, each with its sentence and section", () => {
    const { backlinks } = load({
      "attention.md": "# 어텐션\n\n## Self-Attention\n\n단어들이 서로를 본다.\n\n## 위치 인코딩\n\n순서를 더한다.\n",
      "transformer.md": [
        "# 트랜스포머",
        "",
        "처음 문장. 트랜스포머는 [[attention]]만으로 만든 모델이다.",
        "핵심은 [[attention#Self-Attention|셀프 어텐션]]이고, 위치는 [[attention#위치 인코딩]]으로 더한다.",
        "",
        "## 참고",
        "",
        "- 자세한 내용은 [어텐션 노트](./attention.md#없는-절)를 본다.",
        "- [참조 링크][a]도 같은 노트다.",
        "",
        "| 개념 | 노트 |",
        "| --- | --- |",
        "| 어텐션 | [[attention\\|어텐션]] |",
        "",
        "[a]: attention.md",
        "",
      ].join("\n"),
    });
    expect(linesFor(backlinks, "attention")).toEqual([
      "transformer § -: 트랜스포머는 [attention]만으로 만든 모델이다.",
      "transformer § - -> #self-attention: 핵심은 [셀프 어텐션]이고, 위치는 [attention > 위치 인코딩]으로 더한다.",
      "transformer § 참고: 자세한 내용은 [어텐션 노트]를 본다.",
      "transformer § 참고: [참조 링크]도 같은 노트다.",
      "transformer § 참고: [어텐션]",
    ]);
    // The note that only links out has no backlinks.
    expect(backlinks.get("transformer" as WeekSlug)).toBeUndefined();
  });

  it("leaves out a note's links to itself and links to notes the site does not have", () => {
    const { backlinks } = load({
      "a.md": "# A\n\n## 절\n\n[여기](./a.md#절)와 [없는 노트](./zzz.md), 그리고 [B](b.md).\n",
      "b.md": "# B\n\n내용.\n",
    });
    expect(backlinks.get("a" as WeekSlug)).toBeUndefined();
    expect(linesFor(backlinks, "b")).toEqual(["a § 절: 여기와 없는 노트, 그리고 [B]."]);
  });

  it("lists the linking notes in course order, whatever order they were read in", () => {
    const { backlinks, weeks } = load({
      "Week 10/notes.md": "# 10주차\n\n[기초](../basics.md) 복습.\n",
      "Week 2/notes.md": "# 2주차\n\n[기초](../basics.md)를 읽었다.\n",
      "basics.md": "# 기초\n\n내용.\n",
    });
    const order = weeks.map((week) => week.slug);
    const froms = (backlinks.get("basics" as WeekSlug) ?? []).map((backlink) => backlink.from.slug);
    // `notes.md` in every week folder stands for its folder (lib/content/slugs.ts).
    expect(froms).toEqual(["week-2", "week-10"]);
    expect(order.indexOf("week-2" as WeekSlug)).toBeLessThan(order.indexOf("week-10" as WeekSlug));
  });

  it("names the from note's title and the section id the page gives it", () => {
    const { backlinks } = load({
      "week-08.md": "# 8주차\n\n## Contents\n\n- (2강) MLOps 개론\n\n## (2강) MLOps 개론\n\n[9주차](./week-09.md)에서 이어진다.\n",
      "week-09.md": "# 9주차\n\n내용.\n",
    });
    const [backlink] = backlinks.get("week-09" as WeekSlug) ?? [];
    expect(backlink?.from).toEqual({ slug: "week-08", title: "8주차" });
    expect(backlink?.section).toEqual({ id: "lecture-2", title: "(2강) MLOps 개론" });
  });

  it("is empty for notes without links", () => {
    expect(buildBacklinks([], { byPath: new Map(), byName: new Map(), byTitle: new Map() }).size).toBe(0);
  });
});

describe("sentenceAround", () => {
  function around(markdown: string): string {
    const tree = parseMarkdown(markdown);
    const paragraph = tree.children[0];
    if (paragraph?.type !== "paragraph") throw new Error("expected a paragraph");
    const link = paragraph.children.find((child) => child.type === "link");
    if (!link) throw new Error("expected a link");
    const { sentence, marks } = sentenceAround(paragraph, link);
    const [start, end] = marks[0] ?? [0, 0];
    return `${sentence.slice(0, start)}[${sentence.slice(start, end)}]${sentence.slice(end)}`;
  }

  it("takes the sentence holding the link, across soft line breaks as separate lines", () => {
    expect(around("첫 줄이다.\n둘째 줄의 [링크](a.md)가 있다.\n셋째 줄.")).toBe("둘째 줄의 [링크]가 있다.");
    expect(around("Before. Read [the note](a.md) first! After.")).toBe("Read [the note] first!");
  });

  it("keeps a link whose text runs over a sentence end whole", () => {
    expect(around("앞. [문장 하나. 문장](a.md) 둘의 끝. 뒤.")).toBe("[문장 하나. 문장] 둘의 끝.");
  });

  it("collapses whitespace and cuts a long sentence around the link with ellipses", () => {
    const long = `${"가나다 ".repeat(60)}[링크](a.md) ${"라마바 ".repeat(60)}끝.`;
    const text = around(long);
    expect(text.length).toBeLessThanOrEqual(MAX_SENTENCE + 4);
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("[링크]");
    expect(text).not.toMatch(/\s{2}|…\s|\s…/u);
  });

  it("reads inline code and images as text, as the page shows them", () => {
    expect(around("`code` 와 ![그림](x.png) 옆의 [링크](a.md).")).toBe("code 와 그림 옆의 [링크].");
  });
});
