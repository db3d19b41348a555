import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/** Open Graph / Twitter card size: what chat apps and social sites crop to. */
export const OG_SIZE = { width: 1200, height: 630 };

/**
 * Pretendard from the `pretendard` package the site already ships: satori
 * needs TTF/OTF (not the woff2 the page uses), and the build must not fetch
 * fonts from the network.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "pretendard", "dist", "public", "static", "alternative");

let fonts: Promise<{ bold: Buffer; regular: Buffer }> | null = null;

function loadFonts(): Promise<{ bold: Buffer; regular: Buffer }> {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, "Pretendard-Bold.ttf")),
    readFile(path.join(FONT_DIR, "Pretendard-Regular.ttf")),
  ]).then(([bold, regular]) => ({ bold, regular }));
  return fonts;
}

type Card = {
  /** Small line above the title: the week (`Week 8 · AI 서비스 개발 기초`). */
  eyebrow: string;
  /** The lecture or week title, large. */
  title: string;
  /** One line under the title (lecture count, or the section's first sentence). */
  subtitle: string;
};

/** A 1200x630 PNG card: site name, week, title. No progress: the same image for every reader. */
export async function ogCard({ eyebrow, title, subtitle }: Card): Promise<ImageResponse> {
  const { bold, regular } = await loadFonts();
  const titleSize = title.length > 40 ? 56 : title.length > 24 ? 68 : 80;
  return new ImageResponse(
    (
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
          fontFamily: "Pretendard",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: "#7cb6ff", fontWeight: 700 }}>
          <div style={{ width: 18, height: 18, borderRadius: 9, background: "#7cb6ff", marginRight: 16 }} />
          AI 스터디 노트
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 34, color: "#a3acb7", marginBottom: 20 }}>{eyebrow}</div>
          <div style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.2, wordBreak: "keep-all" }}>{title}</div>
        </div>
        <div style={{ display: "flex", fontSize: 28, color: "#a3acb7", lineHeight: 1.4, wordBreak: "keep-all" }}>{clip(subtitle, 90)}</div>
      </div>
    ),
    {
      ...OG_SIZE,
      fonts: [
        { name: "Pretendard", data: regular, weight: 400, style: "normal" },
        { name: "Pretendard", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
