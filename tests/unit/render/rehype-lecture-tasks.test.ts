import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { parseTaskNodes } from "@/lib/tasks/tree";
import { loadWeek8, weekFrom } from "../helpers";

function panels(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.properties.dataLectureTasks !== undefined) found.push(node);
  });
  return found;
}

function elements(node: Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(node, "element", (child: Element) => {
    if (child.tagName === tagName) found.push(child);
  });
  return found;
}

describe("rehypeLectureTasks", () => {
  it("puts Week 8's 4/2/4/3 tasks in the sections of lectures 2 to 5, right after the heading", async () => {
    const tree = await renderWeekBody(loadWeek8());
    const found = panels(tree);
    expect(found.map((panel) => [panel.properties.dataLectureTasks, elements(panel, "input").length])).toEqual([
      ["lecture-2", 4],
      ["lecture-3", 2],
      ["lecture-4", 4],
      ["lecture-5", 3],
    ]);
    const heading = tree.children.findIndex((node) => node.type === "element" && node.properties.id === "lecture-2");
    const next = tree.children.slice(heading + 1).find((node) => node.type === "element");
    expect(next).toBe(found[0]);
    expect(found[0]?.properties.dataLabel).toBe("(2강) MLOPs 개론 진행률");
    const tasks = parseTaskNodes(String(found[0]?.properties.dataTasks));
    expect(tasks?.map((task) => task.id.startsWith("week-08/lecture-2/"))).toEqual([true, true, true, true]);
  });

  it("renders each task as a disabled checkbox named by a label holding the item's inline Markdown", async () => {
    const week = weekFrom(
      ["## Contents", "", "- (1강) 소개", "    - **문서** [읽기](https://example.com)", "", "## (1강) 소개", "", "본문"].join("\n"),
    );
    const [panel] = panels(await renderWeekBody(week));
    const html = panel ? toHtml(panel) : "";
    expect(html).toMatch(
      /<input type="checkbox" id="task-1" class="task-checkbox" disabled checked=false|<input type="checkbox" id="task-1" class="task-checkbox" disabled/,
    );
    expect(html).toContain('<label for="task-1"><strong>문서</strong> <a href="https://example.com" rel="noopener noreferrer">읽기</a></label>');
  });

  it("nests child tasks under their parent and gives every checkbox a unique id", async () => {
    const week = weekFrom(
      ["## Contents", "", "- (1강) 소개", "    - 부모", "        - 자식 1", "        - 자식 2", "", "## Task 1", "", "## (1강) 소개"].join("\n"),
    );
    const [panel] = panels(await renderWeekBody(week));
    const ids = panel ? elements(panel, "input").map((input) => input.properties.id) : [];
    expect(ids).toEqual(["task-2", "task-3", "task-4"]);
    expect(panel && toString(panel)).toBe("부모자식 1자식 2");
  });

  it("places the tasks of a lecture without notes below the placeholder's hint", async () => {
    const week = weekFrom(["## Contents", "", "- (1강) 소개", "- (2강) 서빙", "    - 문서 읽기", "", "### (1강) 소개", "", "본문"].join("\n"));
    const placeholder = (await renderWeekBody(week)).children.at(-1);
    const kids = placeholder?.type === "element" ? placeholder.children.filter((node): node is Element => node.type === "element") : [];
    expect(kids.map((node) => node.tagName)).toEqual(["h3", "p", "div"]);
    expect(kids[2]?.properties.dataLectureTasks).toBe("lecture-2");
  });

  it("gives each entry of a combined heading its own panel, in Contents order", async () => {
    const week = weekFrom(["## Contents", "", "- (5강) 가", "    - 하나", "- (6강) 나", "    - 둘", "", "## (5강,6강) 가와 나"].join("\n"));
    expect(panels(await renderWeekBody(week)).map((panel) => panel.properties.dataLectureTasks)).toEqual(["lecture-5", "lecture-6"]);
  });
});
