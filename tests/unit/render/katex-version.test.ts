import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Element } from "hast";
import { visitParents } from "unist-util-visit-parents";
import { describe, expect, it } from "vitest";
import { classList, hasClass } from "@/lib/render/hast-class";
import { katexStylesheetHref, katexVersion } from "@/lib/render/katex-assets";
import { renderWeekBody } from "@/lib/render/process";
import { projectPath, weekFrom } from "../helpers";

/**
 * The HTML of a formula comes from the katex that rehype-katex resolves; its stylesheet and
 * fonts come from the project's own `node_modules/katex` (app/katex/[version]/[...file]).
 * KaTeX renames layout classes between versions (0.19 writes `katex-base` where 0.16 wrote
 * `base`), so two versions would leave formulas unstyled without any error.
 */
const requireFromProject = createRequire(projectPath("package.json"));
const requireFromRehypeKatex = createRequire(requireFromProject.resolve("rehype-katex"));

function versionOf(packageJson: string): string {
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  return version;
}

const renderingVersion = versionOf(requireFromRehypeKatex.resolve("katex/package.json"));
const servedVersion = versionOf(projectPath("node_modules/katex/package.json"));

/** Classes KaTeX puts on atoms for its own spacing logic; its stylesheet has no rule for them. */
const UNSTYLED_ATOM_CLASSES = new Set(["mord", "mbin", "mrel", "mopen", "mclose", "mpunct", "mop", "minner", "mtight"]);

describe("KaTeX from one version", () => {
  it("renders formulas with the katex whose stylesheet and fonts are served", () => {
    expect(
      renderingVersion,
      `rehype-katex renders with katex@${renderingVersion}, but /katex/${servedVersion}/ serves the stylesheet of katex@${servedVersion}: declare katex in package.json at the version rehype-katex depends on`,
    ).toBe(servedVersion);
    expect(katexVersion, `the stylesheet link (${katexStylesheetHref}) names another version than the files it serves`).toBe(servedVersion);
  });

  it("has a rule in the served stylesheet for every layout class a rendered formula uses", async () => {
    const css = readFileSync(projectPath("node_modules/katex/dist/katex.min.css"), "utf8");
    const styled = new Set(Array.from(css.matchAll(/\.([A-Za-z_-][\w-]*)/gu), (match) => match[1]));
    const formulas = [
      "$e^{i\\pi} + 1 = 0$",
      "$\\mathrm{softmax}(QK^T/\\sqrt{d_k})$",
      "$$\n\\sum_{i=1}^{n} \\frac{x_i}{n}\n$$",
      "$$\n\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}\n$$",
    ];
    const tree = await renderWeekBody(weekFrom(formulas.join("\n\n")));
    const used = new Set<string>();
    visitParents(tree, "element", (node: Element, ancestors) => {
      if (!hasClass(node, "katex") && !ancestors.some((ancestor) => ancestor.type === "element" && hasClass(ancestor, "katex"))) return;
      for (const name of classList(node)) used.add(String(name));
    });
    expect(used).toContain("katex-html");
    const unstyled = [...used].filter((name) => !UNSTYLED_ATOM_CLASSES.has(name) && !styled.has(name));
    expect(unstyled, `classes of katex@${renderingVersion}'s HTML that katex@${servedVersion}'s stylesheet does not style`).toEqual([]);
  });
});
