import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { hashText } from "@/lib/content/ids";
import { renderWeekBody } from "@/lib/render/process";
import { weekFrom } from "../helpers";

async function html(markdown: string): Promise<string> {
  return toHtml(await renderWeekBody(weekFrom(markdown, "w")));
}

describe("rehypeTaskItems", () => {
  it("turns GFM task items into checkboxes with ids and labels, keeping the author's [x]", async () => {
    const out = await html(["## 할 일", "", "- [x] 끝낸 **일**", "- [ ] 남은 일"].join("\n"));
    const done = JSON.stringify({ id: `w/할-일/${hashText("끝낸 일")}`, done: true, children: [] });
    expect(out).toContain(
      `<li class="task-list-item task-item"><input type="checkbox" id="task-1" class="task-checkbox" disabled checked data-task="${done.replaceAll('"', "&#x22;")}"><label for="task-1">끝낸 <strong>일</strong></label></li>`,
    );
    expect(out).toContain('<label for="task-2">남은 일</label>');
  });

  it("labels the text of a loose item inside its paragraph, and keeps nested lists outside the label", async () => {
    const out = await html(["- [ ] 부모", "", "    - [ ] 자식", ""].join("\n"));
    expect(out).toMatch(/<p><input[^>]+id="task-1"[^>]*><label for="task-1">부모<\/label><\/p>/);
    expect(out).toMatch(/<input[^>]+id="task-2"[^>]*><label for="task-2">자식<\/label>/);
  });

  it("gives a parent the tree of its children", async () => {
    const out = await html(["- [ ] 부모", "    - [x] 자식"].join("\n"));
    const parent = `w/body/${hashText("부모")}`;
    expect(out).toContain(
      JSON.stringify({ id: parent, done: false, children: [{ id: `${parent}/${hashText("자식")}`, done: true, children: [] }] }).replaceAll(
        '"',
        "&#x22;",
      ),
    );
  });

  it("leaves the Contents list's own task items alone", async () => {
    const out = await html(["## Contents", "", "- (1강) 소개", "    - [ ] 과제", "", "## (1강) 소개"].join("\n"));
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" disabled> 과제</li>');
  });
});
