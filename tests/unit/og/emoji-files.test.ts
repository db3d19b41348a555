import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emojiFile, emojiKey, indexEmojiFiles, meantAsEmoji } from "@/lib/og/emoji-files";
import { projectPath } from "../helpers";

// The set the cards draw with: the lookup rule is only right if it finds these real files.
const files = readdirSync(projectPath("node_modules/@discordapp/twemoji/dist/svg"));
const index = indexEmojiFiles(files);

describe("emojiFile with the installed Twemoji set", () => {
  it.each([
    ["🎉", "1f389.svg"],
    ["📌", "1f4cc.svg"],
    ["🚀", "1f680.svg"],
  ])("finds a single emoji %s", (grapheme, file) => {
    expect(emojiFile(index, grapheme)).toBe(file);
  });

  it.each([
    ["👩‍💻", "1f469-200d-1f4bb.svg"],
    ["🧑‍🤝‍🧑", "1f9d1-200d-1f91d-200d-1f9d1.svg"],
    ["🧑🏻‍💻", "1f9d1-1f3fb-200d-1f4bb.svg"],
  ])("finds the ZWJ sequence %s", (grapheme, file) => {
    expect(emojiFile(index, grapheme)).toBe(file);
  });

  it.each([
    ["🇰🇷", "1f1f0-1f1f7.svg"],
    ["🇯🇵", "1f1ef-1f1f5.svg"],
    ["🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1f3f4-e0067-e0062-e0073-e0063-e0074-e007f.svg"],
  ])("finds the flag %s", (grapheme, file) => {
    expect(emojiFile(index, grapheme)).toBe(file);
  });

  it("finds keycaps with and without FE0F", () => {
    expect(emojiFile(index, "1\uFE0F\u20E3")).toBe("31-20e3.svg");
    expect(emojiFile(index, "1\u20E3")).toBe("31-20e3.svg");
    expect(emojiFile(index, "#\uFE0F\u20E3")).toBe("23-20e3.svg");
  });

  it("finds skin tones", () => {
    expect(emojiFile(index, "👍🏽")).toBe("1f44d-1f3fd.svg");
    expect(emojiFile(index, "👍🏿")).toBe("1f44d-1f3ff.svg");
  });

  it("finds one file whether the writer typed FE0F or not, wherever Twemoji keeps or drops it", () => {
    // Twemoji drops FE0F here...
    expect(emojiFile(index, "❤\uFE0F")).toBe("2764.svg");
    expect(emojiFile(index, "❤")).toBe("2764.svg");
    expect(emojiFile(index, "👁\uFE0F\u200D🗨\uFE0F")).toBe("1f441-200d-1f5e8.svg");
    // ...and keeps it in these ZWJ sequences.
    expect(emojiFile(index, "🏳\uFE0F\u200D🌈")).toBe("1f3f3-fe0f-200d-1f308.svg");
    expect(emojiFile(index, "🏳\u200D🌈")).toBe("1f3f3-fe0f-200d-1f308.svg");
    expect(emojiFile(index, "❤\uFE0F\u200D🔥")).toBe("2764-fe0f-200d-1f525.svg");
    expect(emojiFile(index, "🏃\u200D♂\uFE0F")).toBe("1f3c3-200d-2642-fe0f.svg");
    expect(emojiFile(index, "🏃\u200D♂")).toBe("1f3c3-200d-2642-fe0f.svg");
  });

  it("has nothing for text", () => {
    expect(emojiFile(index, "가")).toBeNull();
    expect(emojiFile(index, "學")).toBeNull();
    expect(emojiFile(index, "\uFE0F")).toBeNull();
  });

  it("never has two files that differ only by FE0F, so the lookup is never a guess", () => {
    const keys = files
      .filter((name) => name.endsWith(".svg"))
      .map((name) =>
        emojiKey(
          String.fromCodePoint(
            ...name
              .slice(0, -4)
              .split("-")
              .map((hex) => Number.parseInt(hex, 16)),
          ),
        ),
      );
    expect(keys.length).toBeGreaterThan(3000);
    expect(new Set(keys).size).toBe(keys.length);
    expect(index.size).toBe(keys.length);
  });
});

describe("emojiKey", () => {
  it("is the code points in lower-case hex without FE0F", () => {
    expect(emojiKey("🏳️‍🌈")).toBe("1f3f3-200d-1f308");
    expect(emojiKey("A")).toBe("41");
  });
});

describe("meantAsEmoji", () => {
  it("takes default-emoji characters, FE0F, ZWJ, keycaps, skin tones and flags as pictures", () => {
    for (const grapheme of ["🎉", "❤\uFE0F", "👩‍💻", "1\uFE0F\u20E3", "👍🏽", "🇰🇷", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"]) expect(meantAsEmoji(grapheme), grapheme).toBe(true);
  });

  it("leaves text-style symbols to the font", () => {
    for (const grapheme of ["©", "™", "↔", "#", "1", "가", "❤"]) expect(meantAsEmoji(grapheme), grapheme).toBe(false);
  });
});
