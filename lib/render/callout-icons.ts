import type { Element } from "hast";
import { s } from "hastscript";
import type { CalloutKind } from "../content/callouts";

/**
 * Small line icons (ours, 16×16, drawn with `currentColor`), one per callout
 * kind of lib/content/callouts; GitHub's five alerts use the same ones.
 */
const iconPaths: Record<CalloutKind, string[]> = {
  note: ["M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z", "M8 7.25v4", "M8 4.75v.01"],
  abstract: ["M3.25 2.75h9.5v10.5h-9.5Z", "M5.5 5.75h5", "M5.5 8h5", "M5.5 10.25h3"],
  info: ["M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z", "M8 7.25v4", "M8 4.75v.01"],
  todo: ["M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z", "M5.5 8.25 7.25 10l3.25-3.75"],
  tip: ["M5.5 10.5a4.25 4.25 0 1 1 5 0c-.6.45-.75.95-.75 1.5h-3.5c0-.55-.15-1.05-.75-1.5Z", "M6.5 14.25h3"],
  important: ["M2.25 2.75h11.5v8.5H8.5L5.25 14v-2.75h-3Z", "M8 4.75v3.5", "M8 9.75v.01"],
  success: ["M3 8.5 6.25 11.75 13 4.75"],
  question: [
    "M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z",
    "M6.25 6.25a1.75 1.75 0 1 1 2.5 1.6c-.5.25-.75.6-.75 1.15v.25",
    "M8 11.25v.01",
  ],
  warning: ["M8 1.75 14.75 13.5H1.25Z", "M8 6v3.5", "M8 11.25v.01"],
  caution: ["M5.3 1.75h5.4l3.55 3.55v5.4l-3.55 3.55H5.3L1.75 10.7V5.3Z", "M8 4.75v3.75", "M8 10.75v.01"],
  failure: ["M4 4l8 8", "M12 4l-8 8"],
  danger: ["M9 1.75 3.5 9h4l-1 5.25L12.5 7h-4Z"],
  bug: [
    "M5.5 5.5h5v5.25a2.5 2.5 0 0 1-5 0Z",
    "M6.5 5.5v-1a1.5 1.5 0 0 1 3 0v1",
    "M2.75 8h2.75",
    "M10.5 8h2.75",
    "M3.5 4.75l2 1.5",
    "M12.5 4.75l-2 1.5",
  ],
  example: ["M6 4h7.25", "M6 8h7.25", "M6 12h7.25", "M2.75 4h.01", "M2.75 8h.01", "M2.75 12h.01"],
  quote: ["M3 9.5h3v3.75H3Z", "M3 9.5c0-3 1-4.75 3-5.5", "M9.5 9.5h3v3.75h-3Z", "M9.5 9.5c0-3 1-4.75 3-5.5"],
  custom: ["M10.75 2.75l2.5 2.5-7.5 7.5H3.25v-2.5Z"],
};

/** The icon of a callout kind, hidden from assistive tech (the title says the same). */
export function calloutIcon(kind: CalloutKind, className: string): Element {
  return s(
    "svg",
    {
      className: [className],
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
