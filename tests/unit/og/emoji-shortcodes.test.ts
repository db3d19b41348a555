import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { outlineByTarget, tocTargets } from "@/lib/content/outline";
import { loadFixture, projectPath } from "../helpers";

// `## :rocket: 배포` in the fixture note: every place that names the section must show 🚀, never the shortcode.
const NOTE = "site/emoji-and-scripts.md";
const DEPLOY = "🚀 배포";

const cards = vi.hoisted(() => ({ calls: [] as { name: string; title: string }[] }));
vi.mock("@/components/share/og-card", () => ({
  OG_SIZE: { width: 1200, height: 630 },
  ogCard: (card: { name: string; title: string }) => {
    cards.calls.push(card);
    return Promise.resolve(new Response(null));
  },
}));

let site = "";
const previousContentDir = process.env.CONTENT_DIR;

beforeAll(() => {
  // A site of this one note, so the routes read it the way the build does.
  site = mkdtempSync(path.join(tmpdir(), "emoji-site-"));
  copyFileSync(projectPath(`tests/fixtures/${NOTE}`), path.join(site, "emoji-and-scripts.md"));
  process.env.CONTENT_DIR = site;
});

afterAll(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
  rmSync(site, { recursive: true, force: true });
});

function deployTarget() {
  const target = tocTargets(loadFixture(NOTE)).find((candidate) => candidate.crumb.includes("배포"));
  if (!target) throw new Error("the fixture lost its 배포 section");
  return target;
}

describe("emoji shortcodes in headings", () => {
  it("show as emoji in the lecture TOC and the breadcrumb", () => {
    const week = loadFixture(NOTE);
    expect(deployTarget().crumb).toBe(DEPLOY);
    const outlineTitles = Object.values(outlineByTarget(week)).flatMap((items) => items.map((item) => item.title));
    expect(outlineTitles).toContain(DEPLOY);
    expect([...tocTargets(week).map((target) => target.crumb), ...outlineTitles].join("\n")).not.toMatch(/:[a-z_]+:/u);
  });

  it("show as emoji in the section page's title", async () => {
    const { generateMetadata } = await import("@/app/weeks/[slug]/[section]/page");
    const metadata = await generateMetadata({ params: Promise.resolve({ slug: "emoji-and-scripts", section: deployTarget().id }) });
    expect(metadata.title).toBe(`${DEPLOY} · 🎉 TIL 회고: 漢字와 ひらがな, ∑ 기호까지 🇰🇷`);
    expect(metadata.openGraph?.title).toBe(metadata.title);
  });

  it("show as emoji in the section's card", async () => {
    const { default: sectionCardRoute } = await import("@/app/weeks/[slug]/[section]/opengraph-image");
    await sectionCardRoute({ params: Promise.resolve({ slug: "emoji-and-scripts", section: encodeURIComponent(deployTarget().id) }) });
    expect(cards.calls).toEqual([expect.objectContaining({ name: `weeks/emoji-and-scripts/${deployTarget().id}`, title: DEPLOY })]);
  });
});

describe("the route that draws section cards", () => {
  it("draws on request for npm start and all at build time for the static export", async () => {
    const route = await import("@/app/weeks/[slug]/[section]/opengraph-image");
    const exporting = process.env.NEXT_EXPORT;
    try {
      delete process.env.NEXT_EXPORT;
      expect(route.generateStaticParams()).toEqual([]);
      process.env.NEXT_EXPORT = "1";
      expect(route.generateStaticParams()).toContainEqual({ slug: "emoji-and-scripts", section: deployTarget().id });
    } finally {
      if (exporting === undefined) delete process.env.NEXT_EXPORT;
      else process.env.NEXT_EXPORT = exporting;
    }
  });
});
