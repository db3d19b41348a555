import { flatIndex } from "../helpers";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { ContentError, ContentErrors } from "@/lib/content/errors";
import { parseWeek } from "@/lib/content/load";
import { normalizeSource } from "@/lib/content/source";
import type { Week, WeekSlug } from "@/lib/content/types";
import { renderWeekBody } from "@/lib/render/process";

const encoder = new TextEncoder();

/** A generated note read as the loader reads a file: bytes, UTF-8 check, NFC, LF. */
export function readGenerated(text: string, slug = "fuzz"): Week {
  const file = `content/${slug}.md`;
  return parseWeek(normalizeSource(encoder.encode(text), file), file, slug as WeekSlug).week;
}

/** A rendered note: its body tree, HTML and everything a reader gets as text. */
export type Rendered = { tree: Root; html: string; readerText: string };

/** Render a week's body; the reader's text is the title, the body's text and every image's alt, NFC. */
export async function renderGenerated(week: Week): Promise<Rendered> {
  const tree = await renderWeekBody(week, { index: flatIndex([week.slug]) });
  const alts: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (typeof node.properties.alt === "string") alts.push(node.properties.alt);
  });
  const readerText = [week.title, toString(tree), ...alts].join("\n").normalize("NFC");
  return { tree, html: toHtml(tree), readerText };
}

/** Whether an error is one of ours, a located content problem rather than a crash. */
export function isContentProblem(error: unknown): boolean {
  return error instanceof ContentError || error instanceof ContentErrors;
}

/** Every `id` in the tree, duplicates kept. */
export function ids(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (typeof node.properties.id === "string") found.push(node.properties.id);
  });
  return found;
}

// Browsers drop ASCII whitespace and control characters inside a scheme (`java\tscript:`).
const scriptUrl = /^(?:javascript|vbscript|data:text\/html)/iu;

const urlProperties = new Set(["href", "src", "srcSet", "action", "formAction", "xLinkHref", "poster", "cite", "data", "background", "ping"]);

/** Attributes that could run script: event handlers, and URLs with a script scheme. */
export function unsafeAttributes(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, "element", (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/iu.test(name)) found.push(`<${node.tagName} ${name}>`);
      if (!urlProperties.has(name)) continue;
      const values = Array.isArray(value) ? value : [value];
      for (const item of values) {
        if (typeof item !== "string") continue;
        const squeezed = item.replace(/[\u0000-\u0020]/gu, "");
        if (scriptUrl.test(squeezed)) found.push(`<${node.tagName} ${name}="${item}">`);
      }
    }
  });
  return found;
}
