import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { create, type Font as FontFile } from "fontkit";
import { describeGrapheme, planCardText, pointsBeyondMainFont } from "@/lib/og/card-text";
import { emojiFile, indexEmojiFiles } from "@/lib/og/emoji-files";
import { type FontSubset, parseSubsets, subsetsHolding } from "@/lib/og/unicode-range";
import { svgToPng } from "./og-engines";

/**
 * Everything a preview card draws with, read from node_modules and nothing
 * else: the build must never reach the network (next/og would fetch emoji from
 * a CDN and missing scripts from Google Fonts). Each file is read at most once
 * per process, and only when a card's text needs it.
 */

const MODULES = path.join(process.cwd(), "node_modules");

/** Pretendard, the site's font: satori needs TTF/OTF/WOFF, not the woff2 the page uses. */
const MAIN_FONT_DIR = path.join(MODULES, "pretendard", "dist", "public", "static", "alternative");

/** Twemoji (graphics CC-BY 4.0, © Twitter and Discord), one SVG per emoji. */
const EMOJI_DIR = path.join(MODULES, "@discordapp", "twemoji", "dist", "svg");

/** A font as satori takes it. */
export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

/**
 * Fallback fonts, tried in order for a character Pretendard lacks. Fontsource
 * ships each as WOFF subsets (satori cannot read WOFF2) listed in unicode.json,
 * so a card opens only the ~40 KB files holding its characters.
 * Noto Sans KR first: Hanja in their Korean forms. Noto Sans JP for kanji
 * outside KS X 1001 (込, 働). Then math (∀, ∈, ⊂) and symbols (⌘, ✗).
 */
const FALLBACKS = [
  { tag: "kr", folder: "@fontsource/noto-sans-kr", prefix: "noto-sans-kr", weights: [400, 700], rangesComplete: true },
  { tag: "jp", folder: "@fontsource/noto-sans-jp", prefix: "noto-sans-jp", weights: [400, 700], rangesComplete: true },
  // Their few files hold far more than unicode.json declares (the math "latin" file is the whole font: ℝ, ∮, ⨁): read them all.
  { tag: "math", folder: "@fontsource/noto-sans-math", prefix: "noto-sans-math", weights: [400], rangesComplete: false },
  { tag: "symbols", folder: "@fontsource/noto-sans-symbols-2", prefix: "noto-sans-symbols-2", weights: [400], rangesComplete: false },
] as const;

type Fallback = (typeof FALLBACKS)[number];

/** One subset file of a fallback font, in every weight it comes in. */
type FallbackFont = { name: string; rank: number; files: { weight: 400 | 700; file: string }[] };

const fileCache = new Map<string, Promise<Buffer>>();

function readOnce(file: string): Promise<Buffer> {
  let read = fileCache.get(file);
  if (!read) {
    // Read at build time only (the cards are prerendered): no need to trace the folders into the server output.
    read = readFile(/*turbopackIgnore: true*/ file);
    fileCache.set(file, read);
  }
  return read;
}

function parseFont(data: Buffer, file: string): FontFile {
  const font = create(data);
  if (!("hasGlyphForCodePoint" in font)) throw new Error(`${file} is a font collection, not one font`);
  return font;
}

let mainFont: Promise<{ fonts: CardFont[]; covers: Set<number> }> | null = null;

function loadMainFont(): Promise<{ fonts: CardFont[]; covers: Set<number> }> {
  mainFont ??= (async () => {
    const regularFile = path.join(MAIN_FONT_DIR, "Pretendard-Regular.ttf");
    const [regular, bold] = await Promise.all([readOnce(regularFile), readOnce(path.join(MAIN_FONT_DIR, "Pretendard-Bold.ttf"))]);
    return {
      fonts: [
        { name: "Pretendard", data: regular, weight: 400, style: "normal" },
        { name: "Pretendard", data: bold, weight: 700, style: "normal" },
      ],
      covers: new Set(parseFont(regular, regularFile).characterSet),
    };
  })();
  return mainFont;
}

let emojiIndex: Promise<Map<string, string>> | null = null;

function loadEmojiIndex(): Promise<Map<string, string>> {
  emojiIndex ??= readdir(/*turbopackIgnore: true*/ EMOJI_DIR).then(indexEmojiFiles);
  return emojiIndex;
}

/** Twice the largest text size on a card (the 80 px title), so a picture stays sharp. */
const EMOJI_PIXELS = 160;

const emojiImages = new Map<string, Promise<string>>();

/**
 * An emoji as a PNG data URI, drawn from its SVG once per process: resvg
 * re-parses an embedded SVG at every occurrence (about 35 ms each), a PNG
 * costs it next to nothing, and a note's headings repeat the same few emoji.
 */
function emojiDataUri(file: string): Promise<string> {
  let uri = emojiImages.get(file);
  if (!uri) {
    uri = readFile(path.join(/*turbopackIgnore: true*/ EMOJI_DIR, file))
      .then((svg) => svgToPng(svg, EMOJI_PIXELS))
      .then((png) => `data:image/png;base64,${Buffer.from(png).toString("base64")}`);
    emojiImages.set(file, uri);
  }
  return uri;
}

const subsetLists = new Map<string, Promise<FontSubset[]>>();

