import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visitParents } from "unist-util-visit-parents";
import { sourceKey } from "../content/ids";
import type { NoteImage } from "../content/types";
import { hastProperty, NOTE_DOM } from "../dom-contract";

/** Options: the week's images, collected by the model in source order. */
export type Options = { images: readonly NoteImage[] };

const emptyOptions: Options = { images: [] };

/**
 * Make note images readable, cheap and zoomable:
 * - an image without `alt` (Markdown `![](src)` included) gets its generated one (`(5강,6강) 이미지 2`); an explicit HTML `alt=""` stays;
 * - the first image loads eagerly (it may be the largest paint), the rest lazily, decoded off the main thread;
 * - an image next to the note is served by the site, with its intrinsic size reserving its space;
 * - each image becomes a link to the original that the lightbox takes over, grouped by section;
 * - a paragraph holding several images becomes a gallery row.
 */
const rehypeImages: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  const byPlace = new Map(settings.images.map((image) => [sourceKey(image), image]));
  return function (tree) {
    let seen = 0;
    visitParents(tree, "element", (node: Element, ancestors) => {
      if (node.tagName === "p" && node.children.filter(isImage).length > 1) node.properties.className = ["image-row"];
      if (node.tagName !== "img") return;
      seen += 1;
      const start = node.position?.start;
      const image = start ? byPlace.get(sourceKey(start)) : undefined;
      node.properties.loading = seen === 1 ? "eager" : "lazy";
      node.properties.decoding = "async";
      if (!image) return;
      if (image.alt === null || node.properties.alt === undefined || node.properties.alt === null) node.properties.alt = image.generatedAlt;
      if (image.local?.status === "found") {
        node.properties.src = image.local.url;
        node.properties.width ??= image.local.width;
        node.properties.height ??= image.local.height;
        node.properties.style = `aspect-ratio: ${image.local.width} / ${image.local.height}`;
      } else {
        reserveBox(node);
      }
      // The sanitizer dropped a `src` it did not trust (`javascript:`): the model's copy of it must not come back as a link.
      const src = node.properties.src;
      if (typeof src !== "string" || src === "") return;
      const parent = ancestors.at(-1);
      // Already a link, or a <picture> whose <source>s must stay siblings of the <img>: leave as is.
      if (!parent || ancestors.some((ancestor) => ancestor.type === "element" && (ancestor.tagName === "a" || ancestor.tagName === "picture")))
        return;
      const index = parent.children.indexOf(node);
      const link = h(
        "a",
        {
          href: src,
          className: ["image-link"],
          [hastProperty(NOTE_DOM.imageLink)]: image.sectionId ?? "",
          [hastProperty(NOTE_DOM.imageIndex)]: image.index,
          [hastProperty(NOTE_DOM.imageCaption)]: image.caption ?? undefined,
        },
        [node],
      );
      parent.children.splice(index, 1, link);
      return SKIP;
    });
  };
};

/** The box of an image of unknown size: its written width, else this (the note column is 72ch, about 45rem at most). */
export const DEFAULT_IMAGE_WIDTH = "45rem";

/** The shape of that box; the image is fitted inside it, never enlarged. */
export const RESERVED_ASPECT_RATIO = "16 / 9";

/**
 * A remote image whose size nobody knows before it arrives gets a box anyway
 * (issue #21): its written width (or DEFAULT_IMAGE_WIDTH), capped by the
 * column, at a fixed aspect ratio, the picture fitted inside (`scale-down`:
 * `contain` that never enlarges a small picture). Its arrival then moves
 * nothing, however late. An author's own width and height together already
 * make the box; a width in % keeps the author's width and gets the ratio.
 */
function reserveBox(node: Element): void {
  const { width, height } = node.properties;
  if (hasLength(width) && hasLength(height)) return;
  const written =
    typeof width === "number" || (typeof width === "string" && /^\d+(?:px)?$/u.test(width.trim())) ? `${Number.parseInt(String(width), 10)}px` : null;
  const percent = typeof width === "string" && /^\d+(?:\.\d+)?%$/u.test(width.trim());
  const box = [...(percent ? [] : [`width: ${written ?? DEFAULT_IMAGE_WIDTH}`]), `aspect-ratio: ${RESERVED_ASPECT_RATIO}`, "object-fit: scale-down"];
  node.properties.style = box.join("; ");
}

function hasLength(value: unknown): boolean {
  return (typeof value === "number" && value > 0) || (typeof value === "string" && /^\d/u.test(value.trim()));
}

function isImage(node: ElementContent): boolean {
  return node.type === "element" && (node.tagName === "img" || (node.tagName === "a" && node.children.some(isImage)));
}

export default rehypeImages;
