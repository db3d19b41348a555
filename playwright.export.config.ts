import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "./tests/chromium";

/**
 * `npm run test:export`: tests/e2e/export.spec.ts against the static export.
 * The fixture site (tests/fixtures/site) is exported by `npm run export`
 * (scripts/export.mjs: a `next build` into `.next` and the site in out/, a few
 * minutes) and out/ is served by bench/static-server.ts, a plain file server.
 * Kept out of `npm test` for the export's build time; out/ and `.next` are
 * replaced, as `npm run export` always does (`npm start` rebuilds after it).
 *
 *   EXPORT_PORT      port of the file server (default 3102)
 *   EXPORT_SITE_URL  the SITE_URL the export is built for (default https://notes.example.org):
 *                    the feed and sitemap must name it, whatever host serves the files
 */
const PORT = Number(process.env.EXPORT_PORT ?? 3102);
const SITE_URL = process.env.EXPORT_SITE_URL ?? "https://notes.example.org";
// The spec reads the same address; workers inherit this process's environment.
process.env.EXPORT_SITE_URL = SITE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: /\/export\.spec\.ts$/u,
  outputDir: "test-results/export",
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: "list",
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node scripts/export.mjs && node --import tsx bench/static-server.ts out ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // The fixture notes hold deliberate authoring mistakes (a dead link, a missing image): never strict.
    env: { CONTENT_DIR: "tests/fixtures/site", STRICT_CONTENT: "0", SITE_URL, NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: !process.env.CI,
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
