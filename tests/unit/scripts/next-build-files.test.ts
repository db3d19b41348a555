import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prerenderManifest, prerenderMeta, readBuildFile, routesManifest } from "../../../scripts/next-build-files.mjs";
import { loadPrerenderedPages } from "../../../scripts/prerendered.mjs";
import { projectPath } from "../helpers";

/** Real build files of the pinned `next`, trimmed (tests/fixtures/next-build/README.md). */
const FIXTURE = projectPath("tests/fixtures/next-build");

function versionOf(packageJson: string): string {
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  return version;
}

const capturedFrom = (JSON.parse(readFileSync(path.join(FIXTURE, "captured-from.json"), "utf8")) as { next: string }).next;
const installed = versionOf(projectPath("node_modules/next/package.json"));
const declared = JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("Next's build files read by scripts/prerendered.mjs and scripts/csp.ts", () => {
  it("were captured from the next that is installed and pinned", () => {
    expect(
      installed,
      `next@${installed} is installed but tests/fixtures/next-build was captured from next@${capturedFrom}: ` +
        "scripts/prerendered.mjs and scripts/csp.ts read Next's internal build files; build, run scripts/capture-next-build.mjs and check the schemas of scripts/next-build-files.mjs",
    ).toBe(capturedFrom);
    expect(declared.dependencies.next, "package.json must pin next to the exact version these files came from").toBe(capturedFrom);
    expect(declared.devDependencies["eslint-config-next"], "eslint-config-next goes with next").toBe(capturedFrom);
  });

  it("have the shapes the scripts parse", () => {
    const manifest = readBuildFile(path.join(FIXTURE, "prerender-manifest.json"), prerenderManifest);
    expect(Object.keys(manifest.routes)).toContain("/weeks/week-08");
    expect(readBuildFile(path.join(FIXTURE, "routes-manifest.json"), routesManifest).headers.length).toBeGreaterThan(0);
    for (const route of Object.keys(manifest.routes)) {
      const meta = readBuildFile(path.join(FIXTURE, "server", "app", `${route === "/" ? "index" : route}.meta`), prerenderMeta);
      expect(meta.headers, route).toBeDefined();
    }
  });

  it("give the fast path every page with its config and page headers (the layout server/app/<route>.html and .meta)", () => {
    const pages = loadPrerenderedPages(FIXTURE);
    // `/_not-found` is not an address; `/icon.svg` is a route handler (`.body`, no `.html`), left to Next.
    expect([...pages.keys()].sort()).toEqual(["/", "/notes", "/weeks/week-08", "/weeks/week-08/lecture-1"]);
    expect(pages.get("/weeks/week-08")?.headers).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "content-security-policy": expect.stringContaining("script-src 'self' 'sha256-") as unknown,
    });
  });

  it("fail with the file and the field when Next changes a shape", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "next-build-files-"));
    cpSync(FIXTURE, dist, { recursive: true });
    const file = path.join(dist, "prerender-manifest.json");
    const renamed = readFileSync(file, "utf8").replaceAll('"initialRevalidateSeconds"', '"revalidate"');
    writeFileSync(file, renamed);
    expect(() => loadPrerenderedPages(dist)).toThrow(/prerender-manifest\.json: Next wrote this build file in a shape[^]*initialRevalidateSeconds/u);
  });
});
