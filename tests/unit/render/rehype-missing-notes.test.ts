import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { loadWeek8, weekFrom } from "../helpers";

function topLevelHeadingIds(tree: Root): string[] {
  const ids: string[] = [];
  for (const node of tree.children) {
    if (node.type !== "element") continue;
    const heading = node.tagName === "section" ? node.children.find((child): child is Element => child.type === "element") : node;
    if (heading && /^h[1-6]$/u.test(heading.tagName)) ids.push(String(heading.properties.id));
  }
  return ids;
}

describe("rehypeMissingNotes", () => {
  it("places Week 8's lectures without notes after (5강,6강), before 논문 스터디, in Contents order", async () => {
    const tree = await renderWeekBody(loadWeek8());
    expect(topLevelHeadingIds(tree)).toEqual([
      "contents",
      "course",
      "lecture-1",
      "lecture-2",
      "lecture-3",
      "lecture-4",
      "lecture-5",
      "lecture-7",
      "lecture-8",
      "lecture-9",
      "special-1",
      "special-2",
      "special-3",
      "special-4",
      "special-5",
      "논문-스터디---about-diffusion-model",
    ]);
  });

  it("gives a placeholder the entry's label, title, speaker, a hint and its tasks", async () => {
    const week = weekFrom(
      ["## Contents", "", "- (1강) 소개", "- (2강) 서빙", "    - 문서 읽기", "    - 정리하기", "", "### (1강) 소개", "", "본문"].join("\n"),
    );
    const tree = await renderWeekBody(week);
    const placeholder = tree.children.at(-1);
    expect(placeholder?.type === "element" && placeholder.properties.dataEntry).toBe("lecture-2");
    expect(placeholder && toString(placeholder)).toBe("(2강) 서빙아직 정리된 노트가 없습니다.문서 읽기정리하기");
  });

  it("puts entries before the first section with notes at the end when nothing precedes them", async () => {
    const week = weekFrom(["## Contents", "", "- (1강) 소개", "- (2강) 서빙", "", "## (2강) 서빙", "", "본문"].join("\n"));
    const ids = topLevelHeadingIds(await renderWeekBody(week));
    expect(ids).toEqual(["contents", "lecture-2", "lecture-1"]);
  });

  it("adds nothing when every entry has notes", async () => {
    const week = weekFrom(["## Contents", "", "- (1강) 소개", "", "## (1강) 소개", "", "본문"].join("\n"));
    expect(topLevelHeadingIds(await renderWeekBody(week))).toEqual(["contents", "lecture-1"]);
  });
});
