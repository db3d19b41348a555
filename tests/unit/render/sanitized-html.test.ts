import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { ComponentProps } from "react";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { NoteBody } from "@/components/note/NoteBody";
import { type NoteHtml, renderNoteHtml } from "@/lib/render/process";
import type { SanitizedHtml } from "@/lib/render/sanitized-html";
import { flatIndex, loadNote, projectPath } from "../helpers";

/**
 * The note body is the one place the site inserts HTML (issue #21,
 * ARCHITECTURE "Safety"): only the pipeline's output may reach it. These tests
 * fail when anything else can: a plain string at the type level, another
 * `dangerouslySetInnerHTML` or a SanitizedHtml made outside lib/render/process.ts
 * in the source, or a hostile note whose HTML string holds anything that runs.
 */

/** Every TypeScript source of the site (not tests, not tools): what ships. */
function siteSources(): { file: string; text: string }[] {
  return ["app", "components", "lib"].flatMap((folder) =>
    readdirSync(projectPath(folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|tsx|mts)$/u.test(entry.name))
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { file: path.relative(projectPath("."), file).split(path.sep).join("/"), text: readFileSync(file, "utf8") };
      }),
  );
}

describe("the note body component takes only the pipeline's HTML", () => {
  it("does not accept a plain string (type level)", () => {
    expectTypeOf<ComponentProps<typeof NoteBody>["html"]>().toEqualTypeOf<SanitizedHtml>();
    expectTypeOf<string>().not.toExtend<SanitizedHtml>();
    expectTypeOf<NoteHtml["html"]>().toEqualTypeOf<SanitizedHtml>();
  });

  it("inserts HTML only there, and in the two boot scripts of the layout and the course tree", () => {
    const inserting = siteSources()
      .filter(({ text }) => text.includes("dangerouslySetInnerHTML"))
      .map(({ file }) => file)
      .sort();
    expect(inserting).toEqual(["app/layout.tsx", "components/course/OpenLastReadFold.tsx", "components/note/NoteBody.tsx"]);
  });

  it("makes a SanitizedHtml only in lib/render/process.ts, and renders NoteBody only from the week page", () => {
    const branding = siteSources()
      .filter(({ text }) => /as\s+SanitizedHtml\b/u.test(text))
      .map(({ file }) => file);
    expect(branding).toEqual(["lib/render/process.ts"]);
    const rendering = siteSources()
      .filter(({ text }) => text.includes("<NoteBody"))
      .map(({ file }) => file);
    expect(rendering).toEqual(["app/weeks/[slug]/page.tsx"]);
  });

  it("writes innerHTML only where the mermaid island puts mermaid's own SVG", () => {
    const writing = siteSources()
      .filter(({ text }) => /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|createContextualFragment|document\.write/u.test(text))
      .map(({ file }) => file);
    expect(writing).toEqual(["components/note/MermaidDiagram.tsx"]);
  });
});

describe("renderNoteHtml: the hostile note as the page receives it", () => {
  let note: NoteHtml;
  beforeAll(async () => {
    note = await renderNoteHtml(loadNote("tests/fixtures/site/hostile.md"), { index: flatIndex(["hostile", "week-08"]) });
  });

  it("parses (as the browser parses it) to no script, handler, frame, form, style element or script URL", () => {
    const found: string[] = [];
    visit(fromHtml(note.html, { fragment: true }), "element", (node: Element) => {
      if (["script", "iframe", "object", "embed", "form", "style", "base", "meta", "link", "frame"].includes(node.tagName))
        found.push(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/iu.test(name)) found.push(`${node.tagName} ${name}`);
        const url = (Array.isArray(value) ? value.join(" ") : String(value)).replace(/[\s\u0000-\u001f]/gu, "").toLowerCase();
        if (["href", "src", "action", "formAction", "xLinkHref"].includes(name) && /^(?:javascript|vbscript|data:text\/html)/u.test(url))
          found.push(`${node.tagName} ${name}=${url}`);
      }
    });
    expect(found).toEqual([]);
  });

  it("still says what the note says", () => {
    expect(note.html).toContain("user-content-__xss");
    expect(note.math).toBe(false);
  });
});