function subsetsOf(fallback: Fallback): Promise<FontSubset[]> {
  let subsets = subsetLists.get(fallback.tag);
  if (!subsets) {
    subsets = readFile(/*turbopackIgnore: true*/ path.join(MODULES, fallback.folder, "unicode.json"), "utf8").then((text) =>
      parseSubsets(JSON.parse(text) as Record<string, string>),
    );
    subsetLists.set(fallback.tag, subsets);
  }
  return subsets;
}

function subsetFile(fallback: Fallback, subset: FontSubset, weight: number): string {
  return path.join(MODULES, fallback.folder, "files", `${fallback.prefix}-${subset.id}-${weight}-normal.woff`);
}

const parsedSubsets = new Map<string, Promise<FontFile>>();

/** A subset file parsed for its character map: unicode.json's ranges are only what the subset was cut from. */
function coverageOf(file: string): Promise<FontFile> {
  let parsed = parsedSubsets.get(file);
  if (!parsed) {
    parsed = readOnce(file).then((data) => parseFont(data, file));
    parsedSubsets.set(file, parsed);
  }
  return parsed;
}

const fallbackByPoint = new Map<number, Promise<FallbackFont | null>>();

/** The first fallback subset that really has a glyph for the code point. */
function fallbackFor(point: number): Promise<FallbackFont | null> {
  let found = fallbackByPoint.get(point);
  if (!found) {
    found = (async () => {
      for (const [rank, fallback] of FALLBACKS.entries()) {
        const subsets = await subsetsOf(fallback);
        const declared = subsetsHolding(subsets, point);
        const candidates = fallback.rangesComplete ? declared : [...declared, ...subsets.filter((subset) => !declared.includes(subset))];
        for (const subset of candidates) {
          const regular = subsetFile(fallback, subset, 400);
          if (!(await coverageOf(regular)).hasGlyphForCodePoint(point)) continue;
          return {
            name: `og-${fallback.tag}-${subset.id}`,
            rank,
            files: fallback.weights.map((weight) => ({ weight, file: subsetFile(fallback, subset, weight) })),
          };
        }
      }
      return null;
    })();
    fallbackByPoint.set(point, found);
  }
  return found;
}

/** One font list per set of fallbacks: satori keeps its parsed fonts per list object, so equal cards share the work. */
const fontLists = new Map<string, Promise<CardFont[]>>();

function fontList(main: CardFont[], fallbacks: FallbackFont[]): Promise<CardFont[]> {
  const key = fallbacks.map((font) => font.name).join(" ");
  let list = fontLists.get(key);
  if (!list) {
    list = Promise.all(
      fallbacks.flatMap((font) =>
        font.files.map(async ({ weight, file }): Promise<CardFont> => ({ name: font.name, data: await readOnce(file), weight, style: "normal" })),
      ),
    ).then((extra) => [...main, ...extra]);
    fontLists.set(key, list);
  }
  return list;
}

/** What satori needs to draw a card's texts without looking anything up. */
export type CardAssets<Key extends string> = {
  texts: Record<Key, string>;
  fonts: CardFont[];
  /** CSS font-family: Pretendard, then the fallback subsets this card needs. */
  fontFamily: string;
  /** Grapheme → PNG data URI, satori's `graphemeImages`. */
  graphemeImages: Record<string, string>;
};

/**
 * Reads what the texts need, and warns (naming the card and the character)
 * about each character no local font or emoji image can draw, which is left out.
 */
export async function cardAssets<Key extends string>(texts: Record<Key, string>, cardName: string): Promise<CardAssets<Key>> {
  const [main, emojis] = await Promise.all([loadMainFont(), loadEmojiIndex()]);
  const inMainFont = (point: number) => main.covers.has(point);
  const findEmoji = (grapheme: string) => emojiFile(emojis, grapheme);
  const beyond = [...pointsBeyondMainFont(Object.values<string>(texts), { inMainFont, emojiFile: findEmoji })];
  const found = new Map<number, FallbackFont>();
  for (const [index, font] of (await Promise.all(beyond.map(fallbackFor))).entries()) {
    const point = beyond[index];
    if (font && point !== undefined) found.set(point, font);
  }
  const plan = planCardText(texts, { inMainFont, emojiFile: findEmoji, fallbackFont: (point) => found.get(point)?.name ?? null });
  for (const grapheme of plan.missing) {
    console.warn(`warning og-card ${cardName}: no local font or emoji image draws ${describeGrapheme(grapheme)}; it is left out of the card image`);
  }
  // In FALLBACKS order: a Hanja both Korean and Japanese subsets hold is drawn in its Korean form.
  const fallbacks = [
    ...new Map([...found.values()].filter((font) => plan.fallbackFonts.has(font.name)).map((font) => [font.name, font])).values(),
  ].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  const images = await Promise.all([...plan.images].map(async ([grapheme, file]) => [grapheme, await emojiDataUri(file)] as const));
  return {
    texts: plan.texts,
    fonts: await fontList(main.fonts, fallbacks),
    fontFamily: ["Pretendard", ...fallbacks.map((font) => font.name)].join(", "),
    graphemeImages: Object.fromEntries(images),
  };
}
