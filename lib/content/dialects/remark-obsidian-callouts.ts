import type { Blockquote, Paragraph, PhrasingContent, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { calloutType, isGithubAlertType } from "../callouts";

// `[!type]`, then `+` (foldable, open) or `-` (foldable, closed), then the title on the same line.
const marker = /^\[!([\p{L}\p{N}_-]+)\]([+-]?)/u;

/**
 * Read Obsidian callouts (help.obsidian.md "Callouts"):
 *
 *     > [!tip]- 접힌 제목
 *     > 본문
 *
 * The marker line leaves the text; the quote keeps its blocks and carries what
 * was read as attributes, named as Obsidian names them in its own HTML, for
 * lib/render/rehype-obsidian-callouts to draw once the HTML is sanitized:
 * `data-callout="tip"`, `data-callout-fold="-"` and, when the author wrote a
 * title, `data-callout-title="custom"` with the title as the first paragraph.
 *
 * GitHub's five alerts keep GitHub's meaning, so a note renders as it does on
 * GitHub whenever GitHub renders it: a top-level `> [!NOTE]` alone on its line
 * (any case) is left to lib/render/rehype-github-alerts, and `> [!NOTE] 글`
 * written in capitals stays a quote, as on GitHub. Any other marker, any case,
 * nested or in a list, is a callout; a type Obsidian does not define is drawn
 * in the fallback style with its name as the title.
 *
 * Hand-written rather than @r4ai/remark-callout: that one builds the final
 * HTML in mdast, which the sanitizer would strip, and knows nothing of GitHub's rules.
 */
const remarkObsidianCallouts: Plugin<[], Root> = function () {
  return function (tree, file) {
    visit(tree, "blockquote", (node, _index, parent) => {
      const callout = readCallout(node, parent?.type === "root");
      if (!callout) return;
      const known = calloutType(callout.type);
      const how = callout.fold === "" ? "a callout" : callout.fold === "-" ? "a folded callout (<details>)" : "an open foldable callout (<details open>)";
      file.info(`Obsidian callout [!${callout.type}]${callout.fold} shown as ${how}${known ? "" : " in the fallback style (a type Obsidian does not define)"}`, {
        place: node.position,
        ruleId: "callout",
        source: "obsidian",
      });
    });
  };
};

/** Mark a quote that is an Obsidian callout (and strip its marker), or return null and leave it as it was. */
function readCallout(quote: Blockquote, topLevel: boolean): { type: string; fold: string } | null {
  const first = quote.children[0];
  const text = first?.type === "paragraph" ? first.children[0] : undefined;
  if (first?.type !== "paragraph" || text?.type !== "text") return null;
  const match = marker.exec(text.value);
  const written = match?.[1];
  if (!match || written === undefined) return null;
  const fold = match[2] ?? "";
  const lineEnd = text.value.indexOf("\n");
  const restOfLine = text.value.slice(match[0].length, lineEnd === -1 ? undefined : lineEnd);
  const type = written.toLowerCase();

  if (isGithubAlertType(type) && fold === "") {
    const aloneOnLine = restOfLine.trim() === "" && (lineEnd !== -1 || first.children.length === 1);
    const hasBody = lineEnd !== -1 || quote.children.length > 1;
    // GitHub's own form: rehype-github-alerts draws it exactly as GitHub does.
    if (topLevel && aloneOnLine && hasBody) return null;
    // `> [!NOTE] 글`: GitHub shows a quote, and a note written for GitHub keeps that.
    if (written === written.toUpperCase()) return null;
  }

  const { title, body } = splitFirstLine(first, match[0].length);
  const hasTitle = title.some((node) => node.type !== "text" || node.value.trim() !== "");
  const blocks = quote.children.slice(1);
  quote.children = [
    ...(hasTitle ? [{ type: "paragraph", children: trimStart(title), position: first.position } satisfies Paragraph] : []),
    ...(body.length > 0 ? [{ ...first, children: body } satisfies Paragraph] : []),
    ...blocks,
  ];
  quote.data = {
    ...quote.data,
    hProperties: {
      ...quote.data?.hProperties,
      dataCallout: type,
      ...(fold === "" ? {} : { dataCalloutFold: fold }),
      ...(hasTitle ? { dataCalloutTitle: "custom" } : {}),
    },
  };
  return { type, fold };
}

/** The first paragraph's inline content after the marker, cut at its first line break: the title line and the rest. */
function splitFirstLine(paragraph: Paragraph, markerLength: number): { title: PhrasingContent[]; body: PhrasingContent[] } {
  const [head, ...others] = paragraph.children;
  const children: PhrasingContent[] = head?.type === "text" ? [{ ...head, value: head.value.slice(markerLength) }, ...others] : others;
  const title: PhrasingContent[] = [];
  for (const [index, child] of children.entries()) {
    if (child.type === "break") return { title, body: children.slice(index + 1) };
    const newline = child.type === "text" ? child.value.indexOf("\n") : -1;
    if (child.type === "text" && newline !== -1) {
      const before = child.value.slice(0, newline);
      const after = child.value.slice(newline + 1);
      if (before !== "") title.push({ ...child, value: before });
      const rest = children.slice(index + 1);
      return { title, body: after === "" ? rest : [{ ...child, value: after }, ...rest] };
    }
    title.push(child);
  }
  return { title, body: [] };
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const [head, ...rest] = nodes;
  return head?.type === "text" ? [{ ...head, value: head.value.trimStart() }, ...rest] : nodes;
}

export default remarkObsidianCallouts;
