import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { projectPath } from "../helpers";

/**
 * The layer rules of eslint.config.mjs (eslint-rules/layers.mjs), run the way
 * `npm run lint` runs them, on imports written into files that do not exist:
 * each wrong import fails with a message naming the layer, each right one passes.
 */

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: projectPath(".") });
});

/** The layer rule messages of `code` linted as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: projectPath(filePath) });
  const layerRules = new Set(["no-restricted-imports", "no-restricted-syntax", "layers/client-imports"]);
  return (result?.messages ?? []).filter((message) => message.ruleId !== null && layerRules.has(message.ruleId)).map((message) => message.message);
}

describe("the layer rules", { timeout: 60_000 }, () => {
  it("keep lib/content off lib/render, by alias and by relative path", async () => {
    for (const specifier of ["@/lib/render/process", "../render/process"]) {
      const errors = await layerErrors(
        "lib/content/layer-probe.ts",
        `import { renderNoteHtml } from "${specifier}";\nexport const render = renderNoteHtml;\n`,
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("lib/content is the content layer (read, parse, model): it may not import lib/render");
    }
    const nested = await layerErrors(
      "lib/content/dialects/layer-probe.ts",
      'import { renderNoteHtml } from "../../render/process";\nexport const render = renderNoteHtml;\n',
    );
    expect(nested[0]).toContain("lib/content is the content layer");
  });

  it("keep lib/ off components/ and app/", async () => {
    const errors = await layerErrors(
      "lib/site/layer-probe.ts",
      'import { NoteBody } from "@/components/note/NoteBody";\nexport const body = NoteBody;\n',
    );
    expect(errors).toEqual([expect.stringContaining("lib/ is below components/ and app/: it may not import React components or routes")]);
  });

  it("let only app/ load content: a component importing the loader fails, its types pass", async () => {
    const loading = await layerErrors(
      "components/note/LayerProbe.tsx",
      'import { getAllWeeks } from "@/lib/content";\nexport const weeks = getAllWeeks;\n',
    );
    expect(loading).toEqual([expect.stringContaining("components/ gets the notes from its route: only app/ loads content")]);
    expect(await layerErrors("components/note/LayerProbe.tsx", 'import type { Week } from "@/lib/content";\nexport type Note = Week;\n')).toEqual([]);
    expect(
      await layerErrors("app/layer-probe/page.tsx", 'import { getAllWeeks } from "@/lib/content";\nexport const weeks = getAllWeeks;\n'),
    ).toEqual([]);
  });

  it('keep a "use client" file off lib/content, lib/render and Node, directly or through a server module', async () => {
    const client = (line: string) => `"use client";\n\n${line}\nexport const probe = 1;\n`;
    const message = '"use client" files run in the browser: they may not import lib/content, lib/render, node:* or fs';
    const direct = await layerErrors("components/share/LayerProbe.tsx", client('import { sectionIds } from "@/lib/content/section-summary";'));
    expect(direct).toEqual([expect.stringContaining(message)]);
    expect(direct[0]).toContain("imports lib/content/section-summary.ts");
    expect(await layerErrors("components/share/LayerProbe.tsx", client('import { renderNoteHtml } from "@/lib/render/process";'))).toEqual([
      expect.stringContaining(message),
    ]);
    expect(await layerErrors("components/share/LayerProbe.tsx", client('import { readFileSync } from "node:fs";'))).toEqual([
      expect.stringContaining(message),
    ]);
    expect(await layerErrors("components/share/LayerProbe.tsx", client('import { readFileSync } from "fs";'))).toEqual([
      expect.stringContaining(message),
    ]);
    // FolderPage is a server component that reads lib/content: importing it would ship that to the browser.
    const through = await layerErrors("components/share/LayerProbe.tsx", client('import { trailLinks } from "@/components/course/FolderPage";'));
    expect(through).toEqual([expect.stringContaining("through components/course/FolderPage.tsx")]);
  });

  it('let a "use client" file use the dependency-free contracts and content types', async () => {
    const code =
      '"use client";\n\nimport type { Week } from "@/lib/content/types";\nimport { NOTE_DOM } from "@/lib/dom-contract";\nimport { sectionHref } from "@/lib/urls";\nexport const probe = [NOTE_DOM.copyLink, sectionHref("week-08")];\nexport type Probe = Week;\n';
    expect(await layerErrors("components/share/LayerProbe.tsx", code)).toEqual([]);
  });

  it("keep the contract modules free of imports", async () => {
    const errors = await layerErrors("lib/urls.ts", 'import { weekStats } from "./content/stats";\nexport const stats = weekStats;\n');
    expect(errors).toEqual([expect.stringContaining("A contract module imports nothing")]);
  });
});
