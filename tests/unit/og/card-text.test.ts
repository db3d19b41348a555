import { describe, expect, it } from "vitest";
import { type Coverage, clipGraphemes, describeGrapheme, graphemesOf, planCardText, planGrapheme, pointsBeyondMainFont } from "@/lib/og/card-text";

// A main font with Hangul, ASCII, ©, → and kana; an emoji set with 🎉, 👩‍💻, ❤ and 🇰🇷; one fallback with 學.
const coverage: Coverage = {
  inMainFont: (point) =>
    point < 0x7f || (point >= 0xac00 && point <= 0xd7a3) || point === 0xa9 || point === 0x2192 || (point >= 0x3040 && point <= 0x30ff),
  // Looked up without FE0F, as the real index is.
  emojiFile: (grapheme) =>
    ({ "🎉": "1f389.svg", "👩‍💻": "1f469-200d-1f4bb.svg", "❤": "2764.svg", "🇰🇷": "1f1f0-1f1f7.svg", "©": "a9.svg" })[
      grapheme.replace(/\uFE0F/gu, "")
    ] ?? null,
  fallbackFont: (point) => (point === 0x5b78 ? "og-kr-37" : null),
};

describe("planGrapheme", () => {
  it("draws emoji as pictures and text with the main font", () => {
    expect(planGrapheme("🎉", coverage)).toEqual({ kind: "emoji", file: "1f389.svg" });
    expect(planGrapheme("👩‍💻", coverage)).toEqual({ kind: "emoji", file: "1f469-200d-1f4bb.svg" });
    expect(planGrapheme("가", coverage)).toEqual({ kind: "font", text: "가" });
  });

  it("keeps a text-style symbol in the font even when the emoji set has it", () => {
    expect(planGrapheme("©", coverage)).toEqual({ kind: "font", text: "©" });
    expect(planGrapheme("©\uFE0F", coverage)).toEqual({ kind: "emoji", file: "a9.svg" });
  });

  it("draws a bare emoji the font lacks as a picture", () => {
    expect(planGrapheme("❤", coverage)).toEqual({ kind: "emoji", file: "2764.svg" });
  });

  it("uses a fallback font for what the main font lacks, and drops variation selectors from text", () => {
    expect(planGrapheme("學", coverage)).toEqual({ kind: "fallback", text: "學", fonts: ["og-kr-37"] });
    expect(planGrapheme("→\uFE0E", coverage)).toEqual({ kind: "font", text: "→" });
  });

  it("gives up on what nothing draws", () => {
    expect(planGrapheme("𓀀", coverage)).toEqual({ kind: "missing" });
    expect(planGrapheme("\uFE0F", coverage)).toEqual({ kind: "missing" });
  });
});

describe("planCardText", () => {
  it("keeps drawable text, collects pictures and fallbacks, and lists what is left out once each", () => {
    const plan = planCardText({ title: "🎉 회고 學 𓀀 끝", subtitle: "👩‍💻 𓀀 🇰🇷" }, coverage);
    expect(plan.texts).toEqual({ title: "🎉 회고 學 끝", subtitle: "👩‍💻 🇰🇷" });
    expect([...plan.images.keys()]).toEqual(["🎉", "👩‍💻", "🇰🇷"]);
    expect([...plan.fallbackFonts]).toEqual(["og-kr-37"]);
    expect(plan.missing).toEqual(["𓀀"]);
  });
});

describe("pointsBeyondMainFont", () => {
  it("lists only code points neither the main font nor an emoji picture covers", () => {
    expect([...pointsBeyondMainFont(["🎉 學 가 𓀀"], coverage)]).toEqual([0x5b78, 0x13000]);
  });
});

describe("graphemes", () => {
  it("splits ZWJ sequences, flags and keycaps as one", () => {
    expect(graphemesOf("👩‍💻🇰🇷1️⃣가")).toEqual(["👩‍💻", "🇰🇷", "1️⃣", "가"]);
  });

  it("clips without splitting an emoji", () => {
    expect(clipGraphemes("👩‍💻👩‍💻👩‍💻", 2)).toBe("👩‍💻…");
    expect(clipGraphemes("가나", 2)).toBe("가나");
  });

  it("names a character with its code points", () => {
    expect(describeGrapheme("𓀀")).toBe('"𓀀" (U+13000)');
    expect(describeGrapheme("1️⃣")).toBe('"1️⃣" (U+0031 U+FE0F U+20E3)');
  });
});
