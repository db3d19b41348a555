#!/usr/bin/env node
// Makes sure the browser the e2e tests use is installed: Debian's chromium at
// /usr/bin/chromium (Playwright cannot download its own browsers here) and the
// Noto CJK fonts, so screenshots show Hangul instead of empty boxes.
//
// Installs whatever is missing with apt-get (needs root), printing each command.
// Exits 0 when both are present, 1 with a clear message otherwise.
//
//   node scripts/ensure-chromium.mjs

import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const FONT_PACKAGE = "fonts-noto-cjk";

/** @param {string} message */
function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command quietly and returns its stdout, or null when it cannot run or fails.
 * @param {string} command
 * @param {string[]} args
 */
function capture(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return result.status === 0 ? result.stdout : null;
}

function hasKoreanFont() {
  const installed = capture("dpkg-query", ["-W", "-f=${Status}", FONT_PACKAGE]);
  if (installed?.includes("install ok installed")) return true;
  const fonts = capture("fc-list", [":lang=ko", "family"]);
  return fonts !== null && fonts.trim() !== "";
}

/**
 * Runs a command with visible output; fails the script if it does not succeed.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`ensure-chromium: $ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(" ")} exited with code ${result.status ?? result.signal}`);
}

/** @type {string[]} */
const missing = [];
if (!isExecutable(CHROMIUM)) missing.push("chromium");
if (!hasKoreanFont()) missing.push(FONT_PACKAGE);

if (missing.length === 0) {
  const version = capture(CHROMIUM, ["--version"])?.trim() ?? "version unknown";
  console.log(`ensure-chromium: ${CHROMIUM} (${version}) and ${FONT_PACKAGE} are installed`);
  process.exit(0);
}

console.log(`ensure-chromium: missing ${missing.join(", ")}; installing with apt-get`);
const packages = missing.includes("chromium") ? ["chromium", FONT_PACKAGE] : missing;
const manual = `apt-get update && apt-get install -y ${packages.join(" ")}`;

if (process.platform !== "linux" || capture("sh", ["-c", "command -v apt-get"]) === null) {
  fail(`apt-get is not available on this machine. Install Chromium at ${CHROMIUM} and a Korean font (${FONT_PACKAGE}) by hand.`);
}
if (typeof process.getuid === "function" && process.getuid() !== 0) {
  fail(`installing needs root. Run as root: ${manual}`);
}

run("apt-get", ["update"]);
run("apt-get", ["install", "-y", ...packages]);

if (!isExecutable(CHROMIUM)) fail(`apt-get finished but ${CHROMIUM} is still missing. Try by hand: ${manual}`);
if (!hasKoreanFont()) fail(`apt-get finished but no Korean font is installed. Try by hand: ${manual}`);
console.log(`ensure-chromium: installed ${packages.join(", ")}; ${capture(CHROMIUM, ["--version"])?.trim() ?? CHROMIUM}`);
