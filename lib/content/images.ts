import type { Element, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Html, Image, Nodes, Parents, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Point } from "unist";
import { visitParents } from "unist-util-visit-parents";
import { parseLabel } from "./labels";
import type { NoteImage, Section } from "./types";

/** An image as found in the source, before it is placed in its section. */
type Found = Omit<NoteImage, "sectionId" | "index" | "generatedAlt" | "local">;

/**
 * Every image of a note, whatever its form (`![alt](src)`, raw `<img>` in HTML
 * blocks or inline), in source order, grouped by the section it stands in,
 * with a generated alt such as `(5강,6강) 이미지 2` where the author gave none.
 */
export function collectImages(tree: Root, sections: readonly Section[]): NoteImage[] {
  const found: Found[] = [];
  visitParents(tree, (node, ancestors) => {
    if (node.type === "image") found.push({ ...fromMarkdown(node, captionAbove(node, ancestors)), centered: alignedCenter(ancestors) });
    else if (node.type === "html") found.push(...fromRawHtml(node, captionAbove(node, ancestors)));
  });
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  const countBySection = new Map<string | null, number>();
  return found.map((image) => {
    const section = sectionAt(sections, image.line, image.column);
    const sectionId = section?.id ?? null;
    const index = (countBySection.get(sectionId) ?? 0) + 1;
    countBySection.set(sectionId, index);
    const where = section ? (parseLabel(section.title).label?.text ?? section.title) : "노트";
    return { ...image, sectionId, index, generatedAlt: `${where} 이미지 ${index}` };
  });
}

/** A Markdown image in a block the author centred (kramdown's `{: .align-center}` sets the block's `align`). */
function alignedCenter(ancestors: readonly Parents[]): boolean {
  return ancestors.some((ancestor) => String(ancestor.data?.hProperties?.align ?? "").toLowerCase() === "center");
}

function fromMarkdown(node: Image, caption: string | null): Found {
  const start = node.position?.start;
  return {
    src: node.url,
    // Markdown cannot say "decorative": `![](src)` is an image the author did not describe.
    alt: node.alt ? node.alt : null,
    title: node.title ?? null,
    // Set by readers of sized image syntax (Obsidian's `![[그림.png|300x200]]`).
    width: dimension(node.data?.hProperties?.width),
    height: dimension(node.data?.hProperties?.height),
    centered: false,
    line: start?.line ?? 0,
    column: start?.column ?? 0,
    caption: node.title ?? (node.alt ? null : caption),
  };
}

function dimension(value: unknown): string | null {
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

function fromRawHtml(node: Html, caption: string | null): Found[] {
  if (!/<img\b/iu.test(node.value)) return [];
  const fragment: HastRoot = fromHtml(node.value, { fragment: true });
  const start = node.position?.start;
  const images: Found[] = [];
  visitParents(fragment, "element", (element: Element, ancestors) => {
    if (element.tagName !== "img") return;
    const at = absolute(start, element.position?.start);
    const property = (name: string) => {
      const value = element.properties[name];
      return value === undefined || value === null ? null : String(value);
    };
    const centered = [element, ...ancestors].some(
      (ancestor) => ancestor.type === "element" && String(ancestor.properties.align ?? "").toLowerCase() === "center",
    );
    images.push({
      src: property("src") ?? "",
      alt: property("alt"),
      title: property("title"),
      width: property("width"),
      height: property("height"),
      centered,
      line: at.line,
      column: at.column,
      caption: property("title") ?? (property("alt") ? null : caption),
    });
  });
  return images;
}

/** A position inside an HTML node's value, as a position in the file. */
function absolute(base: Point | undefined, inner: Point | undefined): { line: number; column: number } {
  if (!base || !inner) return { line: base?.line ?? 0, column: base?.column ?? 0 };
  return inner.line === 1
    ? { line: base.line, column: base.column + inner.column - 1 }
    : { line: base.line + inner.line - 1, column: inner.column };
}

/**
 * A caption the author wrote right above the image: the short lead text of the
 * list item it sits in ("실습 결과"), or a short line ending in a colon
 * ("실행 결과:") just before it.
 */
function captionAbove(node: Nodes, ancestors: readonly Parents[]): string | null {
  const parent = ancestors.at(-1);
  if (!parent) return null;
  const container = parent.type === "paragraph" ? ancestors.at(-2) : parent;
  const self = parent.type === "paragraph" ? parent : node;
  if (!container || !("children" in container)) return null;
  const siblings: readonly Nodes[] = container.children;
  const before = siblings.slice(0, siblings.indexOf(self)).filter((sibling) => sibling.type === "paragraph");
  const previous = before.at(-1);
  if (!previous) return null;
  const text = toString(previous).replace(/\s+/gu, " ").trim();
  const isLead = container.type === "listItem" && siblings.indexOf(previous) === 0;
  if (text.length === 0 || text.length > 60) return null;
  return isLead || /[:：]$/u.test(text) ? text.replace(/\s*[:：]$/u, "") : null;
}

function sectionAt(sections: readonly Section[], line: number, column: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    const start = section.position?.start;
    if (!start || start.line > line || (start.line === line && start.column > column)) break;
    found = section;
  }
  return found;
}
