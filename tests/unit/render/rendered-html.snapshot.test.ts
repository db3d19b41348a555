import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedWeeks, loadWeeksFrom } from "@/lib/content/load";
import type { Week } from "@/lib/content/types";
import { renderNoteHtml } from "@/lib/render/process";
import { projectPath } from "../helpers";

/**
 * The note body HTML the week page inserts (renderNoteHtml, as app/weeks/[slug]/page.tsx
 * calls it), one file per fixture note: any change of the pipeline's output is reviewed
 * as a diff of these files. `npx vitest run tests/unit/render/rendered-html.snapshot.test.ts -u`
 * writes them again after an intended change.
 */
const SITE = "tests/fixtures/site";

/** The notes at the top of the fixture site and the front matter dialects (frontmatter/). */
const snapshotted = (week: Week) => !week.path.includes("/") || week.path.startsWith("frontmatter/");

const loaded: LoadedWeeks = loadWeeksFrom(projectPath(SITE), { includeDrafts: false });
const notes = loaded.weeks.filter(snapshotted);
const render = (week: Week) => renderNoteHtml(week, { index: loaded.index, files: loaded.files });

/** The HTML string with each top-level element on a line of its own, so a diff shows which block changed. */
function blockLines(html: string): string {
  const lines = fromHtml(html, { fragment: true }).children.map((node) => toHtml(node));
  // The lines are the string itself, cut: nothing is re-encoded on the way.
  expect(lines.join("")).toBe(html);
  return lines.join("\n");
}

describe("rendered HTML of the fixture notes", () => {
  beforeAll(async () => {
    // Shiki 4.6 colours an HTML block's embedded <script> differently the first time it
    // highlights one with two themes (the closing tag's light colour); rendering every
    // note once first keeps the files independent of which test runs first.
    for (const week of notes) await render(week);
  }, 120_000);

  it("covers the top-level and front matter notes", () => {
    expect(notes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(notes.map((week) => [week.path, week] as const))("%s", async (file, week) => {
    const { html, math, mermaid } = await render(week);
    expect(String(html)).not.toContain(projectPath("."));
    const header = `<!-- ${SITE}/${file} rendered by renderNoteHtml; math: ${String(math)}, mermaid: ${String(mermaid)} -->\n`;
    await expect(`${header}${blockLines(String(html))}\n`).toMatchFileSnapshot(`./__snapshots__/rendered-html/${file.replace(/\.md$/u, ".html")}`);
  });
});
