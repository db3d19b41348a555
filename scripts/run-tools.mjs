// The project's own command-line tools (next, tsx), run one after another for
// scripts/build.mjs and scripts/export.mjs: stop at the first that fails, with its exit code.

import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

const GUARD = path.join(ROOT, "scripts", "offline-guard.mjs");

/**
 * Builds never reach the network: Next's telemetry is off, and
 * scripts/offline-guard.mjs makes any connection off this machine throw, so a
 * note that would need one (an emoji fetched for a card) fails loudly instead.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
function offline(env) {
  const options = env.NODE_OPTIONS ?? "";
  const guarded = options.includes(GUARD) ? options : `${options} --import "${GUARD}"`.trim();
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: guarded };
}

/**
 * @param {string} label names the calling script in error messages
 * @param {[tool: string, args: string[]][]} steps tools from node_modules/.bin with their arguments
 * @param {NodeJS.ProcessEnv} [env]
 */
export function runToolsOrExit(label, steps, env = process.env) {
  for (const [tool, args] of steps) {
    // A TypeScript script runs in Node with tsx's loader: tsx's own command would start a second Node process for it.
    const [command, commandArgs] =
      tool === "tsx" ? [process.execPath, ["--import", "tsx", ...args]] : [path.join(ROOT, "node_modules", ".bin", tool), args];
    const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: "inherit", env: offline(env) });
    if (result.error) console.error(`${label}: could not run ${command}: ${result.error.message} (did you run npm ci?)`);
    const code = result.error ? 1 : (result.status ?? 1);
    if (code !== 0) process.exit(code);
  }
}
