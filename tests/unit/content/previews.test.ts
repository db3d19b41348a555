import { describe, expect, it } from "vitest";
import { loadNotesFolder } from "./notes-folder";
import { allFolders } from "@/lib/content/course";
import { cut, EXCERPT_CHARS, folderPreview, notePreview } from "@/lib/content/previews";

const load = loadNotesFolder;

describe("notePreview", () => {
  const note = [
    "# 어텐션",
    "",
    "첫 문단은 **어텐션**을 소개한다.",
    "",
    "```python",
    "print('코드는 빼고')",
    "```",
    "",
    "## Self-Attention",
    "",
    "- 단어들이 서로를 본다.",
    "",
    "### 세부",
    "",
    "세부 내용.",
    "",
    "## 위치 인코딩",
    "",
    "<div>HTML은 빼고</div>",
    "",
    "순서를 더한다.",
    "",
  ].join("\n");

  it("gives the title, the folders above, the first prose and each section's first lines", () => {
    const { weeks, course } = load({ "alice/Week_2/attention.md": note, "alice/Week_2/other.md": "# 다른 노트\n\n내용.\n" });
    const week = weeks.find((candidate) => candidate.title === "어텐션");
    if (!week) throw new Error("note not loaded");
    const preview = notePreview(week, course);
    expect(preview.title).toBe("어텐션");
    expect(preview.path).toEqual(["alice", "Week_2"]);
    expect(preview.excerpt).toBe("첫 문단은 어텐션을 소개한다. 단어들이 서로를 본다. 세부 내용. 순서를 더한다.");
    expect(preview.sections).toEqual([
      { ids: ["self-attention"], title: "Self-Attention", excerpt: "단어들이 서로를 본다. 세부 내용." },
      { ids: ["세부"], title: "세부", excerpt: "세부 내용." },
      { ids: ["위치-인코딩"], title: "위치 인코딩", excerpt: "순서를 더한다." },
    ]);
  });

  it("prefers the front matter description, and lists lectures that have no notes", () => {
    const { weeks, course } = load({
      "week-08.md": "---\ndescription: 8주차 요약\n---\n# 8주차\n\n## Contents\n\n- (1강) 개론\n- (2강) 서빙\n\n## (1강) 개론\n\n개론 내용.\n",
    });
    const [week] = weeks;
    if (!week) throw new Error("note not loaded");
    const preview = notePreview(week, course);
    expect(preview.excerpt).toBe("8주차 요약");
    expect(preview.path).toEqual([]);
    expect(preview.sections.find((section) => section.ids.includes("lecture-1"))?.excerpt).toBe("개론 내용.");
    expect(preview.sections.find((section) => section.ids.includes("lecture-2"))).toEqual({
      ids: ["lecture-2"],
      title: "(2강) 서빙",
      excerpt: "아직 정리된 노트가 없습니다.",
    });
  });
});

describe("folderPreview", () => {
  it("names the folder's notes in course order", () => {
    const { course } = load({ "Week 10/a.md": "# 열\n\n가.\n", "Week 2/a.md": "# 둘\n\n나.\n", "Week 2/b.md": "# 둘의 둘\n\n다.\n" });
    const folder = allFolders(course).find((candidate) => candidate.name === "Week 2");
    if (!folder) throw new Error("folder not found");
    expect(folderPreview(folder, course)).toEqual({ title: "Week 2", path: [], excerpt: "노트 2개: 둘, 둘의 둘", sections: [] });
  });
});

describe("cut", () => {
  it("keeps a short text and cuts a long one at a word boundary with an ellipsis", () => {
    expect(cut("  짧은   글 ")).toBe("짧은 글");
    const long = "단어 ".repeat(100);
    const text = cut(long);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    expect(text.endsWith("단어…")).toBe(true);
  });
});
