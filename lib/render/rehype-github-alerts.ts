import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { calloutTypes } from "../content/callouts";
import { calloutIcon } from "./callout-icons";

/** The five alert kinds GitHub renders, with the Korean title each gets (from the one callout table, lib/content/callouts). */
export const alertTitles = {
  note: calloutTypes.note.title,
  tip: calloutTypes.tip.title,
  important: calloutTypes.important.title,
  warning: calloutTypes.warning.title,
  caution: calloutTypes.caution.title,
} as const;

export type AlertKind = keyof typeof alertTitles;

// The marker must stand alone on the first line of the quote, as on GitHub (any letter case).
const marker = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/iu;

/**
 * Turn GitHub alerts into callouts that assistive tech announces:
 *
 *     > [!WARNING]
 *     > 모델을 지우기 전에 백업하세요.
 *
 * becomes `<aside class="markdown-alert markdown-alert-warning" role="note" aria-label="경고">`
 * holding a title (icon + "경고") and the quote's content.
 *
 * As on GitHub, only a top-level quote whose first line is exactly the marker
 * counts; `> [!NOTE] 같은 줄의 글`, an unknown kind, a nested quote or a quote
 * with nothing but the marker stays a blockquote.
 * Runs right after sanitizing (the icon is ours) and before plugins that wrap the body.
 */
const rehypeGithubAlerts: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "blockquote") return;
      if (parent?.type !== "root" || index === undefined) return SKIP;
      const alert = toAlert(node);
      if (alert) parent.children.splice(index, 1, alert);
      return SKIP;
    });
  };
};

/** The callout for a quote that is an alert, or null. */
function toAlert(quote: Element): Element | null {
  const first = quote.children.find((child) => child.type === "element");
  const text = first?.tagName === "p" ? first.children[0] : undefined;
  if (!first || text?.type !== "text") return null;
  const match = marker.exec(text.value);
  const kind = match ? alertKind(match[1]) : null;
  if (!match || !kind) return null;

  const rest = text.value.slice(match[0].length);
  const restOfParagraph: ElementContent[] = rest === "" ? first.children.slice(1) : [{ ...text, value: rest }, ...first.children.slice(1)];
  const body = quote.children.flatMap((child): ElementContent[] => {
    if (child !== first) return [child];
    return restOfParagraph.length > 0 ? [{ ...first, children: restOfParagraph }] : [];
  });
  if (!body.some((child) => child.type === "element")) return null;

  const title = alertTitles[kind];
  const aside = h("aside", { className: ["markdown-alert", `markdown-alert-${kind}`], role: "note", ariaLabel: title }, [
    h("p", { className: ["markdown-alert-title"] }, [calloutIcon(kind, "markdown-alert-icon"), title]),
    ...body,
  ]);
  if (quote.position) aside.position = quote.position;
  return aside;
}

function alertKind(name: string | undefined): AlertKind | null {
  const kind = name?.toLowerCase();
  return kind !== undefined && isAlertKind(kind) ? kind : null;
}

function isAlertKind(name: string): name is AlertKind {
  return Object.hasOwn(alertTitles, name);
}

export default rehypeGithubAlerts;
