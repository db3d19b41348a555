import satori from "satori/standalone";
import { clipGraphemes, describeGrapheme, graphemesOf } from "@/lib/og/card-text";
import { cardAssets } from "./og-assets";
import { startEngines, svgToPng } from "./og-engines";

/** Open Graph / Twitter card size: what chat apps and social sites crop to. */
export const OG_SIZE = { width: 1200, height: 630 };

type Card = {
  /** Names the card in build warnings: `weeks/week-08/lecture-2`. */
  name: string;
  /** Small line above the title: the week (`Week 8 · AI 서비스 개발 기초`). */
  eyebrow: string;
  /** The lecture or week title, large. */
  title: string;
  /** One line under the title (lecture count, or the section's first sentence). */
  subtitle: string;
};

/**
 * A 1200x630 PNG card: site name, week, title. No progress: the same image for every reader.
 *
 * Drawn with satori and resvg straight, not next/og's ImageResponse: that always
 * hands satori its own asset loader, which fetches emoji from a CDN and any
 * script Pretendard lacks from Google Fonts. Here satori gets every font and
 * emoji picture up front (./og-assets) and a loader that only answers from
 * them, so drawing a card cannot reach the network.
 */
export async function ogCard({ name, eyebrow, title, subtitle }: Card): Promise<Response> {
  const [, assets] = await Promise.all([
    startEngines(),
    cardAssets({ site: "AI 스터디 노트", eyebrow, title, subtitle: clipGraphemes(subtitle, 90) }, name),
  ]);
  const { texts, fonts, fontFamily, graphemeImages } = assets;
  const length = graphemesOf(texts.title).length;
  const titleSize = length > 40 ? 56 : length > 24 ? 68 : 80;
  const svg = await satori(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "linear-gradient(135deg, #0f1419 0%, #15243a 100%)",
        color: "#e6e8eb",
        fontFamily,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: "#7cb6ff", fontWeight: 700 }}>
        <div style={{ width: 18, height: 18, borderRadius: 9, background: "#7cb6ff", marginRight: 16 }} />
        {texts.site}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 34, color: "#a3acb7", marginBottom: 20 }}>{texts.eyebrow}</div>
        <div style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.2, wordBreak: "keep-all" }}>{texts.title}</div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#a3acb7", lineHeight: 1.4, wordBreak: "keep-all" }}>{texts.subtitle}</div>
    </div>,
    {
      ...OG_SIZE,
      fonts,
      graphemeImages,
      // Everything was prepared above; a request here means the plan missed a character: say so, fetch nothing.
      loadAdditionalAsset: async (languageCode, segment) => {
        const image = languageCode === "emoji" ? graphemeImages[segment] : undefined;
        if (image) return image;
        console.warn(`warning og-card ${name}: nothing prepared for ${describeGrapheme(segment)} (${languageCode}); drawn without it`);
        return [];
      },
    },
  );
  const png = await svgToPng(svg, OG_SIZE.width);
  return new Response(new Blob([new Uint8Array(png)], { type: "image/png" }), {
    headers: { "content-type": "image/png", "cache-control": "public, immutable, no-transform, max-age=31536000" },
  });
}
