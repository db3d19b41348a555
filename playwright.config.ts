import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
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
  retries: CI ? 1 : 0,
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
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${PORT}`,
    // A container's HOSTNAME env is its own name, not a bind address: pin it.
    env: { PORT: String(PORT), HOSTNAME: "0.0.0.0" },
    reuseExistingServer: !CI,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
