import type { MetadataRoute } from "next";

// Written once at build time, also into a static export.
export const dynamic = "force-static";

/** Lets a phone keep the portal on its home screen, in Korean, with the site's colours. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "AI 스터디 노트",
    short_name: "스터디 노트",
    description: "부트캠프 주차별 강의 노트를 강의별로 읽고, 자기 학습 과제를 체크하는 스터디 포털",
    lang: "ko",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
