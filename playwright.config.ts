import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "./tests/chromium";

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const FIXTURE_PORT = PORT + 1;

const launchOptions = { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS };
const CI = Boolean(process.env.CI);

/**
 * End-to-end tests against the production build (`node scripts/start.mjs`).
 * The browser is Debian's chromium (scripts/ensure-chromium.mjs installs it):
 * Playwright's own browser downloads are not reachable from this network.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/artifacts",
  fullyParallel: true,
  forbidOnly: CI,
  // No test may pass on a retry: a flaky test fails CI and is fixed, not retried.
  retries: 0,
  workers: 2,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      // export.spec.ts runs against the static export: `npm run test:export` (playwright.export.config.ts).
      testIgnore: [/\.fixture\.spec\.ts$/u, /\/export\.spec\.ts$/u],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      // Notes the real content/ does not have (local images, hostile HTML, GitHub extensions):
      // tests/fixtures/site, built into its own folder and served on the next port.
      name: "fixture-site",
      testMatch: /\.fixture\.spec\.ts$/u,
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
  ],
  webServer: [
    server(PORT, {}),
    // The fixture notes hold deliberate authoring mistakes (a dead link, a missing image): never strict.
    // Built and served under scripts/offline-guard.mjs: every outgoing connection off this machine throws,
    // so each run proves the notes (emoji, Hanja, kana, math in their card images) build without a network.
    server(FIXTURE_PORT, {
      CONTENT_DIR: "tests/fixtures/site",
      NEXT_DIST_DIR: ".next-fixtures",
      // Source and edit links name this repository (tests/e2e/note-meta.fixture.spec.ts); no request goes there.
      REPO_URL: "https://github.com/example/ai-study-notes",
      STRICT_CONTENT: "0",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import "${path.resolve("scripts/offline-guard.mjs")}"`.trim(),
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  ],
});

function server(port: number, env: Record<string, string>) {
  return {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}`,
    // A container's HOSTNAME env is its own name, not a bind address: pin it.
    env: { PORT: String(port), HOSTNAME: "0.0.0.0", ...env },
    reuseExistingServer: !CI,
    timeout: 300_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}
