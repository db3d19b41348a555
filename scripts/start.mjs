#!/usr/bin/env node
// `npm start`: serves the production site (scripts/serve.mjs: Next's handler
// behind a request guard), building it first when `.next` is missing or older
// than its inputs (see scripts/build-info.mjs).
//
//   PORT        port to listen on (default 3000)
//   HOSTNAME    address to bind (default 0.0.0.0)
//   CONTENT_DIR notes folder (default content/); a change forces a rebuild

import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rebuildReason } from "./build-info.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** @type {import("node:child_process").ChildProcess | null} */
let child = null;

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else process.exit(128 + (signal === "SIGINT" ? 2 : 15));
  });
}

/**
 * Runs `command <args>` with inherited stdio; resolves with its exit code
 * (128 + signal number when a signal ended it).
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const spawned = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: process.env });
    child = spawned;
    spawned.on("error", (error) => {
      console.error(`start: could not run ${command}: ${error.message} (did you run npm ci?)`);
      resolve(1);
    });
    spawned.on("exit", (code, signal) => {
      child = null;
      if (code !== null) resolve(code);
      else resolve(128 + (signal === "SIGINT" ? 2 : signal === "SIGKILL" ? 9 : 15));
    });
  });
}

const port = process.env.PORT || "3000";
const hostname = process.env.HOSTNAME || "0.0.0.0";

const reason = rebuildReason();
if (reason) {
  console.log(`start: building first: ${reason}`);
  const code = await run(process.execPath, [path.join(ROOT, "scripts", "build.mjs")]);
  if (code !== 0) {
    console.error(`start: the build failed with exit code ${code}`);
    process.exit(code);
  }
} else {
  console.log("start: the production build in .next is up to date");
}

console.log(`start: serving on http://${hostname}:${port}`);
process.exit(await run(process.execPath, [path.join(ROOT, "scripts", "serve.mjs")]));
