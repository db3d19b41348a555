import { describe, expect, it } from "vitest";
import { hashText } from "@/lib/content/ids";
import type { BodyTask } from "@/lib/content/types";
import { loadWeek8, weekFrom } from "../helpers";

/** A note with one lecture whose notes hold `items` as GFM task items. */
function bodyTasksOf(items: readonly string[], extra: readonly string[] = []): BodyTask[] {
  const markdown = ["## Contents", "", "- (1강) 소개", "", "## (1강) 소개", "", ...items.map((item) => `- [ ] ${item}`), "", ...extra].join("\n");
  return weekFrom(markdown, "week-01").bodyTasks;
}

function idsByText(items: readonly string[]): Record<string, string> {
  return Object.fromEntries(bodyTasksOf(items).map(({ task }) => [task.text, task.id]));
}

const original = ["문서 읽기", "정리하기", "코드 실행해보기"];

describe("GFM task items of the body", () => {
  it("belong to the entry whose notes hold them: <week>/<entry>/<hash>", () => {
    expect(bodyTasksOf(original).map(({ entryId, sectionId, task }) => ({ entryId, sectionId, id: task.id }))).toEqual(
      original.map((text) => ({ entryId: "lecture-1", sectionId: "lecture-1", id: `week-01/lecture-1/${hashText(text)}` })),
    );
  });

  it("keep their ids when reordered, inserted before, or re-spaced", () => {
    const before = idsByText(original);
    expect(idsByText([...original].reverse())).toEqual(before);
    const inserted = idsByText(["새 과제", ...original]);
    for (const text of original) expect(inserted[text]).toBe(before[text]);
    expect(idsByText(["문서   읽기", " 정리하기", "코드 실행해보기  "])).toEqual(before);
  });

  it("get the same id from NFD and NFC text", () => {
    expect(idsByText(original.map((text) => text.normalize("NFD")))).toEqual(idsByText(original));
  });

  it("number repeated texts -2, -3 in order", () => {
    const hash = hashText("복습");
    expect(bodyTasksOf(["복습", "다른 일", "복습"]).map(({ task }) => task.id)).toEqual([
      `week-01/lecture-1/${hash}`,
      `week-01/lecture-1/${hashText("다른 일")}`,
      `week-01/lecture-1/${hash}-2`,
    ]);
  });

  it("keep the author's [x] as the initial state", () => {
    const week = weekFrom(["## 할 일", "", "- [x] 끝낸 일", "- [ ] 남은 일"].join("\n"), "week-01");
    expect(week.bodyTasks.map(({ task }) => [task.text, task.done])).toEqual([
      ["끝낸 일", true],
      ["남은 일", false],
    ]);
  });

  it("nest task items under task items as children, skipping plain items", () => {
    const week = weekFrom(["## 할 일", "", "- [ ] 부모", "    - [x] 자식 1", "    - 그냥 메모", "    - [ ] 자식 2"].join("\n"), "w");
    const [parent] = week.bodyTasks;
    expect(parent?.task.children.map((child) => [child.text, child.done])).toEqual([
      ["자식 1", true],
      ["자식 2", false],
    ]);
    expect(parent?.task.children[0]?.id).toBe(`${parent?.task.id}/${hashText("자식 1")}`);
  });

  it("outside any lecture are keyed by their section id, and stay with a lecture in its subsections", () => {
    const week = weekFrom(
      [
        "## Contents",
        "",
        "- (1강) 소개",
        "",
        "## (1강) 소개",
        "",
        "### 복습",
        "",
        "- [ ] 다시 보기",
        "",
        "## 논문 스터디",
        "",
        "- [ ] 논문 읽기",
      ].join("\n"),
      "w",
    );
    expect(week.bodyTasks.map(({ entryId, sectionId, task }) => [entryId, sectionId, task.id])).toEqual([
      ["lecture-1", "복습", `w/lecture-1/${hashText("다시 보기")}`],
      [null, "논문-스터디", `w/논문-스터디/${hashText("논문 읽기")}`],
    ]);
  });

  it("never include the Contents list's own items", () => {
    const week = weekFrom(["## Contents", "", "- (1강) 소개", "    - [ ] 과제", "", "## (1강) 소개"].join("\n"), "w");
    expect(week.bodyTasks).toEqual([]);
    expect(week.parts[0]?.entries[0]?.tasks.map((task) => task.text)).toEqual(["과제"]);
  });

  it("are none in Week 8, whose tasks are all Contents items", () => {
    expect(loadWeek8().bodyTasks).toEqual([]);
  });
});
