/**
 * How every browser of the project is launched (Playwright's tests, the
 * benchmark and its Lighthouse runs): Debian's Chromium, which
 * scripts/ensure-chromium.mjs installs, since Playwright's own downloads are
 * not reachable here, and no background traffic of its own.
 */
export const CHROMIUM_EXECUTABLE = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
