/**
 * How each character of a preview card gets drawn, decided before the card is
 * drawn so nothing is left for the image library to look up on the network:
 * by the main font (Pretendard), as a Twemoji picture, by a local fallback
 * font, or not at all (the caller warns and the character is left out).
 * Pure: what the fonts and the emoji set hold comes in as functions.
 */

import { meantAsEmoji } from "./emoji-files";

/** What the installed fonts and emoji set can draw. */
export type Coverage = {
  /** Whether the main font has a glyph for the code point. */
  inMainFont: (codePoint: number) => boolean;
  /** The emoji SVG that draws the grapheme, or null. */
  emojiFile: (grapheme: string) => string | null;
  /** The fallback font (its name) that has a glyph for the code point, or null. */
  fallbackFont: (codePoint: number) => string | null;
};

export type GraphemePlan =
  { kind: "font"; text: string } | { kind: "emoji"; file: string } | { kind: "fallback"; text: string; fonts: string[] } | { kind: "missing" };

const segmenter = new Intl.Segmenter("ko", { granularity: "grapheme" });

/** User-perceived characters, as the card renderer splits text: 👩‍💻, 🇰🇷 and 1️⃣ are one each. */
export function graphemesOf(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** At most `max` graphemes, with `…` when cut: never half an emoji or a lone surrogate. */
export function clipGraphemes(text: string, max: number): string {
  const graphemes = graphemesOf(text);
  return graphemes.length <= max
    ? text
    : `${graphemes
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** Variation selectors and joiners shape a sequence but have no glyph of their own in a text font. */
function isShapingOnly(codePoint: number): boolean {
  return (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || codePoint === 0x200c || codePoint === 0x200d;
}

/** The code points of a grapheme a text font must have glyphs for. */
export function codePointsToDraw(grapheme: string): number[] {
  const points: number[] = [];
  for (const char of grapheme) {
    const point = char.codePointAt(0);
    if (point !== undefined && !isShapingOnly(point)) points.push(point);
  }
  return points;
}

function textOf(points: readonly number[]): string {
  return String.fromCodePoint(...points);
}

/**
 * One grapheme's plan. A grapheme meant as emoji is a picture when the set has
 * it; otherwise text the main font has stays text (`©`, `→`); then a picture
 * again (`❤` without FE0F, which Pretendard lacks); then fallback fonts.
 */
export function planGrapheme(grapheme: string, coverage: Coverage): GraphemePlan {
  if (/^\s+$/u.test(grapheme)) return { kind: "font", text: grapheme };
  const file = coverage.emojiFile(grapheme);
  if (file && meantAsEmoji(grapheme)) return { kind: "emoji", file };
  const points = codePointsToDraw(grapheme);
  if (points.length > 0 && points.every(coverage.inMainFont)) return { kind: "font", text: textOf(points) };
  if (file) return { kind: "emoji", file };
  if (points.length === 0) return { kind: "missing" };
  const fonts: string[] = [];
  for (const point of points) {
    if (coverage.inMainFont(point)) continue;
    const font = coverage.fallbackFont(point);
    if (!font) return { kind: "missing" };
    if (!fonts.includes(font)) fonts.push(font);
  }
  return { kind: "fallback", text: textOf(points), fonts };
}

/** Code points of the texts that no emoji picture or main-font glyph covers: what fallback fonts must be asked for. */
export function pointsBeyondMainFont(texts: readonly string[], coverage: Omit<Coverage, "fallbackFont">): Set<number> {
  const beyond = new Set<number>();
  for (const text of texts) {
    for (const grapheme of graphemesOf(text)) {
      const plan = planGrapheme(grapheme, { ...coverage, fallbackFont: () => null });
      if (plan.kind !== "missing") continue;
      for (const point of codePointsToDraw(grapheme)) if (!coverage.inMainFont(point)) beyond.add(point);
    }
  }
  return beyond;
}

/** A card's texts as they will be drawn, and what drawing them needs. */
export type CardTextPlan<Key extends string> = {
  /** Each text with left-out graphemes removed and variation selectors dropped from text-drawn ones. */
  texts: Record<Key, string>;
  /** Grapheme → emoji file name, for the renderer's picture map. */
  images: Map<string, string>;
  /** Fallback font names the texts need. */
  fallbackFonts: Set<string>;
  /** Graphemes nothing local can draw, in order of appearance, each once. */
  missing: string[];
};

export function planCardText<Key extends string>(texts: Record<Key, string>, coverage: Coverage): CardTextPlan<Key> {
  const images = new Map<string, string>();
  const fallbackFonts = new Set<string>();
  const missing: string[] = [];
  const planned = {} as Record<Key, string>;
  for (const key of Object.keys(texts) as Key[]) {
    let drawn = "";
    for (const grapheme of graphemesOf(texts[key])) {
      const plan = planGrapheme(grapheme, coverage);
      if (plan.kind === "emoji") {
        images.set(grapheme, plan.file);
        drawn += grapheme;
      } else if (plan.kind === "font") {
        drawn += plan.text;
      } else if (plan.kind === "fallback") {
        for (const font of plan.fonts) fallbackFonts.add(font);
        drawn += plan.text;
      } else if (!missing.includes(grapheme)) {
        missing.push(grapheme);
      }
    }
    // A left-out character between two spaces would leave a double gap.
    planned[key] = drawn.replace(/ {2,}/gu, " ").trim();
  }
  return { texts: planned, images, fallbackFonts, missing };
}

/** `"𓀀" (U+13000)`: a character named so a reader can find it in the note. */
export function describeGrapheme(grapheme: string): string {
  const points = Array.from(grapheme, (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return `"${grapheme}" (${points.join(" ")})`;
}
