import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { sectionIds } from "@/lib/content/section-summary";
import { sectionPagePath } from "@/lib/urls";
import { renderWeekBody } from "@/lib/render/process";
import { loadWeek8 } from "../helpers";

/**
 * The copy menu (components/share/CopyLinkHandler) offers a preview-page URL
 * for the heading buttons whose id is one of sectionIds(week): the ids the
 * section pages are generated for. These pin that the two agree on Week 8.
 */
describe("copy menu: which headings get a preview-page link", () => {
  const week = loadWeek8();

  it("every lecture heading's button names a section that has a page; Contents and Course do not", async () => {
    const tree = await renderWeekBody(week);
    const buttonIds: string[] = [];
    visit(tree, "element", (node: Element) => {
      const id = node.properties.dataCopyId;
      if (node.tagName === "button" && typeof id === "string") buttonIds.push(id);
    });
    const pages = new Set(sectionIds(week));
    const withPage = buttonIds.filter((id) => pages.has(id));
    expect(withPage).toEqual(expect.arrayContaining(["lecture-2", "lecture-3", "lecture-7", "special-1", "논문-스터디---about-diffusion-model"]));
    expect(buttonIds.filter((id) => !pages.has(id))).toEqual(["contents", "course"]);
  });

  it("builds the preview URL the section route answers, Korean ids percent-encoded", () => {
    expect(sectionPagePath(week.slug, "lecture-2")).toBe("/weeks/week-08/lecture-2");
    expect(sectionPagePath(week.slug, "논문-스터디---about-diffusion-model")).toBe(
      `/weeks/week-08/${encodeURIComponent("논문-스터디---about-diffusion-model")}`,
    );
  });
});
