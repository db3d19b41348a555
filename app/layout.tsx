import type { Metadata, Viewport } from "next";
import "./globals.css";
import { FirstPaintAfter } from "@/components/site/FirstPaintAfter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { OfflineSupport } from "@/components/site/OfflineSupport";
import { PAGE_IDS } from "@/lib/page-ids";
import { themeBootScript } from "@/lib/theme";

export const metadata: Metadata = {
  // Absolute canonical and preview URLs need a site; SITE_URL names the deployed one. Pages are built
  // before any request arrives, so without it they name the local server `npm start` builds them for
  // (scripts/build-info.mjs rebuilds when SITE_URL changes); sitemap.xml and robots.txt use the request's host.
  metadataBase: new URL(process.env.SITE_URL || `http://localhost:${process.env.PORT || "3000"}`),
  title: { default: "AI 스터디 노트", template: "%s | AI 스터디 노트" },
  description: "부트캠프 주차별 강의 노트를 강의별로 읽고, 자기 학습 과제를 체크하는 스터디 포털",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1419" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The boot script sets data-theme before React hydrates; that attribute is expected to differ.
    <html lang="ko" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        {/* In <head> itself: a page's own `alternates` metadata would replace the layout's. */}
        <link rel="alternate" type="application/atom+xml" title="AI 스터디 노트" href="/feed.xml" />
        {/* <main> starts right after the site header: the header is whole in the first frame. */}
        <FirstPaintAfter id={PAGE_IDS.main} />
      </head>
      <body className="min-h-screen bg-page text-ink antialiased">
        <a href={`#${PAGE_IDS.main}`} className="skip-link">
          본문으로 건너뛰기
        </a>
        <SiteHeader />
        <main id={PAGE_IDS.main} tabIndex={-1} className="mx-auto max-w-6xl px-4 pb-24 pt-8 outline-none sm:px-6">
          {children}
        </main>
        <OfflineSupport />
        <footer className="no-print border-t border-line py-8 text-center text-sm text-muted">주차별 마크다운 노트로 만든 스터디 포털</footer>
      </body>
    </html>
  );
}
