#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure with its exit code.
//
//   typecheck -> lint -> format check -> unit tests -> browser check -> fresh production build -> e2e

import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const bin = (/** @type {string} */ name) => path.join(ROOT, "node_modules", ".bin", name);

/** @type {{ name: string; command: string; args: string[] }[]} */
const steps = [
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["."] },
  { name: "format", command: bin("prettier"), args: ["--check", "."] },
  { name: "unit tests", command: bin("vitest"), args: ["run"] },
  { name: "chromium", command: process.execPath, args: ["scripts/ensure-chromium.mjs"] },
  { name: "production build", command: process.execPath, args: ["scripts/build.mjs"] },
  { name: "e2e tests", command: bin("playwright"), args: ["test"] },
];

/** @type {{ name: string; seconds: number; ok: boolean }[]} */
const timings = [];

function summary() {
  console.log("\n== timings");
  for (const { name, seconds, ok } of timings) {
    console.log(`  ${ok ? "ok  " : "FAIL"} ${name.padEnd(18)} ${seconds.toFixed(1).padStart(7)} s`);
  }
}

for (const step of steps) {
  const shown = step.command === process.execPath ? "node" : path.relative(ROOT, step.command);
  console.log(`\n== ${step.name}: ${shown} ${step.args.join(" ")}`);
  const started = performance.now();
  const result = spawnSync(step.command, step.args, { cwd: ROOT, stdio: "inherit" });
  const code = result.error ? 1 : (result.status ?? 1);
  if (result.error) console.error(`could not run ${step.command}: ${result.error.message}`);
  timings.push({ name: step.name, seconds: (performance.now() - started) / 1000, ok: code === 0 });
  if (code !== 0) {
    summary();
    console.error(`\nnpm test: "${step.name}" failed with exit code ${code}`);
    process.exit(code);
  }
}

summary();
console.log("\nnpm test: all steps passed");
