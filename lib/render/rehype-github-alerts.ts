import type { Element, ElementContent, Root } from "hast";
import { h, s } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

/** The five alert kinds GitHub renders, with the Korean title each gets. */
export const alertTitles = {
  note: "참고",
  tip: "팁",
  important: "중요",
  warning: "경고",
  caution: "주의",
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
    h("p", { className: ["markdown-alert-title"] }, [icon(kind), title]),
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

/** Small line icons (ours, 16×16): info, bulb, speech bubble, triangle, octagon. */
const iconPaths: Record<AlertKind, string[]> = {
  note: ["M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z", "M8 7.25v4", "M8 4.75v.01"],
  tip: ["M5.5 10.5a4.25 4.25 0 1 1 5 0c-.6.45-.75.95-.75 1.5h-3.5c0-.55-.15-1.05-.75-1.5Z", "M6.5 14.25h3"],
  important: ["M2.25 2.75h11.5v8.5H8.5L5.25 14v-2.75h-3Z", "M8 4.75v3.5", "M8 9.75v.01"],
  warning: ["M8 1.75 14.75 13.5H1.25Z", "M8 6v3.5", "M8 11.25v.01"],
  caution: ["M5.3 1.75h5.4l3.55 3.55v5.4l-3.55 3.55H5.3L1.75 10.7V5.3Z", "M8 4.75v3.75", "M8 10.75v.01"],
};

function icon(kind: AlertKind): Element {
  return s(
    "svg",
    {
      className: ["markdown-alert-icon"],
      viewBox: "0 0 16 16",
      width: 16,
      height: 16,
      fill: "none",
      stroke: "currentColor",
      strokeWidth: 1.5,
      strokeLinecap: "round",
      strokeLinejoin: "round",
      ariaHidden: "true",
      focusable: "false",
    },
    iconPaths[kind].map((d) => s("path", { d })),
  );
}

export default rehypeGithubAlerts;
