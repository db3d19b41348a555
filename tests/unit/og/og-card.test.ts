import { imageSize } from "image-size";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cardAssets } from "@/components/share/og-assets";
import { OG_SIZE, ogCard } from "@/components/share/og-card";

// Titles and first sentences of the kind Korean study notes hold: emoji headings, Hanja, kana, math.
const HARD_CARDS = [
  { name: "emoji", eyebrow: "Week 3 · 🎉 회고", title: "🎉 회고: 👩‍💻 팀 🧑‍🤝‍🧑 페어 프로그래밍 🇰🇷🇯🇵", subtitle: "배포 🚀 성공! 1️⃣ 2️⃣ #️⃣ 👍🏽 ❤️ ❤ 🏳️‍🌈 🏴󠁧󠁢󠁳󠁣󠁴󠁿" },
  { name: "hanja", eyebrow: "漢字 공부", title: "學而時習之 不亦說乎", subtitle: "온고지신(溫故知新): 옛것을 익혀 새것을 안다." },
  {
    name: "kana",
    eyebrow: "日本語 메모",
    title: "ひらがな・カタカナ 연습",
    subtitle: "頑張ってください、込む、働く — 일본어 한자도 그려져야 합니다.",
  },
  { name: "math", eyebrow: "선형대수", title: "∑∫ ∀x∈A, x⊂B ⇒ ≤ ≥ ≠ ≈ ∞ √", subtitle: "집합 A∪B와 A∩B, 함수 f: ℝ → ℝ, 기호 ⌘ ✗ ∮ ∇" },
  { name: "long", eyebrow: "Week 8", title: "📌 오늘의 정리 ".repeat(8), subtitle: "👩‍💻".repeat(120) },
];

let fetchCalls: unknown[][] = [];
const realFetch = globalThis.fetch;

beforeEach(() => {
  fetchCalls = [];
  globalThis.fetch = (...args: unknown[]) => {
    fetchCalls.push(args);
    throw new Error(`a card tried to fetch ${String(args[0])}`);
  };
});

afterEach(() => {
  globalThis.fetch = realFetch;
  vi.restoreAllMocks();
});

async function pngOf(response: Response): Promise<Uint8Array> {
  expect(response.headers.get("content-type")).toBe("image/png");
  return new Uint8Array(await response.arrayBuffer());
}

describe("ogCard", () => {
  it.each(HARD_CARDS)("draws the $name card as a 1200x630 PNG without a single fetch", async (card) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const png = await pngOf(await ogCard(card));
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(imageSize(png)).toMatchObject({ type: "png", width: OG_SIZE.width, height: OG_SIZE.height });
    expect(fetchCalls).toEqual([]);
    // Everything in these cards has a local font or picture: nothing is left out.
    expect(warn).not.toHaveBeenCalled();
  });

  it("leaves out what nothing local draws, and names the character and the card", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const png = await pngOf(
      await ogCard({ name: "weeks/egypt/lecture-1", eyebrow: "고대 문자", title: "상형문자 𓀀 읽기", subtitle: "고대 이탈리아 문자 𐌀 글자" }),
    );
    expect(imageSize(png)).toMatchObject({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toEqual([
      expect.stringMatching(/^warning og-card weeks\/egypt\/lecture-1: .*"𓀀" \(U\+13000\).*left out/u),
      expect.stringMatching(/^warning og-card weeks\/egypt\/lecture-1: .*"𐌀" \(U\+10300\).*left out/u),
    ]);
  });
});

describe("cardAssets", () => {
  it("opens only the fallback subsets a card needs, Korean Hanja forms first", async () => {
    const plain = await cardAssets({ title: "3강 배포 🚀" }, "plain");
    expect(plain.fontFamily).toBe("Pretendard");
    expect(plain.fonts.map((font) => font.name)).toEqual(["Pretendard", "Pretendard"]);
    expect(Object.keys(plain.graphemeImages)).toEqual(["🚀"]);

    const hard = await cardAssets({ title: "學習 込む ⨁ ⯑" }, "hard");
    const families = hard.fontFamily.split(", ");
    expect(families[0]).toBe("Pretendard");
    // 學 and 習 are in KS X 1001 (Korean subsets); 込 is a Japanese kanji; ⨁ is math only; ⯑ a symbol only.
    expect([...new Set(families.slice(1).map((family) => family.replace(/-[^-]+$/u, "")))]).toEqual(["og-kr", "og-jp", "og-math", "og-symbols"]);
    expect(hard.texts.title).toBe("學習 込む ⨁ ⯑");
  });

  it("gives the same font list object to cards with the same needs, so satori parses the fonts once", async () => {
    const first = await cardAssets({ title: "첫 카드 🎉" }, "first");
    const second = await cardAssets({ title: "둘째 카드 📌" }, "second");
    expect(second.fonts).toBe(first.fonts);
  });

  it("keeps emoji graphemes whole and drops variation selectors from text", async () => {
    const assets = await cardAssets({ title: "©\uFE0E 👩‍💻 ❤\uFE0F" }, "selectors");
    expect(assets.texts.title).toBe("© 👩‍💻 ❤\uFE0F");
    expect(Object.keys(assets.graphemeImages).sort()).toEqual(["❤\uFE0F", "👩‍💻"].sort());
    expect(assets.graphemeImages["👩‍💻"]).toMatch(/^data:image\/png;base64,/u);
  });
});
