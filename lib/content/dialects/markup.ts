/**
 * The Markdown (and the few HTML tags the sanitizer keeps) that the source
 * readers put in place of a Jekyll include or a Hugo shortcode. Each piece
 * is one line, so no line of the note moves.
 */

/** An image the author placed with a template (`{{< figure >}}`, `{% include figure %}`). */
export type FigureImage = {
  src: string;
  alt: string | null;
  title: string | null;
  caption: string | null;
  width: string | null;
  height: string | null;
};

/**
 * `<img>` rather than `![alt](src)`: it carries the width and height (which
 * the model reads from `<img>`), and a `src` with spaces or parentheses needs
 * no Markdown escaping. The caption follows on its own visual line, as the
 * `<figcaption>` of Hugo and Minimal Mistakes shows it under the image; the
 * title (or caption) becomes the image's title, which the lightbox shows.
 */
export function figureMarkup(figure: FigureImage): string {
  const attributes: [string, string | null][] = [
    ["src", figure.src],
    ["alt", figure.alt],
    ["title", figure.title ?? figure.caption],
    ["width", figure.width],
    ["height", figure.height],
  ];
  const image = `<img ${attributes
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(" ")}>`;
  const title = figure.title === null ? "" : oneLine(figure.title);
  const caption = figure.caption === null ? "" : oneLine(figure.caption);
  const below = [title === "" ? "" : `**${title}**`, caption].filter((part) => part !== "").join(" ");
  return below === "" ? image : `${image}<br>${below}`;
}

/** A link out of the site for an embed the portal does not frame (no iframes: the sanitizer and the CSP forbid them). */
export function externalLinkMarkup(label: string, url: string): string {
  return `[${escapeLinkText(label)}](<${url.replace(/[<>\s]/gu, encodeURIComponent)}>)`;
}

/** The code fence for a block: longer than any backtick run in it, so the code cannot close it early. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/gu)].map((run) => run[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/gu, (character) => `\\${character}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
