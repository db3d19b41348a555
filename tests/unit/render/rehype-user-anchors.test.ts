import type { Root } from "hast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeUserAnchors from "@/lib/render/rehype-user-anchors";
import { elements, sanitizedHast } from "./parity-helpers";

function run(markdown: string): Root {
  return unified().use(rehypeUserAnchors).runSync(sanitizedHast(markdown));
}

function hrefs(tree: Root): unknown[] {
  return elements(tree, "a")
    .filter((a) => a.properties.href !== undefined)
    .map((a) => a.properties.href);
}

describe("rehypeUserAnchors", () => {
  it('points [x](#top) at the author\'s <a name="top">, which the sanitizer renamed', () => {
    const tree = run('<a name="top"></a>\n\n[위로](#top)\n');
    expect(elements(tree, "a")[0]?.properties.name).toBe("user-content-top");
    expect(hrefs(tree)).toEqual(["#user-content-top"]);
  });

  it("does the same for an author's id, also with a Korean, percent-encoded hash", () => {
    const tree = run('<div id="요약">요약</div>\n\n[요약으로](#%EC%9A%94%EC%95%BD) [또](#요약)\n');
    expect(hrefs(tree)).toEqual(["#user-content-요약", "#user-content-요약"]);
  });

  it("leaves links to public ids and to unknown anchors alone", () => {
    const tree = sanitizedHast('<a name="intro"></a>\n\n## Intro\n\n[a](#intro) [b](#nowhere) [c](#)\n');
    // A heading id (set before this plugin by rehype-section-ids) wins over the author's anchor.
    const [heading] = elements(tree, "h2");
    if (heading) heading.properties.id = "intro";
    expect(hrefs(unified().use(rehypeUserAnchors).runSync(tree))).toEqual(["#intro", "#nowhere", "#"]);
  });

  it("keeps an id the author wrote twice on the first element only, and the text of both", () => {
    const tree = run('<a name="top" id="top">처음</a> [위로](#top)\n\n<a name="top" id="top">다시</a> [위로](#top)\n');
    const anchors = elements(tree, "a").filter((a) => a.properties.href === undefined);
    expect(anchors.map((a) => [a.properties.id, a.properties.name])).toEqual([
      ["user-content-top", "user-content-top"],
      [undefined, "user-content-top"],
    ]);
    expect(hrefs(tree)).toEqual(["#user-content-top", "#user-content-top"]);
  });
});
